import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  durationArbitrary,
  networkArbitrary,
  pert,
  scaled,
  sinkIds,
} from '../../test/helpers/networks.ts';
import { moments } from '../distributions/moments.ts';
import { compileNetwork } from '../network/compile.ts';
import type { Network } from '../network/network.ts';
import type { Summary } from '../statistics/summary.ts';
import type { SimulationResult } from './result.ts';
import { simulate, simulateCompiled } from './runner.ts';

/*
 * Properties of whole simulation results over random networks (networkArbitrary: 1–8 tasks of
 * every distribution type, random dependencies, listed in shuffled order, up to two drivers).
 * Runs are kept at ≤ 4,096 iterations and 30–50 cases so the file stays within a few seconds.
 */

const PERCENTILES = [
  'min',
  'p10',
  'p50',
  'p80',
  'p90',
  'max',
] as const satisfies readonly (keyof Summary)[];

describe('simulate: properties', () => {
  // engine/simulation/kernel.test.ts checks the same property iteration by iteration.
  it('adding a task in series never lowers any duration percentile', () => {
    fc.assert(
      fc.property(
        networkArbitrary,
        durationArbitrary,
        fc.integer({ min: 1, max: 4096 }),
        (network, duration, iterations) => {
          const options = { iterations, seed: 21, detail: 'headline' as const };
          const before = simulate(network, options);
          const longer: Network = {
            ...network,
            tasks: [...network.tasks, { id: 'added', duration, dependsOn: sinkIds(network) }],
          };
          const after = simulate(longer, options);
          // Streams are keyed by task id, so existing tasks draw what they drew before and every
          // iteration gets longer or stays: every order statistic, hence every percentile, too.
          for (const p of PERCENTILES)
            expect(after.duration[p]).toBeGreaterThanOrEqual(before.duration[p]);
        },
      ),
      { numRuns: 40, seed: 101 },
    );
  });

  it('scaling every duration by k scales every duration percentile by k', () => {
    fc.assert(
      fc.property(
        networkArbitrary,
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        fc.integer({ min: 1, max: 4096 }),
        (network, k, iterations) => {
          const options = { iterations, seed: 22, detail: 'headline' as const };
          const base = simulate(network, options);
          const big = simulate(
            {
              ...network,
              tasks: network.tasks.map((t) => ({ ...t, duration: scaled(t.duration, k) })),
            },
            options,
          );
          // Same random numbers with parameters times k: each draw is k times the old one up to a
          // few roundings (1e-16 relative each), sums of non-negative durations keep that
          // relative error, and sorting and linear interpolation are scale-free. 1e-9 is a
          // margin of 10^5 over rounding; a change in the random numbers would show as O(1).
          for (const p of [...PERCENTILES, 'mean'] as const) {
            const want = k * base.duration[p];
            expect(Math.abs(big.duration[p] - want)).toBeLessThanOrEqual(1e-9 * want);
          }
        },
      ),
      { numRuns: 40, seed: 102 },
    );
  });

  it('does not depend on how the iterations are split into chunks', () => {
    fc.assert(
      fc.property(networkArbitrary, fc.integer({ min: 1, max: 4096 }), (network, iterations) => {
        const net = compileNetwork(network);
        const options = { iterations, seed: 23 };
        const one = simulateCompiled(net, options, {}, 1);
        expect(simulateCompiled(net, options, {}, 3)).toEqual(one);
        expect(simulateCompiled(net, options, {}, 16)).toEqual(one);
      }),
      { numRuns: 30, seed: 103 },
    );
  });

  it('gives identical results for the same seed and different ones for another seed', () => {
    fc.assert(
      fc.property(networkArbitrary, fc.integer({ min: 0, max: 2 ** 40 }), (network, seed) => {
        const options = { iterations: 1000, seed };
        const first = simulate(network, options);
        expect(simulate(network, options)).toEqual(first);
        // Only a network with some spread can give other numbers: then the per-task statistics
        // at least must change (the seed field aside, which always does).
        if (network.tasks.some((t) => moments(t.duration).variance > 0)) {
          const other = simulate(network, { ...options, seed: seed + 1 });
          expect({ ...other, seed }).not.toEqual(first);
        }
      }),
      { numRuns: 25, seed: 104 },
    );
  });
});

describe('simulateCompiled: chunking over many blocks', () => {
  it('gives deep-equal results in chunks of 1, 3 and 16 blocks', () => {
    // 12,345 iterations: 7 blocks, the last partial, and the 10,000-iteration sensitivity sample
    // ending inside block 4 — the boundaries a chunking bug would trip over.
    const network: Network = {
      tasks: [
        { id: 'a', duration: pert(1, 3, 9), rate: 100 },
        { id: 'b', duration: { type: 'lognormal', p5: 2, p95: 6 }, dependsOn: ['a'], rate: 50 },
        { id: 'c', duration: { type: 'normal', p5: -1, p95: 4 }, dependsOn: ['a'], rate: 70 },
        { id: 'd', duration: pert(1, 1, 3), dependsOn: ['b', 'c'], phase: 'end' },
      ],
      drivers: [{ id: 'x', multiplier: { type: 'lognormal', p5: 0.7, p95: 1.6 }, tasks: ['b'] }],
      risks: [{ id: 'r', probability: 0.3, task: 'c', delay: pert(1, 2, 5), cost: pert(0, 1, 9) }],
    };
    const net = compileNetwork(network);
    const options = { iterations: 12_345, seed: 24, budget: 2000, deadline: 15 };
    const results: SimulationResult[] = [1, 3, 16].map((size) =>
      simulateCompiled(net, options, {}, size),
    );
    expect(results[1]).toEqual(results[0]);
    expect(results[2]).toEqual(results[0]);
    expect(results[0]!.tasks).toHaveLength(4);
    expect(results[0]!.sensitivity.sampleSize).toBe(10_000);
  });
});
