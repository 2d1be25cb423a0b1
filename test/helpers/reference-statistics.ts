import { percentileOfSorted } from '../../engine/statistics/percentile.ts';
import type { Summary } from '../../engine/statistics/summary.ts';

/**
 * The summary statistics the slow, obvious way, for tests of the engine's selections: sort a
 * copy, read the percentiles off it (numpy's linear method), sum in sorted order.
 */
export function referenceSummary(values: ArrayLike<number>): Summary {
  const sorted = Float64Array.from(values).sort();
  const n = sorted.length;
  let sum = 0;
  for (const x of sorted) sum += x;
  const mean = sum / n;
  let squares = 0;
  for (const x of sorted) squares += (x - mean) ** 2;
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
