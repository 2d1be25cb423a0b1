import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { histogramOf, sCurveProbabilities } from './histogram.ts';

describe('histogramOf', () => {
  it('splits [min, max] into equal bins, the last one including max', () => {
    const bins = histogramOf(Float64Array.from([3, 1, 0, 4, 1, 2]), 4, 0, 4);
    expect(bins).toEqual([
      { from: 0, to: 1, count: 1, fraction: 1 / 6 },
      { from: 1, to: 2, count: 2, fraction: 2 / 6 },
      { from: 2, to: 3, count: 1, fraction: 1 / 6 },
      { from: 3, to: 4, count: 2, fraction: 2 / 6 },
    ]);
  });

  it('gives one bin for a constant and none for no values', () => {
    expect(histogramOf(new Float64Array(7).fill(3), 40, 3, 3)).toEqual([
      { from: 3, to: 3, count: 7, fraction: 1 },
    ]);
    expect(histogramOf([], 10, Number.NaN, Number.NaN)).toEqual([]);
  });

  it('counts every value once, in a bin that holds it, with contiguous bins', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ noNaN: true, min: -1e6, max: 1e6 }), { minLength: 1, maxLength: 300 }),
        fc.integer({ min: 1, max: 60 }),
        (values, binCount) => {
          const sorted = Float64Array.from(values).sort();
          const bins = histogramOf(values, binCount, sorted[0]!, sorted.at(-1)!);
          expect(bins.reduce((sum, b) => sum + b.count, 0)).toBe(values.length);
          expect(bins.reduce((sum, b) => sum + b.fraction, 0)).toBeCloseTo(1, 12);
          expect(bins[0]!.from).toBe(sorted[0]);
          expect(bins.at(-1)!.to).toBe(sorted.at(-1));
          for (let k = 0; k + 1 < bins.length; k++) expect(bins[k]!.to).toBe(bins[k + 1]!.from);
          // Each bin's count is the number of values it holds, within one value's worth of
          // rounding at a shared edge (a value on an edge may be computed into either bin).
          let start = 0;
          for (const bin of bins) {
            const end = start + bin.count;
            for (let i = start; i < end; i++) {
              const slack = 1e-9 * (Math.abs(bin.to) + Math.abs(bin.from) + 1);
              expect(sorted[i]!).toBeGreaterThanOrEqual(bin.from - slack);
              expect(sorted[i]!).toBeLessThanOrEqual(bin.to + slack);
            }
            start = end;
          }
        },
      ),
      { numRuns: 200, seed: 8 },
    );
  });
});

describe('sCurveProbabilities', () => {
  it('runs evenly from 0 to 1', () => {
    const probabilities = sCurveProbabilities(101);
    expect(probabilities).toHaveLength(101);
    expect(probabilities[0]).toBe(0);
    expect(probabilities[100]).toBe(1);
    probabilities.forEach((p, i) => expect(p).toBeCloseTo(i / 100, 15));
  });
});
