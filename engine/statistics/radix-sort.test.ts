import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { radixOrderFloat32 } from './radix-sort.ts';

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
