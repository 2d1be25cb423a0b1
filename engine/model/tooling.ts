import type { Inputs } from '../project/inputs-schema.ts';
import type { Presets } from '../presets/builtin.ts';

/**
 * Monthly cost of the MLOps tools a scenario's components need: for each component in scope the
 * cheapest tool of the chosen kind (open source or SaaS) that covers it, each tool counted once,
 * with per-seat prices for the team's non-annotator people. Amounts in the project currency.
 */
export function mlopsTooling(
  inputs: Inputs,
  presets: Presets,
  fx: number,
): { monthly: number; tools: string[] } {
  const seats = inputs.team.roles
    .filter((r) => r.role !== 'annotator')
    .reduce((sum, r) => sum + r.count, 0);
  const price = (tool: Presets['mlopsTools']['tools'][number]) =>
    tool.monthlyFixed.value + tool.perSeatMonthly.value * seats;
  const kind = inputs.mlops.tooling;
  const chosen = new Map<string, Presets['mlopsTools']['tools'][number]>();
  const components = Object.entries(inputs.mlops.components)
    .filter(([, on]) => on)
    .map(([name]) => name);
  for (const component of components) {
    const candidates = presets.mlopsTools.tools.filter((t) =>
      t.covers.includes(component as never),
    );
    const ofKind = candidates.filter((t) => t.kind === kind);
    const pool = ofKind.length > 0 ? ofKind : candidates;
    const cheapest = [...pool].sort((a, b) => price(a) - price(b))[0];
    if (cheapest && ![...chosen.values()].some((t) => t.covers.includes(component as never)))
      chosen.set(cheapest.id, cheapest);
  }
  const tools = [...chosen.values()];
  return {
    monthly: tools.reduce((sum, t) => sum + price(t), 0) * fx,
    tools: tools.map((t) => t.name),
  };
}
