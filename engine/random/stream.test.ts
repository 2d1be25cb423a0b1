import { describe, expect, it } from 'vitest';
import type { Sfc32 } from './sfc32.ts';
import { hashKey, streamFor } from './stream.ts';

function firstOutputs(rng: Sfc32, count = 8): number[] {
  return Array.from({ length: count }, () => rng.nextU32());
}

/** Chi-square statistic of values in (0, 1) over `bins` equal bins. */
function chiSquare(values: readonly number[], bins: number): number {
  const counts = new Float64Array(bins);
  for (const v of values) {
    const k = Math.floor(v * bins);
    counts[k] = counts[k]! + 1;
  }
  const expected = values.length / bins;
  let chi2 = 0;
  for (const c of counts) chi2 += ((c - expected) * (c - expected)) / expected;
  return chi2;
}

/** scipy.stats.chi2.ppf(0.999, 63): 64 bins, alpha = 0.001. */
const CHI2_63_999 = 103.44;

describe('hashKey', () => {
  it('is 32-bit FNV-1a (published test vectors)', () => {
    expect(hashKey('')).toBe(0x811c9dc5);
    expect(hashKey('a')).toBe(0xe40c292c);
    expect(hashKey('foobar')).toBe(0xbf9cf968);
  });

  it('tells task ids apart that differ in one character', () => {
    expect(hashKey('task:a')).not.toBe(hashKey('task:b'));
    expect(hashKey('task:ab')).not.toBe(hashKey('task:ba'));
  });
});

describe('streamFor', () => {
  it('gives the same sequence for the same (seed, block, key)', () => {
    for (const [seed, block, key] of [
      [0, 0, 0],
      [1, 5, hashKey('task:a')],
      [2 ** 52, 4095, 0xffffffff],
    ] as const) {
      expect(firstOutputs(streamFor(seed, block, key), 64)).toEqual(
        firstOutputs(streamFor(seed, block, key), 64),
      );
    }
  });

  it('gives different sequences when the seed, the block or the key changes', () => {
    const base = firstOutputs(streamFor(1, 0, 100));
    expect(firstOutputs(streamFor(2, 0, 100))).not.toEqual(base);
    expect(firstOutputs(streamFor(1, 1, 100))).not.toEqual(base);
    expect(firstOutputs(streamFor(1, 0, 101))).not.toEqual(base);
    // Seeds beyond 32 bits: the high word counts too.
    expect(firstOutputs(streamFor(1 + 2 ** 32, 0, 100))).not.toEqual(base);
    // Swapping block and key must not give the same stream.
    expect(firstOutputs(streamFor(1, 100, 0))).not.toEqual(firstOutputs(streamFor(1, 0, 100)));
  });

  it('gives pairwise distinct streams across many nearby seeds, blocks and keys', () => {
    const seen = new Set<string>();
    let count = 0;
    for (let seed = 0; seed < 8; seed++) {
      for (let block = 0; block < 16; block++) {
        for (let key = 0; key < 16; key++) {
          seen.add(firstOutputs(streamFor(seed, block, key), 2).join(','));
          count++;
        }
      }
    }
    expect(seen.size).toBe(count);
  });

  it('gives uniform first draws across consecutive blocks and consecutive keys', () => {
    // Consecutive blocks and keys are what a run uses; a weak derivation of the stream state from
    // them would show as structure in the first draw. Same chi-square test as for one stream.
    const n = 64 * 500;
    const acrossBlocks = Array.from({ length: n }, (_, b) => streamFor(7, b, 12345).nextFloat());
    const acrossKeys = Array.from({ length: n }, (_, k) => streamFor(7, 3, k).nextFloat());
    const acrossSeeds = Array.from({ length: n }, (_, s) => streamFor(s, 0, 0).nextFloat());
    expect(chiSquare(acrossBlocks, 64)).toBeLessThan(CHI2_63_999);
    expect(chiSquare(acrossKeys, 64)).toBeLessThan(CHI2_63_999);
    expect(chiSquare(acrossSeeds, 64)).toBeLessThan(CHI2_63_999);
  });

  it('gives uncorrelated draws in neighbouring blocks', () => {
    // The i-th draws of block b and block b + 1 for the same key: independent streams have a
    // correlation of about N(0, 1/n); 5/√n bounds it at any sensible confidence.
    const n = 200_000;
    const x = streamFor(11, 0, 99);
    const y = streamFor(11, 1, 99);
    let sx = 0;
    let sy = 0;
    let sxy = 0;
    let sxx = 0;
    let syy = 0;
    for (let i = 0; i < n; i++) {
      const u = x.nextFloat() - 0.5;
      const v = y.nextFloat() - 0.5;
      sx += u;
      sy += v;
      sxy += u * v;
      sxx += u * u;
      syy += v * v;
    }
    const cov = sxy / n - (sx / n) * (sy / n);
    const r = cov / Math.sqrt((sxx / n - (sx / n) ** 2) * (syy / n - (sy / n) ** 2));
    expect(Math.abs(r)).toBeLessThan(5 / Math.sqrt(n));
  });
});
