import type { ScenarioResult } from '../project/project-result.ts';
import type { Summary } from '../statistics/summary.ts';
import { simulationJson, summaryJson } from './simulation-json.ts';

function summaries(
  record: Record<string, Summary>,
): Record<string, ReturnType<typeof summaryJson>> {
  const out: Record<string, ReturnType<typeof summaryJson>> = {};
  for (const [key, s] of Object.entries(record)) out[key] = summaryJson(s);
  return out;
}

/**
 * A scenario's result as the JSON object of `fathom simulate PROJECT --json` and the app's
 * result export: the keys of a task-list simulation (DESIGN §3: `iterations`, `seed`,
 * `engineVersion`, `duration`, `cost`, `criticality`, `sensitivity` …), then those of a project:
 * `scenario`, `startDate`, `finish` (ISO dates per percentile), `costByCategory`, `hiddenShare`,
 * `runCost`, `runCostPerMonth`, `tco`, `noGo`, `costIfStopped`, and the advisor's `findings`.
 * `cost` is the build cost up to launch, risks included. The built network stays out: it is the
 * engine's working data, not a result.
 */
export function resultJson(result: ScenarioResult) {
  const { iterations, seed, engineVersion, duration, cost, criticality, sensitivity, ...rest } =
    simulationJson(
      result,
      result.built.tasks.map((t) => t.id),
    );
  return {
    iterations,
    seed,
    engineVersion,
    duration,
    cost,
    criticality,
    sensitivity,
    scenario: result.scenario,
    startDate: result.startDate,
    finish: result.finish,
    ...(result.deadlineWorkingDays !== undefined
      ? { deadlineWorkingDays: result.deadlineWorkingDays }
      : {}),
    costByCategory: summaries(result.costByCategory),
    ...(result.hiddenShare ? { hiddenShare: summaryJson(result.hiddenShare) } : {}),
    ...(result.runCost ? { runCost: summaryJson(result.runCost) } : {}),
    ...(result.runCostPerMonth ? { runCostPerMonth: result.runCostPerMonth } : {}),
    ...(result.tco ? { tco: summaryJson(result.tco) } : {}),
    ...(result.noGo !== undefined ? { noGo: result.noGo } : {}),
    ...(result.costIfStopped ? { costIfStopped: summaryJson(result.costIfStopped) } : {}),
    ...(result.shockFraction !== undefined ? { shockFraction: result.shockFraction } : {}),
    ...rest,
    findings: result.findings,
  };
}
