import type { CompiledNetwork } from '../network/compile.ts';
import type { ChunkResult, SampleColumns } from './chunk.ts';

/** All chunks of a run joined in block order: what the statistics are computed from. */
export type RunSamples = {
  iterations: number;
  duration: Float64Array;
  cost: Float64Array;
  runCost: Float64Array;
  stoppedCost: Float64Array;
  categoryCost: Float64Array[];
  runCategoryCost: Float64Array[];
  criticalCount: Float64Array;
  riskFiredCount: Float64Array;
  noGoCount: number;
  shockCount: number;
  sample: SampleColumns;
};

/**
 * Joins chunk results in block order. The outcome depends only on which blocks were simulated,
 * not on how they were split or in which order the chunks arrived.
 */
export function mergeChunks(
  net: CompiledNetwork,
  iterations: number,
  chunks: readonly ChunkResult[],
): RunSamples {
  const ordered = [...chunks].sort((a, b) => a.firstBlock - b.firstBlock);
  let covered = 0;
  for (const chunk of ordered) {
    if (chunk.offset !== covered) {
      throw new Error(
        `chunks do not cover the run: expected iteration ${covered}, got ${chunk.offset}`,
      );
    }
    covered += chunk.length;
  }
  if (covered !== iterations)
    throw new Error(`chunks cover ${covered} of ${iterations} iterations`);
  if (ordered.length === 1) return fromOneChunk(ordered[0]!, iterations);

  const duration = new Float64Array(iterations);
  const cost = new Float64Array(iterations);
  const runCost = new Float64Array(iterations);
  const stoppedCost = new Float64Array(iterations);
  let noGoCount = 0;
  let shockCount = 0;
  const categoryCost = net.categories.map(() => new Float64Array(iterations));
  const runsIn = new Set(net.recurringCategory);
  const runCategoryCost = net.categories.map(
    (_, c) => new Float64Array(runsIn.has(c) ? iterations : 0),
  );
  const criticalCount = new Float64Array(net.taskIds.length);
  const riskFiredCount = new Float64Array(net.riskIds.length);
  const sampleChunks = ordered.flatMap((c) => (c.sample ? [c.sample] : []));
  const sampleLength = sampleChunks.reduce((sum, s) => sum + s.length, 0);
  const join = <T extends Float32Array | Uint8Array>(
    pick: (s: SampleColumns) => T[],
    make: (n: number) => T,
    count: number,
  ): T[] =>
    Array.from({ length: count }, (_, k) => {
      const column = make(sampleLength);
      for (const s of sampleChunks) column.set(pick(s)[k]!, s.offset);
      return column;
    });

  for (const chunk of ordered) {
    duration.set(chunk.duration, chunk.offset);
    cost.set(chunk.cost, chunk.offset);
    runCost.set(chunk.runCost, chunk.offset);
    stoppedCost.set(chunk.stoppedCost, chunk.offset);
    noGoCount += chunk.noGoCount;
    shockCount += chunk.shockCount;
    chunk.categoryCost.forEach((values, c) => categoryCost[c]!.set(values, chunk.offset));
    chunk.runCategoryCost.forEach((values, c) => {
      if (values.length > 0) runCategoryCost[c]!.set(values, chunk.offset);
    });
    chunk.criticalCount.forEach((v, t) => (criticalCount[t] = criticalCount[t]! + v));
    chunk.riskFiredCount.forEach((v, r) => (riskFiredCount[r] = riskFiredCount[r]! + v));
  }
  const f32 = (n: number) => new Float32Array(n);
  // A run without per-task samples (headline) has no task columns in any chunk.
  const nTasks = sampleChunks[0]?.taskDuration.length ?? 0;
  return {
    iterations,
    duration,
    cost,
    runCost,
    stoppedCost,
    categoryCost,
    runCategoryCost,
    criticalCount,
    riskFiredCount,
    noGoCount,
    shockCount,
    sample: {
      offset: 0,
      length: sampleLength,
      taskDuration: join((s) => s.taskDuration, f32, nTasks),
      taskCost: join((s) => s.taskCost, f32, nTasks),
      taskStart: join((s) => s.taskStart, f32, nTasks),
      phaseStart: join((s) => s.phaseStart, f32, net.phases.length),
      phaseFinish: join((s) => s.phaseFinish, f32, net.phases.length),
      phaseCost: join((s) => s.phaseCost, f32, net.phases.length),
      driverValue: join((s) => s.driverValue, f32, net.driverIds.length),
      recurringMultiplier: join((s) => s.recurringMultiplier, f32, net.recurringIds.length),
      riskFired: join(
        (s) => s.riskFired,
        (n) => new Uint8Array(n),
        net.riskIds.length,
      ),
    },
  };
}

/** A run of one chunk (the UI's quick estimate, most short runs): its arrays as they are. */
function fromOneChunk(chunk: ChunkResult, iterations: number): RunSamples {
  const sample = chunk.sample;
  if (!sample) throw new Error('a run of one chunk must hold its sample columns');
  return {
    iterations,
    duration: chunk.duration,
    cost: chunk.cost,
    runCost: chunk.runCost,
    stoppedCost: chunk.stoppedCost,
    categoryCost: chunk.categoryCost,
    runCategoryCost: chunk.runCategoryCost,
    criticalCount: chunk.criticalCount,
    riskFiredCount: chunk.riskFiredCount,
    noGoCount: chunk.noGoCount,
    shockCount: chunk.shockCount,
    sample,
  };
}
