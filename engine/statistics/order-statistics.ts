/*
 * Percentiles without a full sort. A summary needs eight order statistics (the two neighbours of
 * P10, P50, P80 and P90), and a full radix sort of 100,000 doubles (six passes over two arrays)
 * cost ~15 ms, fifteen times per report; selecting just the needed ranks by one recursive
 * quickselect that splits the wanted ranks between the two sides of each partition touches each
 * value ~3 times. Results equal `percentileOfSorted` on a sorted copy exactly (same order
 * statistics, same interpolation).
 */

type Values = Float64Array | Float32Array;

/** Below this many values a range is finished by insertion sort. */
const SMALL = 24;

function insertionSort(values: Values, lo: number, hi: number): void {
  for (let i = lo + 1; i <= hi; i++) {
    const x = values[i]!;
    let j = i - 1;
    while (j >= lo && values[j]! > x) {
      values[j + 1] = values[j]!;
      j--;
    }
    values[j + 1] = x;
  }
}

/**
 * Rearranges `values[lo..hi]` so that for every rank `ranks[from..to)` (ascending, inside
 * [lo, hi]) the value at that index is the one a full sort would put there.
 */
function select(
  values: Values,
  lo: number,
  hi: number,
  ranks: readonly number[],
  from: number,
  to: number,
): void {
  while (from < to) {
    if (hi - lo < SMALL) {
      insertionSort(values, lo, hi);
      return;
    }
    // Median of three as the pivot, then Hoare's partition.
    const mid = (lo + hi) >>> 1;
    const a = values[lo]!;
    const b = values[mid]!;
    const c = values[hi]!;
    const pivot = a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i]! < pivot) i++;
      while (values[j]! > pivot) j--;
      if (i <= j) {
        const t = values[i]!;
        values[i] = values[j]!;
        values[j] = t;
        i++;
        j--;
      }
    }
    // Now values[lo..j] ≤ pivot ≤ values[i..hi], and values[j+1..i-1] equal the pivot.
    let split = from;
    while (split < to && ranks[split]! <= j) split++;
    let right = split;
    while (right < to && ranks[right]! < i) right++;
    // Ranks in (j, i) already hold the pivot; recurse into the smaller side, loop on the other.
    if (split - from < to - right) {
      select(values, lo, j, ranks, from, split);
      lo = i;
      from = right;
    } else {
      select(values, i, hi, ranks, right, to);
      hi = j;
      to = split;
    }
  }
}

/**
 * The p-th percentiles (0–100, numpy's linear interpolation) of `values`, which this reorders
 * in place (pass a copy to keep the original order).
 */
export function percentilesInPlace(values: Values, percentiles: readonly number[]): number[] {
  const n = values.length;
  if (n === 0) return percentiles.map(() => Number.NaN);
  const positions = percentiles.map((p) => ((n - 1) * p) / 100);
  const wanted = new Set<number>();
  for (const position of positions) {
    const lower = Math.floor(position);
    wanted.add(lower);
    wanted.add(Math.min(lower + 1, n - 1));
  }
  const ranks = [...wanted].sort((x, y) => x - y);
  select(values, 0, n - 1, ranks, 0, ranks.length);
  return positions.map((position) => {
    const lower = Math.floor(position);
    const weight = position - lower;
    const a = values[lower]!;
    const b = values[Math.min(lower + 1, n - 1)]!;
    return weight === 0 ? a : a + (b - a) * weight;
  });
}
