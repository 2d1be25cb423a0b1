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
