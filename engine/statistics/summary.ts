import { percentilesOf } from './order-statistics.ts';
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

/**
 * The same summary of values in any order, by selecting the percentiles' order statistics rather
 * than sorting (engine/statistics/order-statistics.ts): for the columns whose summary is all the
 * result needs (costs by category, running cost, TCO, hidden share).
 */
export function summarizeValues(values: ArrayLike<number>): Summary {
  const n = values.length;
  let sum = 0;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    const x = values[i]!;
    sum += x;
    if (x < min) min = x;
    if (x > max) max = x;
  }
  const mean = sum / n;
  let squares = 0;
  for (let i = 0; i < n; i++) {
    const d = values[i]! - mean;
    squares += d * d;
  }
  const [p10, p50, p80, p90] = percentilesOf(values, [10, 50, 80, 90]);
  return {
    mean,
    sd: n > 1 ? Math.sqrt(squares / (n - 1)) : 0,
    min: n > 0 ? min : Number.NaN,
    p10: p10!,
    p50: p50!,
    p80: p80!,
    p90: p90!,
    max: n > 0 ? max : Number.NaN,
  };
}
