import { describe, expect, it } from 'vitest';
import { summarizeValues } from './summary.ts';

describe('summarizeValues', () => {
  it('gives mean, sample sd (n − 1), min, max and numpy-linear percentiles', () => {
    // numpy: x = [1, 3, 3, 7, 10]; x.mean() = 4.8, x.std(ddof=1) = 3.63318042491699,
    // np.percentile(x, [10, 50, 80, 90]) = [1.8, 3, 7.6, 8.8].
    const s = summarizeValues(Float64Array.from([7, 3, 10, 1, 3]));
    expect(s.mean).toBeCloseTo(4.8, 14);
    expect(s.sd).toBeCloseTo(3.63318042491699, 13);
    expect(s.min).toBe(1);
    expect(s.max).toBe(10);
    expect(s.p10).toBeCloseTo(1.8, 13);
    expect(s.p50).toBe(3);
    expect(s.p80).toBeCloseTo(7.6, 13);
    expect(s.p90).toBeCloseTo(8.8, 13);
  });

  it('gives sd 0 for a single value or a constant', () => {
    expect(summarizeValues([4])).toEqual({
      mean: 4,
      sd: 0,
      min: 4,
      p10: 4,
      p50: 4,
      p80: 4,
      p90: 4,
      max: 4,
    });
    expect(summarizeValues(new Float64Array(1000).fill(2.5)).sd).toBe(0);
  });
});
