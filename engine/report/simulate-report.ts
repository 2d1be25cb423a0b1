import type { TemplateRegistry } from '../model/template-registry.ts';
import type { Network } from '../network/network.ts';
import type { ScenarioResult } from '../project/project-result.ts';
import type { Project } from '../project/project-schema.ts';
import {
  completeScenarioResult,
  findScenario,
  prepareScenario,
} from '../project/simulate-scenario.ts';
import type { SimulationOptions } from '../simulation/options.ts';
import type { SimulationResult } from '../simulation/result.ts';
import { simulate as simulateHere } from '../simulation/runner.ts';

/** Runs one simulation: on this thread by default; the CLI passes its multi-threaded runner. */
export type Simulate = (
  network: Network,
  options: SimulationOptions,
) => SimulationResult | Promise<SimulationResult>;

/** What the report compares the chosen scenario with. */
export type ReportComparison = {
  /**
   * Every scenario of the project in file order, each simulated with the same iterations and
   * seed (the chosen one is the report's result itself), so a delta reflects the change.
   */
  scenarios: ScenarioResult[];
  /** The chosen scenario with its risks as they stand and with their mitigations in place. */
  unmitigated: SimulationResult;
  mitigated: SimulationResult;
};

export type ReportSimulations = { result: ScenarioResult; comparison: ReportComparison };

/**
 * The simulations a report needs: the chosen scenario in full, the same scenario with the
 * mitigations switched the other way (for the risk register's before/after), and every other
 * scenario of the project. The extra runs skip the rank correlations (`detail: 'headline'`):
 * their headline numbers are identical to a full run's for the same seed.
 */
export async function simulateForReport(
  project: Project,
  scenarioId: string | undefined,
  templates: TemplateRegistry,
  overrides: { iterations?: number; seed?: number } = {},
  simulate: Simulate = simulateHere,
): Promise<ReportSimulations> {
  const chosen = findScenario(project, scenarioId);
  const run = async (p: Project, id: string, detail: 'full' | 'headline') => {
    const scenario = findScenario(p, id);
    const prepared = prepareScenario(p, scenario, templates, { ...overrides, detail });
    const raw = await simulate(prepared.built.network, prepared.options);
    const result = completeScenarioResult(
      p,
      scenario,
      prepared.built,
      raw,
      prepared.deadlineWorkingDays,
    );
    return { result, prepared, scenario };
  };
  const { result, prepared, scenario } = await run(project, chosen.id, 'full');

  // The counterpart: the same network (mitigations only switch which of the risks' figures the
  // simulation draws from), so it is not built again.
  const counterpart = async (): Promise<ScenarioResult> => {
    const flipped: Project = {
      ...project,
      settings: { ...project.settings, mitigated: !project.settings.mitigated },
    };
    const options = {
      ...prepared.options,
      mitigated: flipped.settings.mitigated,
      detail: 'headline' as const,
    };
    const raw = await simulate(prepared.built.network, options);
    return completeScenarioResult(
      flipped,
      scenario,
      prepared.built,
      raw,
      prepared.deadlineWorkingDays,
    );
  };
  const hasMitigation = result.built.risks.some((r) => r.mitigation);
  const other = hasMitigation ? await counterpart() : result;
  const [unmitigated, mitigated] = project.settings.mitigated ? [other, result] : [result, other];

  const scenarios: ScenarioResult[] = [];
  for (const scenario of project.scenarios) {
    scenarios.push(
      scenario.id === chosen.id ? result : (await run(project, scenario.id, 'headline')).result,
    );
  }
  return { result, comparison: { scenarios, unmitigated, mitigated } };
}
