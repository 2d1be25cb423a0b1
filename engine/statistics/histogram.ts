import { percentileOfSorted } from './percentile.ts';

export type HistogramBin = { from: number; to: number; count: number; fraction: number };
/** One point of an S-curve: `probability` of a value at or below `value`. */
export type SCurvePoint = { value: number; probability: number };

/** Equal-width bins over [min, max] of ascending values; the last bin includes max. */
export function histogramOfSorted(sorted: ArrayLike<number>, bins: number): HistogramBin[] {
  const n = sorted.length;
  if (n === 0) return [];
  const min = sorted[0]!;
  const max = sorted[n - 1]!;
  if (max === min) return [{ from: min, to: max, count: n, fraction: 1 }];
  const width = (max - min) / bins;
  const counts = new Float64Array(bins);
  for (let i = 0; i < n; i++) {
    const k = Math.min(bins - 1, Math.floor((sorted[i]! - min) / width));
    counts[k] = counts[k]! + 1;
  }
  return Array.from(counts, (count, k) => ({
    from: min + k * width,
    to: k === bins - 1 ? max : min + (k + 1) * width,
    count,
    fraction: count / n,
  }));
}

/** The cumulative distribution at `points` evenly spaced probabilities from 0 to 1. */
export function sCurveOfSorted(sorted: ArrayLike<number>, points: number): SCurvePoint[] {
  if (sorted.length === 0) return [];
  return Array.from({ length: points }, (_, i) => {
    const probability = i / (points - 1);
    return { value: percentileOfSorted(sorted, probability * 100), probability };
  });
}
