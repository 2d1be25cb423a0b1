import { describe, expect, it } from 'vitest';
import { Z95 } from '../constants.ts';
import { moments } from './moments.ts';

/*
 * Hand-computed closed forms (independent of the sampler tests, which compare draws against
 * `moments`). Tolerances are a few ulps: these are exact formulas evaluated in doubles.
 */
describe('moments', () => {
  it('fixed: the value, no variance', () => {
    expect(moments({ type: 'fixed', value: 3.5 })).toEqual({ mean: 3.5, variance: 0 });
  });

  it('uniform(a, b): (a + b)/2 and (b − a)²/12', () => {
    expect(moments({ type: 'uniform', min: 2, max: 8 })).toEqual({ mean: 5, variance: 3 });
  });

  it('triangular(1, 2, 6): mean 3, variance (1 + 36 + 4 − 6 − 2 − 12)/18 = 7/6', () => {
    const m = moments({ type: 'triangular', min: 1, mode: 2, max: 6 });
    expect(m.mean).toBeCloseTo(3, 14);
    expect(m.variance).toBeCloseTo(7 / 6, 14);
  });

  it('pert(1, 3, 9) with λ = 4: mean (1 + 4·3 + 9)/6, Beta(2, 4) variance scaled by 8²', () => {
    // α = 1 + 4·2/8 = 2, β = 1 + 4·6/8 = 4: Var = αβ/((α+β)²(α+β+1)) = 8/252, times 64.
    const m = moments({ type: 'pert', min: 1, mode: 3, max: 9 });
    expect(m.mean).toBeCloseTo(22 / 6, 14);
    expect(m.variance).toBeCloseTo((64 * 8) / 252, 13);
  });

  it('normal(p5, p95): mean at the centre, sd = half-width / z95', () => {
    const m = moments({ type: 'normal', p5: 2, p95: 12 });
    expect(m.mean).toBe(7);
    expect(m.variance).toBeCloseTo((5 / Z95) ** 2, 14);
    expect(Z95).toBeCloseTo(1.6448536269514722, 15);
  });

  it('lognormal(p5, p95): median √(p5·p95), mean exp(μ + σ²/2)', () => {
    const [p5, p95] = [3, 8];
    const mu = Math.log(Math.sqrt(p5 * p95));
    const sigma = Math.log(p95 / p5) / (2 * Z95);
    const m = moments({ type: 'lognormal', p5, p95 });
    expect(m.mean).toBeCloseTo(Math.exp(mu + sigma ** 2 / 2), 12);
    expect(m.variance).toBeCloseTo((Math.exp(sigma ** 2) - 1) * Math.exp(2 * mu + sigma ** 2), 12);
  });

  it('bernoulli(p): p and p(1 − p)', () => {
    expect(moments({ type: 'bernoulli', p: 0.25 })).toEqual({ mean: 0.25, variance: 0.1875 });
  });
});
