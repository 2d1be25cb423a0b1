import { describe, expect, it } from 'vitest';
import {
  ksCritical,
  ksStatistic,
  standardNormalCdf,
  standardNormalTail,
} from '../../test/helpers/exact-cdf.ts';
import { sampleMoments } from '../../test/helpers/sample-stats.ts';
import { standardNormal } from './normal.ts';
import { streamFor } from './stream.ts';

/** Where the ziggurat's base layer ends and its exact tail algorithm takes over. */
const ZIGGURAT_R = 3.442619855899;

function draws(n: number, seed: number): Float64Array {
  const rng = streamFor(seed, 0, 0x2199);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = standardNormal(rng);
  return out;
}

describe('standardNormal (ziggurat)', () => {
  const n = 2_000_000;
  const z = draws(n, 17);

  it('has mean 0 and variance 1', () => {
    const m = sampleMoments(z);
    // Standard error of the mean is 1/√n; of the variance √(2/n) (normal fourth moment 3).
    // 5 standard errors: a correct sampler never reaches it, a biased layer table would.
    expect(Math.abs(m.mean)).toBeLessThan(5 / Math.sqrt(n));
    expect(Math.abs(m.variance - 1)).toBeLessThan(5 * Math.sqrt(2 / n));
  });

  it('follows the exact normal CDF (Kolmogorov–Smirnov, n = 50,000, alpha = 0.001)', () => {
    const sample = z.subarray(0, 50_000);
    expect(ksStatistic(sample, standardNormalCdf)).toBeLessThan(ksCritical(sample.length));
  });

  it('is symmetric: as many draws below 0 as above', () => {
    let negative = 0;
    for (const x of z) if (x < 0) negative++;
    // Binomial(n, 1/2): standard error √n / 2; 5 of them.
    expect(Math.abs(negative - n / 2)).toBeLessThan((5 * Math.sqrt(n)) / 2);
  });

  it('puts the exact mass beyond the ziggurat edge R = 3.4426 and beyond 4', () => {
    for (const edge of [ZIGGURAT_R, 4]) {
      const p = 2 * standardNormalTail(edge);
      let count = 0;
      for (const x of z) if (Math.abs(x) > edge) count++;
      // Binomial count: standard error √(n·p·(1−p)) (≈ 34 beyond R, ≈ 11 beyond 4); 5 of them.
      // The tail is drawn by a separate algorithm, so a wrong R or a broken tail shows here.
      const se = Math.sqrt(n * p * (1 - p));
      expect(Math.abs(count - n * p)).toBeLessThan(5 * se);
    }
  });

  it('draws the tail beyond R from the exact conditional distribution', () => {
    const tail: number[] = [];
    for (const x of z) if (Math.abs(x) > ZIGGURAT_R) tail.push(Math.abs(x));
    const q = standardNormalTail(ZIGGURAT_R);
    // P(|Z| ≤ x | |Z| > R) = 1 − Q(x)/Q(R); Q is computed with relative accuracy 1.2e-7, far
    // below the KS critical value of ~0.057 for the ~1,150 tail draws.
    const conditionalCdf = (x: number) => 1 - standardNormalTail(x) / q;
    expect(tail.length).toBeGreaterThan(1000);
    expect(ksStatistic(tail, conditionalCdf)).toBeLessThan(ksCritical(tail.length));
  });
});
