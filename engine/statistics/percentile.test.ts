import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { percentileOfSorted } from './percentile.ts';

describe('percentileOfSorted', () => {
  // Expected values from numpy 2.4: np.percentile(x, p) with the default method="linear".
  it.each([
    [[1, 2, 3, 4, 5], 0, 1],
    [[1, 2, 3, 4, 5], 10, 1.4],
    [[1, 2, 3, 4, 5], 25, 2],
    [[1, 2, 3, 4, 5], 50, 3],
    [[1, 2, 3, 4, 5], 80, 4.2],
    [[1, 2, 3, 4, 5], 90, 4.6],
    [[1, 2, 3, 4, 5], 100, 5],
    [[-1, 2.5, 3, 7, 7, 10], 0, -1],
    [[-1, 2.5, 3, 7, 7, 10], 10, 0.75],
    [[-1, 2.5, 3, 7, 7, 10], 33, 2.825],
    [[-1, 2.5, 3, 7, 7, 10], 50, 5],
    [[-1, 2.5, 3, 7, 7, 10], 80, 7],
    [[-1, 2.5, 3, 7, 7, 10], 90, 8.5],
    [[-1, 2.5, 3, 7, 7, 10], 95, 9.25],
    [[-1, 2.5, 3, 7, 7, 10], 100, 10],
    [[1, 2], 25, 1.25],
    [[1, 2], 75, 1.75],
    [[2.5], 37, 2.5],
  ])('%j at p = %s is %s, as numpy', (values, p, want) => {
    // 12 significant digits: numpy and the engine may round the interpolation differently in the
    // last bit (numpy evaluates b − (b − a)(1 − t) for t ≥ 0.5).
    expect(percentileOfSorted(Float64Array.from(values), p)).toBeCloseTo(want, 12);
  });

  it('is NaN for no values', () => {
    expect(percentileOfSorted([], 50)).toBeNaN();
  });

  it('equals the order statistic exactly when (n − 1)·p/100 is whole', () => {
    const sorted = Float64Array.from({ length: 11 }, (_, i) => i * i + 0.1);
    for (let k = 0; k <= 10; k++) expect(percentileOfSorted(sorted, k * 10)).toBe(sorted[k]);
  });

  it('is non-decreasing in p and stays within [min, max]', () => {
    // Magnitudes up to 1e300: beyond that b − a overflows, which no duration or cost reaches.
    const value = fc.double({ noNaN: true, min: -1e300, max: 1e300 });
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 12 }), (values) => {
        const sorted = Float64Array.from(values).sort();
        const curve = Array.from({ length: 401 }, (_, i) => percentileOfSorted(sorted, i / 4));
        const decreasing = curve.findIndex((v, i) => i > 0 && v < curve[i - 1]!);
        expect(decreasing).toBe(-1);
        expect(Math.min(...curve)).toBeGreaterThanOrEqual(sorted[0]!);
        expect(Math.max(...curve)).toBeLessThanOrEqual(sorted[sorted.length - 1]!);
      }),
      { numRuns: 300, seed: 5 },
    );
  });
});
