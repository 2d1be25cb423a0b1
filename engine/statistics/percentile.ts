import { radixSortFloat64 } from './radix-sort.ts';

/** An ascending copy of the values. */
export function sortedCopy(values: ArrayLike<number>): Float64Array {
  return radixSortFloat64(values);
}

/**
 * The p-th percentile (0–100) of ascending `sorted` values, interpolating linearly between order
 * statistics as numpy's default ("linear", type 7) does.
 */
export function percentileOfSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const position = ((n - 1) * p) / 100;
  const lower = Math.floor(position);
  const upper = Math.min(lower + 1, n - 1);
  const weight = position - lower;
  const a = sorted[lower]!;
  const b = sorted[upper]!;
  return weight === 0 ? a : a + (b - a) * weight;
}

/** Fraction of ascending `sorted` values at or below `x` (the empirical CDF). */
export function fractionAtOrBelow(sorted: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return sorted.length === 0 ? Number.NaN : lo / sorted.length;
}
