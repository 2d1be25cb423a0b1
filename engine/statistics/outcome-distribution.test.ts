import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { referenceSummary } from '../../test/helpers/reference-statistics.ts';
import { histogramOf } from './histogram.ts';
import { describeOutcome, shareAtOrBelow } from './outcome-distribution.ts';
import { percentileOfSorted } from './percentile.ts';

/** Costs and durations: non-negative, with ties (a clamp at zero, whole days). */
const outcome = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true, min: 0, max: 1e7 }),
  fc.integer({ min: 0, max: 40 }),
);

describe('describeOutcome', () => {
  it('equals a sorted copy’s summary, histogram and S-curve (mean and sd to rounding)', () => {
    fc.assert(
      fc.property(
        // Beyond 512 values the percentiles come from buckets, below from a quickselect.
        fc.array(outcome, { minLength: 1, maxLength: 1500 }),
        fc.integer({ min: 1, max: 60 }),
        (values, bins) => {
          const got = describeOutcome(Float64Array.from(values), bins, 101);
          const sorted = Float64Array.from(values).sort();
          const { mean, sd, ...percentiles } = got.summary;
          const { mean: wantMean, sd: wantSd, ...wantPercentiles } = referenceSummary(values);
          expect(percentiles).toEqual(wantPercentiles);
          expect(mean).toBeCloseTo(wantMean, 6);
          expect(sd).toBeCloseTo(wantSd, 6);
          expect(got.sCurve).toHaveLength(101);
          got.sCurve.forEach((point, i) => {
            expect(point.probability).toBeCloseTo(i / 100, 15);
            expect(point.value).toBe(percentileOfSorted(sorted, point.probability * 100));
          });
          expect(got.histogram).toEqual(histogramOf(sorted, bins, sorted[0]!, sorted.at(-1)!));
        },
      ),
      { numRuns: 200, seed: 21 },
    );
  });

  it('describes a constant outcome and no values at all', () => {
    const constant = describeOutcome(new Float64Array(700).fill(12), 40, 101);
    expect(constant.summary).toMatchObject({ mean: 12, sd: 0, min: 12, p80: 12, max: 12 });
    expect(constant.histogram).toEqual([{ from: 12, to: 12, count: 700, fraction: 1 }]);
    expect(constant.sCurve.every((p) => p.value === 12)).toBe(true);
    const none = describeOutcome(new Float64Array(0), 40, 101);
    expect(none.histogram).toEqual([]);
    expect(none.sCurve).toEqual([]);
    expect(none.summary.p50).toBeNaN();
  });
});

describe('shareAtOrBelow', () => {
  const values = Float64Array.from([5, 2, 9, 2, 1, 2]);

  it('is the empirical CDF, counting ties as at or below', () => {
    expect(shareAtOrBelow(values, 0.5)).toBe(0);
    expect(shareAtOrBelow(values, 1)).toBe(1 / 6);
    expect(shareAtOrBelow(values, 1.5)).toBe(1 / 6);
    expect(shareAtOrBelow(values, 2)).toBe(4 / 6);
    expect(shareAtOrBelow(values, 8.999)).toBe(5 / 6);
    expect(shareAtOrBelow(values, 9)).toBe(1);
    expect(shareAtOrBelow(values, Infinity)).toBe(1);
    expect(shareAtOrBelow([], 1)).toBeNaN();
  });
});
