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

describe('planRuns', () => {
  it('simulates every block of every run exactly once', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 400 }), { minLength: 1, maxLength: 9 }),
        fc.integer({ min: 1, max: 12 }),
        (blocks, threads) => {
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
        },
      ),
    );
  });

  it('gives the calling thread the start of run 0 (its sensitivity sample) first', () => {
    for (const threads of [1, 2, 3, 8]) {
      for (const runs of [[49], [49, 49], [49, 49, 3], [5, 5, 5, 5, 5, 5, 5, 5, 5]]) {
        expect(planRuns(runs, threads)[0]![0]).toMatchObject({ run: 0, firstBlock: 0 });
      }
    }
  });

  it('puts a report’s two runs side by side on two threads, each whole', () => {
    expect(planRuns([49, 49], 2)).toEqual([
      [{ run: 0, firstBlock: 0, count: 49 }],
      [{ run: 1, firstBlock: 0, count: 49 }],
    ]);
  });

  it('splits each run across its share of a larger machine, the first runs taking the spare threads', () => {
    const plan = planRuns([49, 49], 5);
    expect(plan.map((pieces) => pieces.map((p) => p.run))).toEqual([[0], [0], [0], [1], [1]]);
    expect(plan.slice(0, 3).map((p) => p[0]!.count)).toEqual([17, 16, 16]);
    expect(planRuns([10], 4).map((p) => p.length)).toEqual([1, 1, 1, 1]);
  });

  it('deals whole runs round the threads when there are more runs than threads', () => {
    const plan = planRuns([4, 4, 4, 4, 4], 2);
    expect(plan.map((pieces) => pieces.map((p) => p.run))).toEqual([
      [0, 2, 4],
      [1, 3],
    ]);
    expect(plan.flat().every((p) => p.firstBlock === 0 && p.count === 4)).toBe(true);
  });
});
