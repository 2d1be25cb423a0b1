import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstDifference } from '../../test/helpers/arrays.ts';
import {
  durationArbitrary,
  fixed,
  networkArbitrary,
  pert,
  runSamples,
  scaled,
  sinkIds,
} from '../../test/helpers/networks.ts';
import { BLOCK_SIZE, SENSITIVITY_SAMPLE } from '../constants.ts';
import { compileNetwork, type CompiledNetwork } from '../network/compile.ts';
import type { Network } from '../network/network.ts';
import type { ChunkResult } from './chunk.ts';
import { blockCount, simulateBlocks } from './kernel.ts';
import { mergeChunks, type RunSamples } from './merge.ts';
import { planChunks } from './runner.ts';

/** Index of the first difference between two runs' samples, as "field[column]@index", or ''. */
function sampleDifference(a: RunSamples, b: RunSamples): string {
  const columns = (s: RunSamples): [string, ArrayLike<number>][] => [
    ['duration', s.duration],
    ['cost', s.cost],
    ['criticalCount', s.criticalCount],
    ['riskFiredCount', s.riskFiredCount],
    ...s.categoryCost.map((c, k): [string, ArrayLike<number>] => [`categoryCost[${k}]`, c]),
    ...(['taskDuration', 'taskCost', 'taskStart', 'driverValue', 'riskFired'] as const).flatMap(
      (field) =>
        s.sample[field].map((c, k): [string, ArrayLike<number>] => [`sample.${field}[${k}]`, c]),
    ),
  ];
  const [ca, cb] = [columns(a), columns(b)];
  if (ca.length !== cb.length) return 'column count';
  for (let k = 0; k < ca.length; k++) {
    const at = firstDifference(ca[k]![1], cb[k]![1]);
    if (at >= 0) return `${ca[k]![0]}@${at}`;
  }
  return a.iterations === b.iterations && a.sample.length === b.sample.length ? '' : 'lengths';
}

const network: Network = {
  tasks: [
    {
      id: 'a',
      duration: pert(1, 3, 9),
      rate: 100,
      fixedCost: { type: 'uniform', min: 0, max: 50 },
    },
    { id: 'b', duration: { type: 'lognormal', p5: 2, p95: 6 }, dependsOn: ['a'], rate: 50 },
    { id: 'c', duration: { type: 'normal', p5: -1, p95: 4 }, dependsOn: ['a'], rate: 70 },
    { id: 'd', duration: { type: 'triangular', min: 1, mode: 1, max: 3 }, dependsOn: ['b', 'c'] },
  ],
  drivers: [{ id: 'x', multiplier: { type: 'lognormal', p5: 0.7, p95: 1.6 }, tasks: ['b', 'd'] }],
  risks: [
    { id: 'r', probability: 0.3, task: 'c', delay: pert(1, 2, 5), cost: fixed(400) },
    { id: 's', probability: 0.2, cost: { type: 'normal', p5: -100, p95: 300 } },
  ],
};

describe('simulateBlocks and mergeChunks: chunking does not change the numbers', () => {
  // 12,345 iterations: 7 blocks, the last one partial, and the sensitivity sample (the first
  // 10,000 iterations) ending inside block 4.
  const iterations = 12_345;
  const settings = { iterations, seed: 31, mitigated: false };
  const net = compileNetwork(network);
  const reference = runSamples(net, settings, 100).samples;

  it('covers the run', () => {
    expect(blockCount(iterations)).toBe(7);
    expect(reference.duration).toHaveLength(iterations);
    expect(reference.sample.length).toBe(SENSITIVITY_SAMPLE);
    expect(reference.sample.taskDuration[0]).toHaveLength(SENSITIVITY_SAMPLE);
  });

  it.each([1, 2, 3, 5, 6])('gives identical samples in chunks of %i blocks', (blocksPerChunk) => {
    const { samples } = runSamples(net, settings, blocksPerChunk);
    expect(sampleDifference(samples, reference)).toBe('');
  });

  it('merges chunks that arrive in any order', () => {
    const chunks = planChunks(iterations, 2).map((p) =>
      simulateBlocks(net, settings, p.firstBlock, p.blockCount),
    );
    const shuffled = [chunks[2]!, chunks[0]!, chunks[3]!, chunks[1]!];
    expect(sampleDifference(mergeChunks(net, iterations, shuffled), reference)).toBe('');
  });

  it('refuses chunks that leave a gap or do not add up to the run', () => {
    const chunk = (first: number, count: number): ChunkResult =>
      simulateBlocks(net, settings, first, count);
    expect(() => mergeChunks(net, iterations, [chunk(0, 2), chunk(3, 4)])).toThrow(
      /expected iteration 4096, got 6144/,
    );
    expect(() => mergeChunks(net, iterations, [chunk(0, 3)])).toThrow(
      /cover 6144 of 12345 iterations/,
    );
  });

  it('depends on the block index, not on the chunk that computes it', () => {
    const alone = simulateBlocks(net, settings, 4, 1);
    const inChunk = simulateBlocks(net, settings, 3, 3);
    const offset = BLOCK_SIZE;
    expect(alone.offset).toBe(4 * BLOCK_SIZE);
    expect(
      firstDifference(alone.duration, inChunk.duration.subarray(offset, offset + BLOCK_SIZE)),
    ).toBe(-1);
    expect(firstDifference(alone.cost, inChunk.cost.subarray(offset, offset + BLOCK_SIZE))).toBe(
      -1,
    );
  });

  it('plans chunks that tile the blocks, the last one shorter', () => {
    expect(planChunks(iterations, 3)).toEqual([
      { firstBlock: 0, blockCount: 3 },
      { firstBlock: 3, blockCount: 3 },
      { firstBlock: 6, blockCount: 1 },
    ]);
    expect(planChunks(1, 16)).toEqual([{ firstBlock: 0, blockCount: 1 }]);
    expect(planChunks(2 * BLOCK_SIZE, 1)).toHaveLength(2);
    expect(planChunks(2 * BLOCK_SIZE + 1, 1)).toHaveLength(3);
  });
});

/**
 * Recomputes each sampled iteration's schedule from the per-task duration columns (single
 * precision, so comparisons allow 1e-6 relative) and checks the kernel's start times, project
 * duration, task costs and criticality counts against it.
 */
function checkSchedule(net: CompiledNetwork, samples: RunSamples): void {
  const n = net.taskIds.length;
  const { sample } = samples;
  const criticalAtLeast = new Float64Array(n);
  const criticalAtMost = new Float64Array(n);
  const fin = new Float64Array(n);
  const late = new Float64Array(n);
  // Worst relative errors, checked once at the end (an expect per value would be slow).
  let startError = 0;
  let durationError = 0;
  let negative = 0;
  for (let i = 0; i < sample.length; i++) {
    let project = 0;
    for (let t = 0; t < n; t++) {
      let start = 0;
      for (let k = net.predStart[t]!; k < net.predStart[t + 1]!; k++) {
        start = Math.max(start, fin[net.predIndex[k]!]!);
      }
      startError = Math.max(startError, Math.abs(sample.taskStart[t]![i]! - start) / (start + 1));
      const d = sample.taskDuration[t]![i]!;
      if (!(d >= 0)) negative++;
      fin[t] = start + d;
      project = Math.max(project, fin[t]!);
    }
    durationError = Math.max(
      durationError,
      Math.abs(samples.duration[i]! - project) / (project + 1),
    );
    for (let t = n - 1; t >= 0; t--) {
      let lf = project;
      for (let k = net.succStart[t]!; k < net.succStart[t + 1]!; k++) {
        const s = net.succIndex[k]!;
        lf = Math.min(lf, late[s]! - sample.taskDuration[s]![i]!);
      }
      late[t] = lf;
      // Float computed from single-precision durations: zero within 1e-9 in the kernel is below
      // 1e-6 here; above 1e-5 it is certainly not zero. In between, either answer is right.
      const float = lf - fin[t]!;
      if (float <= 1e-6 * project) criticalAtLeast[t] = criticalAtLeast[t]! + 1;
      if (float <= 1e-5 * project + 1e-9) criticalAtMost[t] = criticalAtMost[t]! + 1;
    }
  }
  expect(negative).toBe(0);
  // Columns hold single precision (relative error 6e-8 per value, a few values per sum).
  expect(startError).toBeLessThan(1e-6);
  expect(durationError).toBeLessThan(1e-6);
  for (let t = 0; t < n; t++) {
    expect(samples.criticalCount[t]!).toBeGreaterThanOrEqual(criticalAtLeast[t]!);
    expect(samples.criticalCount[t]!).toBeLessThanOrEqual(criticalAtMost[t]!);
  }
}

describe('simulateBlocks: the schedule of every iteration', () => {
  it('starts each task when its last predecessor finishes and ends the project with the last task', () => {
    fc.assert(
      fc.property(networkArbitrary, fc.integer({ min: 1, max: 3000 }), (net, iterations) => {
        const compiled = compileNetwork(net);
        const { samples } = runSamples(compiled, { iterations, seed: 5 });
        checkSchedule(compiled, samples);
      }),
      { numRuns: 30, seed: 41 },
    );
  });

  it('checks the reference network, risks and drivers included', () => {
    const net = compileNetwork(network);
    checkSchedule(net, runSamples(net, { iterations: 5000, seed: 2 }).samples);
  });

  it('bills each task its duration × rate plus its fixed cost', () => {
    const net = compileNetwork({ ...network, risks: [] });
    const { samples } = runSamples(net, { iterations: 3000, seed: 3 });
    const { sample } = samples;
    const a = net.taskIds.indexOf('a');
    let oneOffLow = Infinity;
    let oneOffHigh = -Infinity;
    let labourOnly = 0;
    let totalError = 0;
    for (let i = 0; i < sample.length; i++) {
      let total = 0;
      for (let t = 0; t < net.taskIds.length; t++) {
        const labour = sample.taskDuration[t]![i]! * net.rate[t]!;
        const oneOff = (sample.taskCost[t]![i]! - labour) / (labour + 1);
        if (t === a) {
          oneOffLow = Math.min(oneOffLow, sample.taskCost[t]![i]! - labour);
          oneOffHigh = Math.max(oneOffHigh, sample.taskCost[t]![i]! - labour);
        } else labourOnly = Math.max(labourOnly, Math.abs(oneOff));
        total += sample.taskCost[t]![i]!;
      }
      totalError = Math.max(totalError, Math.abs(samples.cost[i]! - total) / total);
    }
    // Single-precision columns: 1e-6 relative. Only task a has a fixed cost, uniform(0, 50).
    expect(labourOnly).toBeLessThan(1e-6);
    expect(oneOffLow).toBeGreaterThan(-0.01);
    expect(oneOffLow).toBeLessThan(1);
    expect(oneOffHigh).toBeGreaterThan(49);
    expect(oneOffHigh).toBeLessThan(50.01);
    expect(totalError).toBeLessThan(1e-6);
  });
});

describe('simulateBlocks: common random numbers (streams keyed by id)', () => {
  it('adding a task in series never shortens any iteration', () => {
    fc.assert(
      fc.property(networkArbitrary, durationArbitrary, (net, duration) => {
        const options = { iterations: 4096, seed: 8 };
        const before = runSamples(net, options).samples;
        const after = runSamples(
          { ...net, tasks: [...net.tasks, { id: 'added', duration, dependsOn: sinkIds(net) }] },
          options,
        ).samples;
        // Existing tasks draw exactly what they drew before; the new one adds d ≥ 0 after them,
        // and a + d ≥ a holds exactly in floating point.
        const shorter = after.duration.findIndex((d, i) => d < before.duration[i]!);
        expect(shorter).toBe(-1);
      }),
      { numRuns: 40, seed: 42 },
    );
  });

  it('adding a task leaves the other tasks’ draws unchanged', () => {
    const options = { iterations: 5000, seed: 12 };
    const before = runSamples(network, options);
    const after = runSamples(
      { ...network, tasks: [{ id: 'new', duration: pert(1, 2, 3) }, ...network.tasks] },
      options,
    );
    for (const [t, id] of before.net.taskIds.entries()) {
      const k = after.net.taskIds.indexOf(id);
      expect(
        firstDifference(
          after.samples.sample.taskDuration[k]!,
          before.samples.sample.taskDuration[t]!,
        ),
      ).toBe(-1);
    }
  });

  it('gives identical samples whatever order the tasks are listed in', () => {
    const options = { iterations: 5000, seed: 13 };
    const forward = runSamples(network, options).samples;
    const reversed = runSamples(
      { ...network, tasks: [...network.tasks].reverse() },
      options,
    ).samples;
    expect(firstDifference(forward.duration, reversed.duration)).toBe(-1);
    // Costs are summed in the kernel's (topological) order, which the listing changes: the same
    // terms added in another order differ by a few ulps.
    const costError = forward.cost.reduce(
      (worst, c, i) => Math.max(worst, Math.abs(c - reversed.cost[i]!) / c),
      0,
    );
    expect(costError).toBeLessThan(1e-13);
  });

  it('scaling every duration by k scales every iteration’s duration by k', () => {
    fc.assert(
      fc.property(networkArbitrary, fc.double({ min: 0.01, max: 100, noNaN: true }), (net, k) => {
        const options = { iterations: 4096, seed: 9 };
        const base = runSamples(net, options).samples;
        const big = runSamples(
          { ...net, tasks: net.tasks.map((t) => ({ ...t, duration: scaled(t.duration, k) })) },
          options,
        ).samples;
        // Same random numbers, parameters multiplied by k: each draw is k times the old one up to
        // a few roundings (relative 1e-15 each; the lognormal's log/exp and PERT's shape ratio add
        // a few more), and sums of non-negative terms keep that relative error. 1e-9 leaves
        // a margin of 10^5 while any change in the random numbers would show as O(1).
        let worst = 0;
        for (let i = 0; i < options.iterations; i++) {
          const want = k * base.duration[i]!;
          const error = Math.abs(big.duration[i]! - want);
          if (error > 0) worst = Math.max(worst, error / want);
        }
        expect(worst).toBeLessThan(1e-9);
      }),
      { numRuns: 40, seed: 43 },
    );
  });
});
