import { PERT_LAMBDA, Z95 } from '../constants.ts';
import type { Sfc32 } from '../random/sfc32.ts';
import { pertTableFor } from './beta-quantile-table.ts';
import type { Distribution } from './distribution.ts';
import { fillNormalFast, fillPertFast } from './fast-fill.ts';

/** Parameters of the normal behind a 90% interval: mean and standard deviation. */
export function normalFromInterval(p5: number, p95: number): { mu: number; sigma: number } {
  return { mu: (p5 + p95) / 2, sigma: (p95 - p5) / (2 * Z95) };
}

/** Shapes α, β of the beta behind a BetaPERT(min, mode, max), λ = 4. */
export function pertShapes(
  min: number,
  mode: number,
  max: number,
): { alpha: number; beta: number } {
  const range = max - min;
  return {
    alpha: 1 + (PERT_LAMBDA * (mode - min)) / range,
    beta: 1 + (PERT_LAMBDA * (max - mode)) / range,
  };
}

/**
 * Fills `out[offset .. offset + count)` with draws of `dist` from `rng`. The switch sits outside
 * the loops so each distribution has its own tight loop. Draws are raw: callers clamp durations
 * and costs at zero. Assumes `dist` passed `validateDistribution`.
 */
export function fillSamples(
  dist: Distribution,
  rng: Sfc32,
  out: Float64Array,
  offset: number,
  count: number,
): void {
  const end = offset + count;
  switch (dist.type) {
    case 'fixed':
      out.fill(dist.value, offset, end);
      return;
    case 'uniform': {
      const { min } = dist;
      const range = dist.max - min;
      for (let i = offset; i < end; i++) out[i] = min + range * rng.nextFloat();
      return;
    }
    case 'triangular': {
      const { min, mode, max } = dist;
      const range = max - min;
      if (range === 0) {
        out.fill(min, offset, end);
        return;
      }
      const split = (mode - min) / range;
      const left = range * (mode - min);
      const right = range * (max - mode);
      for (let i = offset; i < end; i++) {
        const u = rng.nextFloat();
        out[i] = u < split ? min + Math.sqrt(u * left) : max - Math.sqrt((1 - u) * right);
      }
      return;
    }
    case 'pert': {
      const { min, max } = dist;
      const range = max - min;
      if (range === 0) {
        out.fill(min, offset, end);
        return;
      }
      const { alpha, beta } = pertShapes(min, dist.mode, max);
      fillPertFast(rng, out, offset, count, min, range, pertTableFor(dist, alpha, beta));
      return;
    }
    case 'normal': {
      const { mu, sigma } = normalFromInterval(dist.p5, dist.p95);
      if (sigma === 0) {
        out.fill(mu, offset, end);
        return;
      }
      fillNormalFast(rng, out, offset, count, mu, sigma, false);
      return;
    }
    case 'lognormal': {
      const { mu, sigma } = normalFromInterval(Math.log(dist.p5), Math.log(dist.p95));
      if (sigma === 0) {
        out.fill(dist.p5, offset, end);
        return;
      }
      fillNormalFast(rng, out, offset, count, mu, sigma, true);
      return;
    }
    case 'bernoulli': {
      const { p } = dist;
      for (let i = offset; i < end; i++) out[i] = rng.nextFloat() < p ? 1 : 0;
      return;
    }
    default:
      dist satisfies never;
  }
}

/** Sets every value below zero to zero: durations and costs are never negative. */
export function clampAtZero(values: Float64Array, offset: number, count: number): void {
  const end = offset + count;
  for (let i = offset; i < end; i++) if (values[i]! < 0) values[i] = 0;
}
