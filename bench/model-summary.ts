import { percentileOfSorted, type SimulationResult } from '../engine/index.ts';

/**
 * What every implementation of the bench model reports, so the bench can check that the
 * baselines simulate the same model as the engine before it compares their speeds.
 */
export type ModelSummary = {
  meanDuration: number;
  p80Duration: number;
  meanCost: number;
  p80Cost: number;
  /** Per task, in network order: fraction of iterations on a critical path. */
  criticality: number[];
};

function mean(values: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i]!;
  return sum / values.length;
}

/** Summary of per-iteration project durations and costs and per-task critical counts. */
export function summaryOf(
  duration: Float64Array,
  cost: Float64Array,
  criticalCount: readonly number[],
): ModelSummary {
  return {
    meanDuration: mean(duration),
    p80Duration: percentileOfSorted(Float64Array.from(duration).sort(), 80),
    meanCost: mean(cost),
    p80Cost: percentileOfSorted(Float64Array.from(cost).sort(), 80),
    criticality: criticalCount.map((c) => c / duration.length),
  };
}

/** The engine's result in the same shape. */
export function engineSummary(result: SimulationResult, taskIds: readonly string[]): ModelSummary {
  return {
    meanDuration: result.duration.mean,
    p80Duration: result.duration.p80,
    meanCost: result.cost.mean,
    p80Cost: result.cost.p80,
    criticality: taskIds.map((id) => result.criticality[id] ?? Number.NaN),
  };
}

/** Largest relative difference of the means and P80s, and largest absolute one of criticality. */
export function agreement(
  a: ModelSummary,
  b: ModelSummary,
): { relative: number; criticality: number } {
  const rel = (x: number, y: number) => Math.abs(x - y) / Math.max(Math.abs(x), Math.abs(y));
  return {
    relative: Math.max(
      rel(a.meanDuration, b.meanDuration),
      rel(a.p80Duration, b.p80Duration),
      rel(a.meanCost, b.meanCost),
      rel(a.p80Cost, b.p80Cost),
    ),
    criticality: Math.max(...a.criticality.map((c, t) => Math.abs(c - b.criticality[t]!))),
  };
}
