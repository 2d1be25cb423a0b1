export type HistogramBin = { from: number; to: number; count: number; fraction: number };
/** One point of an S-curve: `probability` of a value at or below `value`. */
export type SCurvePoint = { value: number; probability: number };

/**
 * Equal-width bins over [min, max], the least and greatest of `values` (in any order); the last
 * bin includes max.
 */
export function histogramOf(
  values: ArrayLike<number>,
  bins: number,
  min: number,
  max: number,
): HistogramBin[] {
  const n = values.length;
  if (n === 0) return [];
  if (max === min) return [{ from: min, to: max, count: n, fraction: 1 }];
  const width = (max - min) / bins;
  const counts = new Float64Array(bins);
  for (let i = 0; i < n; i++) {
    const k = Math.min(bins - 1, Math.floor((values[i]! - min) / width));
    counts[k] = counts[k]! + 1;
  }
  return Array.from(counts, (count, k) => ({
    from: min + k * width,
    to: k === bins - 1 ? max : min + (k + 1) * width,
    count,
    fraction: count / n,
  }));
}

/** The probabilities of an S-curve's `points` points, evenly spaced from 0 to 1. */
export function sCurveProbabilities(points: number): number[] {
  return Array.from({ length: points }, (_, i) => i / (points - 1));
}
