import { describe, expect, it } from 'vitest';
import { sampleMoments } from '../../test/helpers/sample-stats.ts';
import { gammaDraw, gammaShape } from './gamma.ts';
import { streamFor } from './stream.ts';

describe('gammaDraw (Marsaglia–Tsang)', () => {
  it.each([1, 1.5, 2.5, 5])('Gamma(%s, 1) has mean and variance equal to its shape', (shape) => {
    const n = 200_000;
    const rng = streamFor(5, 0, Math.round(shape * 10));
    const { d, c } = gammaShape(shape);
    const x = new Float64Array(n);
    for (let i = 0; i < n; i++) x[i] = gammaDraw(rng, d, c);
    const m = sampleMoments(x);
    // Gamma(k): sd √k, so the mean's standard error is √(k/n); the variance's is
    // √((μ4 − σ⁴)/n) with μ4 = 3k² + 6k. 5 standard errors each.
    expect(Math.abs(m.mean - shape)).toBeLessThan(5 * Math.sqrt(shape / n));
    const mu4 = 3 * shape * shape + 6 * shape;
    expect(Math.abs(m.variance - shape)).toBeLessThan(5 * Math.sqrt((mu4 - shape * shape) / n));
    expect(Math.min(...x.subarray(0, 10_000))).toBeGreaterThan(0);
  });
});
