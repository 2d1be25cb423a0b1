import type { SimulationResult } from '../simulation/result.ts';
import type { Summary } from '../statistics/summary.ts';

/** A summary with the DESIGN §3 keys first, then the extras (`min`, `max`). */
export function summaryJson(s: Summary) {
  return {
    mean: s.mean,
    sd: s.sd,
    p10: s.p10,
    p50: s.p50,
    p80: s.p80,
    p90: s.p90,
    min: s.min,
    max: s.max,
  };
}

/**
 * The `simulate --json` object. DESIGN §3 fixes `iterations`, `seed`, `engineVersion`,
 * `duration`, `cost`, `criticality` and `sensitivity` (users' scripts read them); the keys after
 * them are extras that may grow but are never renamed. `taskOrder` lists task ids in the order of
 * the input, so `criticality` reads like the plan rather than in the kernel's order.
 *
 * It imports no package (types only): the CLI loads it for task-list CSVs without the model.
 */
export function simulationJson(result: SimulationResult, taskOrder: readonly string[]) {
  const criticality: Record<string, number> = {};
  for (const id of taskOrder) {
    // Own properties only: a task may be called "constructor".
    criticality[id] = Object.hasOwn(result.criticality, id) ? result.criticality[id]! : 0;
  }
  const position = new Map(taskOrder.map((id, i) => [id, i]));
  const tasks = [...result.tasks].sort(
    (a, b) => (position.get(a.id) ?? 0) - (position.get(b.id) ?? 0),
  );
  const { withinBudget, withinDeadline, both } = result.probabilities;
  const hasProbabilities =
    withinBudget !== undefined || withinDeadline !== undefined || both !== undefined;

  return {
    iterations: result.iterations,
    seed: result.seed,
    engineVersion: result.engineVersion,
    duration: { unit: result.duration.unit, ...summaryJson(result.duration) },
    cost: { currency: result.cost.currency, ...summaryJson(result.cost) },
    criticality,
    sensitivity: {
      cost: result.sensitivity.cost.map(({ id, rho, name, kind }) => ({ id, rho, name, kind })),
      duration: result.sensitivity.duration.map(({ id, rho, name, kind }) => ({
        id,
        rho,
        name,
        kind,
      })),
      sampleSize: result.sensitivity.sampleSize,
    },
    mitigated: result.mitigated,
    ...(hasProbabilities ? { probabilities: result.probabilities } : {}),
    convergence: result.convergence,
    tasks: tasks.map((t) => ({
      id: t.id,
      name: t.name,
      criticality: t.criticality,
      duration: t.duration,
      cost: t.cost,
      start: t.start,
      finish: t.finish,
    })),
    risks: result.risks,
  };
}
