/*
 * Plain, obviously-correct statistics of a sample, used as the reference the engine's results and
 * samplers are checked against.
 */
import { fillSamples, streamFor, type Distribution } from '../../engine/index.ts';

/** `n` raw draws of `dist` from the stream (seed, block 0, key). */
export function draw(dist: Distribution, n: number, seed = 20240611, key = 0x5eed): Float64Array {
  const out = new Float64Array(n);
  fillSamples(dist, streamFor(seed, 0, key), out, 0, n);
  return out;
}

/** Mean, unbiased variance and fourth central moment of a sample (two-pass, for accuracy). */
export function sampleMoments(values: ArrayLike<number>): {
  n: number;
  mean: number;
  variance: number;
  m4: number;
} {
  const n = values.length;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += values[i]!;
  const mean = sum / n;
  let s2 = 0;
  let s4 = 0;
  for (let i = 0; i < n; i++) {
    const d = values[i]! - mean;
    const d2 = d * d;
    s2 += d2;
    s4 += d2 * d2;
  }
  return { n, mean, variance: s2 / (n - 1), m4: s4 / n };
}

/** Fraction of values for which `predicate` holds. */
export function fraction(values: ArrayLike<number>, predicate: (x: number) => boolean): number {
  let count = 0;
  for (let i = 0; i < values.length; i++) if (predicate(values[i]!)) count++;
  return count / values.length;
}

/** Standard error of a proportion p estimated from n independent trials. */
export function proportionSe(p: number, n: number): number {
  return Math.sqrt((p * (1 - p)) / n);
}

/** numpy's default ("linear", type 7) percentile of unsorted values, computed the textbook way. */
export function numpyPercentile(values: ArrayLike<number>, p: number): number {
  const sorted = Float64Array.from(values).sort();
  const h = ((sorted.length - 1) * p) / 100;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}
