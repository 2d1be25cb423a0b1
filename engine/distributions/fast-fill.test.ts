import { describe, expect, it } from 'vitest';
import { firstDifference } from '../../test/helpers/arrays.ts';
import { standardNormal } from '../random/normal.ts';
import { streamFor } from '../random/stream.ts';
import { betaQuantile, betaQuantileTable } from './beta-quantile-table.ts';
import { fillNormalFast, fillPertFast } from './fast-fill.ts';

/*
 * The inlined hot loops promise output identical to the plain samplers (same stream, same draws,
 * same generator state afterwards). 100,000 draws reach the ziggurat's slow paths (~1% of draws)
 * and its tail (~0.06%) many times, so the write-back of the generator state is exercised, and
 * the quantile table's power-law end cells (0.1% of draws) about 100 times.
 */
const N = 100_000;

describe('fillNormalFast', () => {
  it.each([false, true])('equals mu + sigma·standardNormal draw for draw (exp: %s)', (exp) => {
    const mu = 0.7;
    const sigma = 0.3;
    const fast = streamFor(9, 2, 77);
    const plain = streamFor(9, 2, 77);
    const got = new Float64Array(N + 3);
    fillNormalFast(fast, got, 3, N, mu, sigma, exp);
    const want = new Float64Array(N + 3);
    for (let i = 3; i < N + 3; i++) {
      const x = mu + sigma * standardNormal(plain);
      want[i] = exp ? Math.exp(x) : x;
    }
    expect(firstDifference(got, want)).toBe(-1);
    // The generator continues where the plain one does.
    expect(fast.nextU32()).toBe(plain.nextU32());
  });
});

describe('fillPertFast', () => {
  it('equals min + range·Q(u) from the beta quantile table, draw for draw', () => {
    const [min, mode, max] = [2, 3, 11];
    const range = max - min;
    const table = betaQuantileTable(1 + (4 * (mode - min)) / range, 1 + (4 * (max - mode)) / range);
    const fast = streamFor(4, 1, 5);
    const plain = streamFor(4, 1, 5);
    const got = new Float64Array(N);
    fillPertFast(fast, got, 0, N, min, range, table);
    const want = new Float64Array(N);
    for (let i = 0; i < N; i++) want[i] = min + range * betaQuantile(table, plain.nextFloat());
    expect(firstDifference(got, want)).toBe(-1);
    expect(fast.nextU32()).toBe(plain.nextU32());
  });
});
