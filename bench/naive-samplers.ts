import { normalFromInterval, pertShapes, type Distribution } from '../engine/index.ts';
import type { Lcg } from './lcg.ts';

/*
 * One draw at a time, the textbook way (Box–Muller, Marsaglia–Tsang): what a per-sample
 * evaluation written without the engine would do. Only the mathjs baseline uses these.
 */

function normal(rng: Lcg): number {
  return Math.sqrt(-2 * Math.log(rng.next())) * Math.cos(2 * Math.PI * rng.next());
}

function gamma(rng: Lcg, shape: number): number {
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const z = normal(rng);
    const v = (1 + c * z) ** 3;
    if (v > 0 && Math.log(rng.next()) < 0.5 * z * z + d - d * v + d * Math.log(v)) return d * v;
  }
}

/** One draw of `dist`, clamped at zero like the engine's durations and costs. */
export function draw(dist: Distribution, rng: Lcg): number {
  let x: number;
  switch (dist.type) {
    case 'fixed':
      x = dist.value;
      break;
    case 'uniform':
      x = dist.min + (dist.max - dist.min) * rng.next();
      break;
    case 'triangular': {
      const { min, mode, max } = dist;
      const u = rng.next();
      const split = (mode - min) / (max - min);
      x =
        u < split
          ? min + Math.sqrt(u * (max - min) * (mode - min))
          : max - Math.sqrt((1 - u) * (max - min) * (max - mode));
      break;
    }
    case 'pert': {
      const { alpha, beta } = pertShapes(dist.min, dist.mode, dist.max);
      const gx = gamma(rng, alpha);
      x = dist.min + ((dist.max - dist.min) * gx) / (gx + gamma(rng, beta));
      break;
    }
    case 'normal': {
      const { mu, sigma } = normalFromInterval(dist.p5, dist.p95);
      x = mu + sigma * normal(rng);
      break;
    }
    case 'lognormal': {
      const { mu, sigma } = normalFromInterval(Math.log(dist.p5), Math.log(dist.p95));
      x = Math.exp(mu + sigma * normal(rng));
      break;
    }
    case 'bernoulli':
      x = rng.next() < dist.p ? 1 : 0;
      break;
    default:
      return dist satisfies never;
  }
  return Math.max(0, x);
}
