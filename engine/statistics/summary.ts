import { percentileOfSorted } from './percentile.ts';

/** Mean, standard deviation and the percentiles every result reports. */
export type Summary = {
  mean: number;
  sd: number;
  min: number;
  p10: number;
  p50: number;
  p80: number;
  p90: number;
  max: number;
};

/** Summarises ascending `sorted` values (sample standard deviation, n − 1). */
export function summarizeSorted(sorted: ArrayLike<number>): Summary {
  const n = sorted.length;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += sorted[i]!;
  const mean = sum / n;
  let squares = 0;
  for (let i = 0; i < n; i++) {
    const d = sorted[i]! - mean;
    squares += d * d;
  }
  return {
    mean,
    sd: n > 1 ? Math.sqrt(squares / (n - 1)) : 0,
    min: sorted[0] ?? Number.NaN,
    p10: percentileOfSorted(sorted, 10),
    p50: percentileOfSorted(sorted, 50),
    p80: percentileOfSorted(sorted, 80),
    p90: percentileOfSorted(sorted, 90),
    max: sorted[n - 1] ?? Number.NaN,
  };
}
