import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { draw } from '../../test/helpers/sample-stats.ts';
import { centred, pearson, pearsonWithBoth, ranks, spearman } from './rank-correlation.ts';

describe('ranks', () => {
  it('gives 1..n, ties the average of the ranks they span', () => {
    expect(Array.from(ranks([10, 30, 20]))).toEqual([1, 3, 2]);
    expect(Array.from(ranks([5, 1, 5, 5, 0]))).toEqual([4, 2, 4, 4, 1]);
    expect(Array.from(ranks([0, 1, 0, 1]))).toEqual([1.5, 3.5, 1.5, 3.5]);
    expect(Array.from(ranks([-0, 0, -1]))).toEqual([2.5, 2.5, 1]);
    expect(Array.from(ranks([]))).toEqual([]);
  });

  it('treats values equal in single precision as ties (documented)', () => {
    expect(Array.from(ranks([1, 1 + 1e-12, 0]))).toEqual([2.5, 2.5, 1]);
  });

  it('matches a brute-force average rank on random data with many ties', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -5, max: 5 }), { maxLength: 200 }), (values) => {
        const want = values.map((v) => {
          const below = values.filter((w) => w < v).length;
          const equal = values.filter((w) => w === v).length;
          return below + (equal + 1) / 2;
        });
        expect(Array.from(ranks(values))).toEqual(want);
      }),
      { numRuns: 200, seed: 9 },
    );
  });
});

describe('spearman', () => {
  const x = draw({ type: 'lognormal', p5: 1, p95: 20 }, 5000, 1);

  it('is 1 for an increasing transform and −1 for a decreasing one', () => {
    // Distinct whole numbers in random order: values and transforms stay distinct in single
    // precision, in which ranks compare (see above).
    const u = draw({ type: 'uniform', min: 0, max: 1 }, 5000, 3);
    const ordered = Float64Array.from(u.keys(), (i) => i + 1).sort((a, b) => u[a - 1]! - u[b - 1]!);
    const increasing = ordered.map((v) => Math.log(v) * 3 + v ** 2);
    const decreasing = ordered.map((v) => 1 / v);
    expect(spearman(ordered, increasing)).toBeCloseTo(1, 12);
    expect(spearman(ordered, decreasing)).toBeCloseTo(-1, 12);
  });

  it('is near 0 for independent samples', () => {
    const y = draw({ type: 'uniform', min: 0, max: 1 }, 5000, 2);
    // Under independence rho has standard error 1/√(n − 1) ≈ 0.014; 5 of them.
    expect(Math.abs(spearman(x, y))).toBeLessThan(5 / Math.sqrt(4999));
  });

  it('equals the textbook formula 1 − 6Σd²/(n(n² − 1)) without ties', () => {
    const a = [3, 1, 4, 1.5, 9, 2.6, 5];
    const b = [2, 7, 1, 8, 2.8, 1.8, 28];
    const ra = ranks(a);
    const rb = ranks(b);
    const n = a.length;
    let d2 = 0;
    for (let i = 0; i < n; i++) d2 += (ra[i]! - rb[i]!) ** 2;
    expect(spearman(a, b)).toBeCloseTo(1 - (6 * d2) / (n * (n * n - 1)), 12);
  });
});

describe('pearson', () => {
  it('is 0 when either series is constant', () => {
    expect(pearson([1, 2, 3], [5, 5, 5])).toBe(0);
  });

  it('is ±1 for exact linear relations', () => {
    expect(pearson([1, 2, 3, 4], [3, 5, 7, 9])).toBeCloseTo(1, 14);
    expect(pearson([1, 2, 3, 4], [-1, -2, -3, -4])).toBeCloseTo(-1, 14);
  });
});

describe('pearsonWithBoth', () => {
  it('equals pearson with each series, and 0 against a constant', () => {
    const x = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3];
    const a = [2, 7, 1, 8, 2, 8, 1, 8, 2, 8];
    const b = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    const [withA, withB] = pearsonWithBoth(x, centred(a), centred(b));
    expect(withA).toBeCloseTo(pearson(x, a), 14);
    expect(withB).toBeCloseTo(pearson(x, b), 14);
    expect(pearsonWithBoth(x, centred(new Array(10).fill(4)), centred(b))[0]).toBe(0);
    expect(pearsonWithBoth(new Array(10).fill(1), centred(a), centred(b))).toEqual([0, 0]);
  });
});
