import { radixOrderFloat32 } from './radix-sort.ts';

/**
 * Ranks 1..n of the values, ties getting the mean of their ranks (as Spearman's rho needs for
 * binary inputs such as "the risk fired"). Values are compared in single precision.
 */
export function ranks(values: ArrayLike<number>): Float64Array {
  const n = values.length;
  const { order, keys } = radixOrderFloat32(values);
  const result = new Float64Array(n);
  let i = 0;
  while (i < n) {
    const key = keys[order[i]!]!;
    let j = i;
    while (j + 1 < n && keys[order[j + 1]!] === key) j++;
    const rank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) result[order[k]!] = rank;
    i = j + 1;
  }
  return result;
}

/** Pearson correlation of two equally long series; 0 when either is constant. */
export function pearson(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const n = x.length;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += x[i]!;
    my += y[i]!;
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i]! - mx;
    const dy = y[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return 0;
  return sxy / Math.sqrt(sxx * syy);
}

/** Spearman's rank correlation: the Pearson correlation of the ranks. */
export function spearman(x: ArrayLike<number>, y: ArrayLike<number>): number {
  return pearson(ranks(x), ranks(y));
}

/** A series minus its mean, with its sum of squares: the fixed side of many correlations. */
export type CentredSeries = { values: Float64Array; sumOfSquares: number };

export function centred(y: ArrayLike<number>): CentredSeries {
  const n = y.length;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += y[i]!;
  mean /= n;
  const values = new Float64Array(n);
  let sumOfSquares = 0;
  for (let i = 0; i < n; i++) {
    const d = y[i]! - mean;
    values[i] = d;
    sumOfSquares += d * d;
  }
  return { values, sumOfSquares };
}

/**
 * Pearson correlations of `x` with two centred series in one pass over the data (the tornado
 * correlates every input with cost and with duration); each equals `pearson(x, series)` to
 * rounding, and is 0 when either side is constant.
 */
export function pearsonWithBoth(
  x: ArrayLike<number>,
  a: CentredSeries,
  b: CentredSeries,
): [number, number] {
  const n = x.length;
  let mx = 0;
  for (let i = 0; i < n; i++) mx += x[i]!;
  mx /= n;
  const av = a.values;
  const bv = b.values;
  let sxa = 0;
  let sxb = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i]! - mx;
    sxa += dx * av[i]!;
    sxb += dx * bv[i]!;
    sxx += dx * dx;
  }
  const correlation = (sxy: number, syy: number) =>
    sxx === 0 || syy === 0 ? 0 : sxy / Math.sqrt(sxx * syy);
  return [correlation(sxa, a.sumOfSquares), correlation(sxb, b.sumOfSquares)];
}
