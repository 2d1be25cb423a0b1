import { describe, expect, it } from 'vitest';
import { exactCdf, ksCritical, ksStatistic } from '../../test/helpers/exact-cdf.ts';
import { draw, fraction, proportionSe, sampleMoments } from '../../test/helpers/sample-stats.ts';
import { streamFor } from '../random/stream.ts';
import type { Distribution, LognormalDistribution, NormalDistribution } from './distribution.ts';
import { moments } from './moments.ts';
import { clampAtZero, fillSamples } from './sample.ts';
import { validateDistribution } from './validate.ts';

/** Every continuous shape the engine samples, including modes at the ends of their range. */
const continuous: [string, Distribution][] = [
  ['uniform 2 to 7', { type: 'uniform', min: 2, max: 7 }],
  ['triangular 1, 2, 6', { type: 'triangular', min: 1, mode: 2, max: 6 }],
  ['triangular 0, 0, 4 (mode at min)', { type: 'triangular', min: 0, mode: 0, max: 4 }],
  ['triangular 0, 4, 4 (mode at max)', { type: 'triangular', min: 0, mode: 4, max: 4 }],
  ['pert 1, 3, 9', { type: 'pert', min: 1, mode: 3, max: 9 }],
  ['pert 2, 2, 10 (mode at min)', { type: 'pert', min: 2, mode: 2, max: 10 }],
  ['pert 0, 10, 10 (mode at max)', { type: 'pert', min: 0, mode: 10, max: 10 }],
  ['pert -5, 0, 5 (symmetric)', { type: 'pert', min: -5, mode: 0, max: 5 }],
  ['lognormal 3 to 8', { type: 'lognormal', p5: 3, p95: 8 }],
  ['lognormal 0.5 to 40 (wide)', { type: 'lognormal', p5: 0.5, p95: 40 }],
  ['normal -2 to 6', { type: 'normal', p5: -2, p95: 6 }],
];

/** Sample size for mean and variance checks: standard errors of 0.2% of a standard deviation. */
const N_MOMENTS = 200_000;
/** Sample size for Kolmogorov–Smirnov tests: D's critical value is then 0.0087. */
const N_KS = 50_000;

describe('fillSamples', () => {
  describe.each(continuous)('%s', (_, dist) => {
    const x = draw(dist, N_MOMENTS, 20240611, dist.type.length * 7919 + 13);

    it('has the closed-form mean and variance of moments()', () => {
      const exact = moments(dist);
      const m = sampleMoments(x);
      // 5 standard errors. The mean's SE is σ/√n; the sample variance's SE is √((μ4 − σ⁴)/n),
      // with μ4 estimated from the sample itself (it adapts to each shape's kurtosis, including
      // the wide lognormal's heavy tail). A correct sampler stays inside; a wrong λ for PERT,
      // a swapped triangular branch or a wrong z for the 90% interval move the moments by
      // several percent, dozens of standard errors.
      const meanSe = Math.sqrt(exact.variance / m.n);
      const varianceSe = Math.sqrt((m.m4 - m.variance * m.variance) / m.n);
      expect(Math.abs(m.mean - exact.mean)).toBeLessThan(5 * meanSe);
      expect(Math.abs(m.variance - exact.variance)).toBeLessThan(5 * varianceSe);
    });

    it('follows the exact CDF (one-sample Kolmogorov–Smirnov, alpha = 0.001)', () => {
      const sample = x.subarray(0, N_KS);
      expect(ksStatistic(sample, exactCdf(dist))).toBeLessThan(ksCritical(N_KS));
    });

    it('stays inside the support', () => {
      let lo = Infinity;
      let hi = -Infinity;
      for (const v of x) {
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
      if ('min' in dist) {
        expect(lo).toBeGreaterThanOrEqual(dist.min);
        expect(hi).toBeLessThanOrEqual(dist.max);
      }
      if (dist.type === 'lognormal') expect(lo).toBeGreaterThan(0);
    });
  });

  it('bernoulli(p) fires with probability p and only gives 0 or 1', () => {
    for (const p of [0, 0.3, 1]) {
      const x = draw({ type: 'bernoulli', p }, N_MOMENTS);
      expect(fraction(x, (v) => v !== 0 && v !== 1)).toBe(0);
      // 5 standard errors of a proportion; p = 0 and p = 1 must be exact (SE 0).
      expect(Math.abs(fraction(x, (v) => v === 1) - p)).toBeLessThanOrEqual(
        5 * proportionSe(p, N_MOMENTS),
      );
    }
  });

  it('fixed gives its value every time', () => {
    const x = draw({ type: 'fixed', value: 4.25 }, 1000);
    expect(new Set(x)).toEqual(new Set([4.25]));
  });

  describe('90% interval calibration of lognormal and normal', () => {
    it.each<LognormalDistribution | NormalDistribution>([
      { type: 'lognormal', p5: 3, p95: 8 },
      { type: 'lognormal', p5: 0.5, p95: 40 },
      { type: 'lognormal', p5: 1000, p95: 1001 },
      { type: 'normal', p5: 0, p95: 8 },
      { type: 'normal', p5: -100, p95: -20 },
    ])('%o puts 5% below p5 and 5% above p95', (dist) => {
      const n = N_MOMENTS;
      const x = draw(dist, n, 99, 4242);
      const { p5, p95 } = dist;
      // Each tail fraction is a binomial proportion with p = 0.05: SE = √(0.05·0.95/n) = 0.00049
      // at n = 200k; 5 SE = ±0.0024. Reading "3 to 8" as a 50% or 80% interval instead would miss
      // by 0.05 or more.
      const tolerance = 5 * proportionSe(0.05, n);
      expect(Math.abs(fraction(x, (v) => v < p5) - 0.05)).toBeLessThan(tolerance);
      expect(Math.abs(fraction(x, (v) => v > p95) - 0.05)).toBeLessThan(tolerance);
    });
  });

  describe('zero-width ranges are constants', () => {
    it.each<Distribution>([
      { type: 'uniform', min: 4, max: 4 },
      { type: 'triangular', min: 4, mode: 4, max: 4 },
      { type: 'pert', min: 4, mode: 4, max: 4 },
      { type: 'normal', p5: 4, p95: 4 },
      { type: 'lognormal', p5: 4, p95: 4 },
    ])('%o is valid and always 4', (dist) => {
      expect(validateDistribution(dist, 'x')).toEqual([]);
      const x = draw(dist, 5000);
      expect(new Set(x)).toEqual(new Set([4]));
      expect(moments(dist)).toEqual({ mean: 4, variance: 0 });
    });
  });

  it('writes exactly out[offset, offset + count) and nothing else', () => {
    for (const [, dist] of continuous) {
      const out = new Float64Array(20).fill(-123);
      fillSamples(dist, streamFor(1, 0, 1), out, 5, 10);
      expect(Array.from(out.subarray(0, 5))).toEqual(Array(5).fill(-123));
      expect(Array.from(out.subarray(15))).toEqual(Array(5).fill(-123));
      expect(out.subarray(5, 15).every((v) => v !== -123 && Number.isFinite(v))).toBe(true);
    }
  });

  it('draws the same values whether a range is filled at once or in two parts', () => {
    // The kernel fills a block per task; a split must continue the same stream.
    for (const [, dist] of continuous) {
      const whole = new Float64Array(3000);
      fillSamples(dist, streamFor(8, 1, 2), whole, 0, 3000);
      const parts = new Float64Array(3000);
      const rng = streamFor(8, 1, 2);
      fillSamples(dist, rng, parts, 0, 1234);
      fillSamples(dist, rng, parts, 1234, 3000 - 1234);
      expect(Array.from(parts)).toEqual(Array.from(whole));
    }
  });
});

describe('clampAtZero', () => {
  it('sets negatives (and only negatives) in the range to zero', () => {
    const values = Float64Array.from([-1, -2, 3, -0.5, 0, 7, -9]);
    clampAtZero(values, 1, 5);
    expect(Array.from(values)).toEqual([-1, 0, 3, 0, 0, 7, -9]);
  });
});
