import { standardNormal } from './normal.ts';
import type { Sfc32 } from './sfc32.ts';

/** Constants of Marsaglia & Tsang's gamma sampler for one shape ≥ 1, computed once per task. */
export type GammaShape = { d: number; c: number };

export function gammaShape(shape: number): GammaShape {
  const d = shape - 1 / 3;
  return { d, c: 1 / Math.sqrt(9 * d) };
}

/**
 * A Gamma(shape, 1) draw for shape ≥ 1 (Marsaglia & Tsang, ACM TOMS 26(3), 2000): a squeeze test
 * accepts most candidates without a logarithm.
 */
export function gammaDraw(rng: Sfc32, d: number, c: number): number {
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = standardNormal(rng);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = rng.nextFloat();
    const x2 = x * x;
    if (u < 1 - 0.0331 * x2 * x2) return d * v;
    if (Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) return d * v;
  }
}
