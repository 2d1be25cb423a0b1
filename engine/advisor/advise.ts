import type { BuiltScenario } from '../model/built-scenario.ts';
import type { Scenario } from '../project/scenario-schema.ts';
import type { SimulationResult } from '../simulation/result.ts';
import type { Finding, Severity } from './finding.ts';
import { advisorRules } from './rules.ts';

const order: Record<Severity, number> = { critical: 0, warning: 1, info: 2 };

/** Runs every advisor rule; findings come most severe first, in rule order within a severity. */
export function adviseScenario(
  scenario: Scenario,
  built: BuiltScenario,
  result?: SimulationResult,
  workdaysPerWeek = 5,
): Finding[] {
  const context = result
    ? { scenario, built, result, workdaysPerWeek }
    : { scenario, built, workdaysPerWeek };
  return advisorRules
    .flatMap((r) => {
      const finding = r.check(context);
      return finding ? [finding] : [];
    })
    .sort((a, b) => order[a.severity] - order[b.severity]);
}
