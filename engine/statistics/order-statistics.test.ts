import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { percentilesInPlace, percentilesOf } from './order-statistics.ts';
import { percentileOfSorted } from './percentile.ts';
import { summarizeValues } from './summary.ts';
import { referenceSummary } from '../../test/helpers/reference-statistics.ts';

const PERCENTILES = [0, 1, 10, 25, 50, 80, 90, 99, 100];

function bySorting(values: readonly number[], percentiles: readonly number[]): number[] {
  const sorted = Float64Array.from(values).sort();
  return percentiles.map((p) => percentileOfSorted(sorted, p));
}

describe('percentilesInPlace', () => {
  it('equals percentiles of a sorted copy, exactly, for any values', () => {
    // Small integer ranges give many ties, the case that breaks naive partitions. −0 and +0 are
    // equal values that only a sort tells apart (by sign), so −0 is left out.
    const value = fc.oneof(
      fc
        .double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 })
        .map((x) => (x === 0 ? 0 : x)),
      fc.integer({ min: -3, max: 3 }),
    );
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 400 }), (values) => {
        const got = percentilesInPlace(Float64Array.from(values), PERCENTILES);
        expect(got).toEqual(bySorting(values, PERCENTILES));
      }),
      { numRuns: 500, seed: 11 },
    );
  });

  it('handles large columns with runs of equal values (a cost that is often zero)', () => {
    const values = new Float64Array(100_000);
    for (let i = 0; i < values.length; i++) values[i] = i % 3 === 0 ? 0 : (i * 7919) % 1000;
    const expected = bySorting([...values], PERCENTILES);
    expect(percentilesInPlace(values, PERCENTILES)).toEqual(expected);
    expect(percentilesInPlace(new Float64Array(50_000).fill(4), [10, 90])).toEqual([4, 4]);
  });

  it('works on single precision columns and on no values', () => {
    const values = Float32Array.from([5, 1, 4, 2, 3]);
    expect(percentilesInPlace(values, [50, 75])).toEqual([3, 4]);
    expect(percentilesInPlace(new Float64Array(0), [50])).toEqual([Number.NaN]);
  });
});

describe('percentilesOf', () => {
  it('equals percentiles of a sorted copy, exactly, and leaves the values as they are', () => {
    // Columns long enough to be bucketed; a few values far out stretch the buckets, and small
    // integers tie, so wanted ranks land in crowded buckets as well as in sparse ones.
    const value = fc.oneof(
      {
        weight: 8,
        arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true, min: 0, max: 1e6 }),
      },
      { weight: 4, arbitrary: fc.integer({ min: 0, max: 5 }) },
      { weight: 1, arbitrary: fc.constantFrom(-1e300, 1e300) },
    );
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 3000 }), (values) => {
        const column = Float64Array.from(values, (x) => (x === 0 ? 0 : x));
        const before = column.slice();
        expect(percentilesOf(column, PERCENTILES)).toEqual(bySorting([...column], PERCENTILES));
        expect(column).toEqual(before);
      }),
      { numRuns: 200, seed: 13 },
    );
  });

  it('reads single precision columns and constant columns', () => {
    const column = new Float32Array(10_000);
    for (let i = 0; i < column.length; i++) column[i] = Math.fround(((i * 7919) % 10_007) / 7);
    expect(percentilesOf(column, [50, 80])).toEqual(bySorting([...column], [50, 80]));
    expect(percentilesOf(new Float32Array(5000).fill(3), [10, 90])).toEqual([3, 3]);
  });
});

describe('summarizeValues', () => {
  it('equals the summary of a sorted copy (mean and sd to rounding)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ noNaN: true, noDefaultInfinity: true, min: 0, max: 1e7 }), {
          minLength: 1,
          maxLength: 300,
        }),
        (values) => {
          const got = summarizeValues(values);
          const want = referenceSummary(values);
          const { mean, sd, ...percentiles } = got;
          const { mean: wantMean, sd: wantSd, ...wantPercentiles } = want;
          expect(percentiles).toEqual(wantPercentiles);
          expect(mean).toBeCloseTo(wantMean, 6);
          expect(sd).toBeCloseTo(wantSd, 6);
        },
      ),
      { numRuns: 300, seed: 12 },
    );
  });
});
