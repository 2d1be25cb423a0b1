import type { TemplateRegistry } from '../model/template-registry.ts';
import type { ScenarioResult } from '../project/project-result.ts';
import type { Project } from '../project/project-schema.ts';
import type { Scenario } from '../project/scenario-schema.ts';
import {
  completeScenarioResult,
  findScenario,
  prepareScenario,
} from '../project/simulate-scenario.ts';
import type { SimulationResult } from '../simulation/result.ts';
import { simulate as simulateHere } from '../simulation/runner.ts';
import { oneAfterAnother, type SimulateRuns, type SimulationRun } from '../simulation/runs.ts';

export {
  oneAfterAnother,
  type Simulate,
  type SimulateRuns,
  type SimulationRun,
} from '../simulation/runs.ts';

/** What the report compares the chosen scenario with. */
export type ReportComparison = {
  /**
   * Every scenario of the project in file order, each simulated with the same iterations and
   * seed (the chosen one is the report's result itself), so a delta reflects the change.
   */
  scenarios: ScenarioResult[];
  /**
   * The chosen scenario with its risks as they stand and with their mitigations in place: one
   * is the report's result, the other a run with `detail: 'outcome'`, its numbers those of a
   * full run of the project with the mitigations switched.
   */
  unmitigated: MitigationFigures;
  mitigated: MitigationFigures;
};

/** What the risk register compares with and without the mitigations. */
export type MitigationFigures = Pick<SimulationResult, 'mitigated' | 'cost' | 'duration' | 'risks'>;

export type ReportSimulations = { result: ScenarioResult; comparison: ReportComparison };

/**
 * The simulations a report needs: the chosen scenario in full, the same scenario with the
 * mitigations switched the other way (for the risk register's before/after), and every other
 * scenario of the project, all handed to `simulateRuns` at once. The other scenarios skip the
 * rank correlations (`detail: 'headline'`), the counterpart everything but its outcome
 * (`detail: 'outcome'`): their numbers are identical to a full run's for the same seed. The
 * counterpart simulates the chosen scenario's network (mitigations only switch which of the
 * risks' figures the simulation draws from), so it is not built again.
 */
export async function simulateForReport(
  project: Project,
  scenarioId: string | undefined,
  templates: TemplateRegistry,
  overrides: { iterations?: number; seed?: number } = {},
  simulateRuns: SimulateRuns = oneAfterAnother(simulateHere),
): Promise<ReportSimulations> {
  const chosen = findScenario(project, scenarioId);
  const prepared = prepareScenario(project, chosen, templates, { ...overrides, detail: 'full' });
  const hasMitigation = prepared.built.risks.some((r) => r.mitigation);
  const others = project.scenarios
    .filter((scenario) => scenario.id !== chosen.id)
    .map((scenario) => ({
      scenario,
      prepared: prepareScenario(project, scenario, templates, { ...overrides, detail: 'headline' }),
    }));

  const runs: SimulationRun[] = [{ network: prepared.built.network, options: prepared.options }];
  if (hasMitigation) {
    runs.push({
      network: prepared.built.network,
      options: { ...prepared.options, mitigated: !project.settings.mitigated, detail: 'outcome' },
    });
  }
  for (const other of others) {
    runs.push({ network: other.prepared.built.network, options: other.prepared.options });
  }
  const raw = await simulateRuns(runs);

  const complete = (scenario: Scenario, run: typeof prepared, index: number) =>
    completeScenarioResult(project, scenario, run.built, raw[index]!, run.deadlineWorkingDays);
  const result = complete(chosen, prepared, 0);
  const other = hasMitigation ? raw[1]! : result;
  const [unmitigated, mitigated] = project.settings.mitigated ? [other, result] : [result, other];
  const first = hasMitigation ? 2 : 1;
  const byId = new Map(
    others.map((o, i) => [o.scenario.id, complete(o.scenario, o.prepared, first + i)]),
  );
  const scenarios = project.scenarios.map((s) => (s.id === chosen.id ? result : byId.get(s.id)!));
  return { result, comparison: { scenarios, unmitigated, mitigated } };
}
