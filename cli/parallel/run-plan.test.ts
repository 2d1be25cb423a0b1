import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planRuns, splitBlocks } from './run-plan.ts';

describe('splitBlocks', () => {
  it('covers every block once, in order, in nearly equal ranges', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5000 }),
        fc.integer({ min: 1, max: 64 }),
        (total, parts) => {
          const ranges = splitBlocks(total, parts);
          expect(ranges.length).toBe(Math.min(total, parts));
          let next = 0;
          for (const r of ranges) {
            expect(r.firstBlock).toBe(next);
            next += r.count;
          }
          expect(next).toBe(total);
          const counts = ranges.map((r) => r.count);
          expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
        },
      ),
    );
  });
});

/** Blocks per run (1 to 9 runs) and a thread count. */
const runsOnThreads = [
  fc.array(fc.integer({ min: 1, max: 400 }), { minLength: 1, maxLength: 9 }),
  fc.integer({ min: 1, max: 12 }),
] as const;

describe('planRuns', () => {
  it('simulates every block of every run exactly once', () => {
    fc.assert(
      fc.property(...runsOnThreads, (blocks, threads) => {
        const plan = planRuns(blocks, threads);
        expect(plan).toHaveLength(threads);
        blocks.forEach((count, run) => {
          const pieces = plan
            .flat()
            .filter((p) => p.run === run)
            .sort((a, b) => a.firstBlock - b.firstBlock);
          let next = 0;
          for (const p of pieces) {
            expect(p.firstBlock).toBe(next);
            next += p.count;
          }
          expect(next).toBe(count);
        });
      }),
    );
  });

  it('gives the calling thread the start of run 0 (its sensitivity sample) first', () => {
    for (const threads of [1, 2, 3, 8]) {
      for (const runs of [[49], [49, 49], [49, 49, 3], [5, 5, 5, 5, 5, 5, 5, 5, 5]]) {
        expect(planRuns(runs, threads)[0]![0]).toMatchObject({ run: 0, firstBlock: 0 });
      }
    }
  });

  it('gives every thread nearly the same number of blocks', () => {
    fc.assert(
      fc.property(...runsOnThreads, (blocks, threads) => {
        const loads = planRuns(blocks, threads).map((pieces) =>
          pieces.reduce((sum, p) => sum + p.count, 0),
        );
        const busy = loads.filter((load) => load > 0);
        expect(Math.max(...busy) - Math.min(...busy)).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('puts a report’s two runs side by side on two threads, each whole', () => {
    expect(planRuns([49, 49], 2)).toEqual([
      [{ run: 0, firstBlock: 0, count: 49 }],
      [{ run: 1, firstBlock: 0, count: 49 }],
    ]);
  });

  it('gives each thread a run and a half when three runs share two threads', () => {
    expect(planRuns([49, 49, 49], 2)).toEqual([
      [
        { run: 0, firstBlock: 0, count: 49 },
        { run: 1, firstBlock: 0, count: 25 },
      ],
      [
        { run: 1, firstBlock: 25, count: 24 },
        { run: 2, firstBlock: 0, count: 49 },
      ],
    ]);
  });

  it('splits runs across a larger machine, and a single run across every thread', () => {
    expect(planRuns([49, 49], 4).map((pieces) => pieces.map((p) => [p.run, p.count]))).toEqual([
      [[0, 25]],
      [
        [0, 24],
        [1, 1],
      ],
      [[1, 24]],
      [[1, 24]],
    ]);
    expect(planRuns([10], 4).map((p) => p.length)).toEqual([1, 1, 1, 1]);
    expect(planRuns([2], 4).flat()).toHaveLength(2);
  });
});
