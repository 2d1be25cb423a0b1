import type { Distribution } from './distribution.ts';
import { normalFromInterval, pertShapes } from './sample.ts';

/**
 * Closed-form mean and variance of a distribution (before clamping at zero), for explanations in
 * the UI and for testing the samplers.
 */
export function moments(dist: Distribution): { mean: number; variance: number } {
  switch (dist.type) {
    case 'fixed':
      return { mean: dist.value, variance: 0 };
    case 'uniform':
      return { mean: (dist.min + dist.max) / 2, variance: (dist.max - dist.min) ** 2 / 12 };
    case 'triangular': {
      const { min: a, mode: c, max: b } = dist;
      return {
        mean: (a + b + c) / 3,
        variance: (a * a + b * b + c * c - a * b - a * c - b * c) / 18,
      };
    }
    case 'pert': {
      const { min, max } = dist;
      const range = max - min;
      if (range === 0) return { mean: min, variance: 0 };
      const { alpha, beta } = pertShapes(min, dist.mode, max);
      const s = alpha + beta;
      return {
        mean: min + (range * alpha) / s,
        variance: (range * range * alpha * beta) / (s * s * (s + 1)),
      };
    }
    case 'normal': {
      const { mu, sigma } = normalFromInterval(dist.p5, dist.p95);
      return { mean: mu, variance: sigma * sigma };
    }
    case 'lognormal': {
      const { mu, sigma } = normalFromInterval(Math.log(dist.p5), Math.log(dist.p95));
      const s2 = sigma * sigma;
      return { mean: Math.exp(mu + s2 / 2), variance: (Math.exp(s2) - 1) * Math.exp(2 * mu + s2) };
    }
    case 'bernoulli':
      return { mean: dist.p, variance: dist.p * (1 - dist.p) };
    default:
      return dist satisfies never;
  }
}
