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

/** Interpolates the percentiles from the order statistics `at(rank)` (numpy's linear method). */
function interpolate(n: number, percentiles: readonly number[], at: (rank: number) => number) {
  return percentiles.map((p) => {
    const position = ((n - 1) * p) / 100;
    const lower = Math.floor(position);
    const weight = position - lower;
    const a = at(lower);
    if (weight === 0) return a;
    const b = at(Math.min(lower + 1, n - 1));
    return a + (b - a) * weight;
  });
}

/** The ranks (0-based, ascending, distinct) whose values the percentiles interpolate between. */
function ranksFor(n: number, percentiles: readonly number[]): number[] {
  const wanted = new Set<number>();
  for (const p of percentiles) {
    const lower = Math.floor(((n - 1) * p) / 100);
    wanted.add(lower);
    wanted.add(Math.min(lower + 1, n - 1));
  }
  return [...wanted].sort((x, y) => x - y);
}

/**
 * The p-th percentiles (0–100, numpy's linear interpolation) of `values`, which this reorders
 * in place (pass a copy to keep the original order).
 */
export function percentilesInPlace(values: Values, percentiles: readonly number[]): number[] {
  const n = values.length;
  if (n === 0) return percentiles.map(() => Number.NaN);
  const ranks = ranksFor(n, percentiles);
  select(values, 0, n - 1, ranks, 0, ranks.length);
  return interpolate(n, percentiles, (rank) => values[rank]!);
}

/** Above this many values, `percentilesOf` goes through buckets rather than a quickselect. */
const BUCKETED_FROM = 512;
const BUCKETS = 1024;

/*
 * The passes over a column are small functions of one loop each. In a fresh process (the CLI)
 * V8 optimises a long loop while it runs, from the feedback gathered so far; code after that loop
 * has none yet, and a function holding several loops was thrown away and recompiled hundreds of
 * times per report. A one-loop function is optimised whole, once.
 */

/** The least and greatest value. */
function extent(values: Float64Array): { min: number; max: number } {
  let min = values[0]!;
  let max = min;
  for (let i = 1; i < values.length; i++) {
    const x = values[i]!;
    if (x < min) min = x;
    else if (x > max) max = x;
  }
  return { min, max };
}

/** The bucket of a value: `BUCKETS` equal widths over [min, max], max in the last. */
function bucketOf(x: number, min: number, scale: number): number {
  const b = ((x - min) * scale) | 0;
  return b < BUCKETS ? b : BUCKETS - 1;
}

function countBuckets(values: Float64Array, min: number, scale: number): Int32Array {
  const counts = new Int32Array(BUCKETS);
  for (let i = 0; i < values.length; i++) counts[bucketOf(values[i]!, min, scale)]!++;
  return counts;
}

/** `first[b]`: how many values lie in the buckets before b (b from 0 to BUCKETS). */
function valuesBefore(counts: Int32Array): Int32Array {
  const first = new Int32Array(BUCKETS + 1);
  for (let b = 0; b < BUCKETS; b++) first[b + 1] = first[b]! + counts[b]!;
  return first;
}

/** Where each wanted bucket's values go in the gathered array, and how long that array is. */
function segments(
  counts: Int32Array,
  wanted: Uint8Array,
): { segmentStart: Int32Array; size: number } {
  const segmentStart = new Int32Array(BUCKETS);
  let size = 0;
  for (let b = 0; b < BUCKETS; b++) {
    if (wanted[b]) {
      segmentStart[b] = size;
      size += counts[b]!;
    }
  }
  return { segmentStart, size };
}

/** The column as doubles: singles (the per-task samples) are copied natively, doubles kept. */
export function asDoubles(column: ArrayLike<number>): Float64Array {
  return column instanceof Float64Array ? column : Float64Array.from(column);
}

/** The values of the wanted buckets, each bucket in its segment (from `segmentStart`). */
function gatherBuckets(
  values: Float64Array,
  min: number,
  scale: number,
  wanted: Uint8Array,
  segmentStart: Int32Array,
  size: number,
): Float64Array {
  const gathered = new Float64Array(size);
  const fill = segmentStart.slice();
  for (let i = 0; i < values.length; i++) {
    const x = values[i]!;
    const b = bucketOf(x, min, scale);
    if (wanted[b]) gathered[fill[b]!++] = x;
  }
  return gathered;
}

/** The bucket holding each rank, given `first[b]`, the number of values before bucket b. */
function bucketsOfRanks(ranks: readonly number[], first: Int32Array): number[] {
  return ranks.map((rank) => {
    let lo = 0;
    let hi = BUCKETS - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (first[mid + 1]! <= rank) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  });
}

/**
 * The p-th percentiles of `values`, left as they are. Large columns are bucketed by value (one
 * pass for the range, one to count, one to gather the few buckets that hold a wanted rank), and
 * only those buckets are searched: three linear passes instead of a quickselect's reordering,
 * about 4× faster on the 10,000-value per-task columns. Exact: the buckets split the values in
 * order, so a rank's value is found in its bucket.
 */
export function percentilesOf(column: ArrayLike<number>, percentiles: readonly number[]): number[] {
  // Doubles only: passing both kinds to the passes would make V8 recompile them for the other.
  const values = asDoubles(column);
  const n = values.length;
  if (n < BUCKETED_FROM) {
    return percentilesInPlace(values === column ? values.slice() : values, percentiles);
  }
  const { min, max } = extent(values);
  if (!(max > min)) return percentiles.map(() => min);
  const scale = BUCKETS / (max - min);
  const counts = countBuckets(values, min, scale);
  // Where each wanted rank falls: its bucket, and the values before that bucket.
  const ranks = ranksFor(n, percentiles);
  const first = valuesBefore(counts);
  const rankBucket = bucketsOfRanks(ranks, first);
  const wanted = new Uint8Array(BUCKETS);
  for (const b of rankBucket) wanted[b] = 1;
  const { segmentStart, size } = segments(counts, wanted);
  const gathered = gatherBuckets(values, min, scale, wanted, segmentStart, size);
  // Ranks ascend, so the ranks of one bucket are consecutive: select each bucket's once.
  const found = new Map<number, number>();
  for (let k = 0; k < ranks.length;) {
    const b = rankBucket[k]!;
    let end = k + 1;
    while (end < ranks.length && rankBucket[end] === b) end++;
    const lo = segmentStart[b]!;
    const local: number[] = [];
    for (let j = k; j < end; j++) local.push(ranks[j]! - first[b]! + lo);
    select(gathered, lo, lo + counts[b]! - 1, local, 0, local.length);
    for (const at of local) found.set(at - lo + first[b]!, gathered[at]!);
    k = end;
  }
  return interpolate(n, percentiles, (rank) => found.get(rank)!);
}
