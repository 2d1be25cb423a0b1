/**
 * Index of the first element where two arrays differ (compared with `Object.is`, so -0 ≠ +0 and
 * NaN = NaN), or -1 when they are identical. Much faster than `toEqual` on 100k-element arrays,
 * and the failure message points at the element.
 */
export function firstDifference(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) return Math.min(a.length, b.length);
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return i;
  return -1;
}
