import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstDifference } from '../../test/helpers/arrays.ts';
import { radixOrderFloat32, radixSortFloat64 } from './radix-sort.ts';

/** Ascending with -0 before +0, as `TypedArray.prototype.sort` orders them. */
function byValue(a: number, b: number): number {
  if (a < b) return -1;
  if (a > b) return 1;
  if (Object.is(a, -0) && Object.is(b, 0)) return -1;
  if (Object.is(a, 0) && Object.is(b, -0)) return 1;
  return 0;
}

/**
 * Values that stress a sort on float bit patterns: negatives (whose bits sort backwards), -0 and
 * +0, duplicates, tiny and huge magnitudes, infinities.
 */
const tricky = fc.oneof(
  fc.double({ noNaN: true }),
  fc.constantFrom(
    0,
    -0,
    1,
    -1,
    0.5,
    -0.5,
    Number.MIN_VALUE,
    -Number.MIN_VALUE,
    Infinity,
    -Infinity,
  ),
  fc.integer({ min: -3, max: 3 }),
);

function expectSorted64(values: readonly number[]): void {
  const want = [...values].sort(byValue);
  const got = radixSortFloat64(values);
  expect(got).toBeInstanceOf(Float64Array);
  expect(firstDifference(got, want)).toBe(-1);
}

describe('radixSortFloat64', () => {
  it('sorts fewer than 64 values (the comparison-sort path) like a comparator sort', () => {
    fc.assert(
      fc.property(fc.array(tricky, { maxLength: 63 }), (values) => expectSorted64(values)),
      { numRuns: 300, seed: 1 },
    );
  });

  // Regression (fixed in a802cce): the scatter step took the bucket count after incrementing it,
  // so every value landed one slot too far, slot 0 decoded to NaN and the largest value was lost.
  it('sorts 64 or more values like a comparator sort', () => {
    fc.assert(
      fc.property(fc.array(tricky, { minLength: 64, maxLength: 3000 }), (values) =>
        expectSorted64(values),
      ),
      { numRuns: 100, seed: 2 },
    );
  });

  it('sorts a descending run of 64 values', () => {
    const values = Array.from({ length: 64 }, (_, i) => 64.5 - i);
    expectSorted64(values);
  });

  it('sorts values that share all high bits (the pass-skipping shortcut)', () => {
    // All equal: every digit pass is skipped (the regression above did not show here).
    expectSorted64(Array(100).fill(3.25));
    expectSorted64(Array(100).fill(-0));
  });

  it('does not modify its input', () => {
    const input = Float64Array.from({ length: 200 }, (_, i) => Math.sin(i));
    const copy = input.slice();
    radixSortFloat64(input);
    expect(firstDifference(input, copy)).toBe(-1);
  });
});

describe('radixOrderFloat32', () => {
  it('orders indices by single-precision value, stably, with -0 and +0 one key', () => {
    fc.assert(
      fc.property(fc.array(tricky, { maxLength: 3000 }), (values) => {
        const { order, keys } = radixOrderFloat32(values);
        const f = Float32Array.from(values);
        const want = Array.from(f.keys()).sort((i, j) =>
          f[i]! < f[j]! ? -1 : f[i]! > f[j]! ? 1 : i - j,
        );
        // -0 == +0 as values, so the stable order keeps their input order.
        expect(Array.from(order)).toEqual(want);
        for (let k = 0; k + 1 < order.length; k++) {
          const [a, b] = [order[k]!, order[k + 1]!];
          expect(keys[a]! === keys[b]!).toBe(f[a] === f[b]);
        }
      }),
      { numRuns: 100, seed: 4 },
    );
  });
});
