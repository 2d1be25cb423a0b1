import { percentilesOf } from './order-statistics.ts';

/** Mean, standard deviation and the percentiles every result reports. */
export type Summary = {
  mean: number;
  sd: number;
  min: number;
  p10: number;
  p50: number;
  p80: number;
  p90: number;
  max: number;
};

/** Sum, least and greatest value (one loop per function: see order-statistics.ts). */
function sumAndExtent(values: ArrayLike<number>): { sum: number; min: number; max: number } {
  let sum = 0;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < values.length; i++) {
    const x = values[i]!;
    sum += x;
    if (x < min) min = x;
    if (x > max) max = x;
  }
  return { sum, min, max };
}

function squaredDeviations(values: ArrayLike<number>, mean: number): number {
  let squares = 0;
  for (let i = 0; i < values.length; i++) {
    const d = values[i]! - mean;
    squares += d * d;
  }
  return squares;
}

/** Mean, sample standard deviation (n − 1), least and greatest of values in any order. */
export function momentsOf(values: ArrayLike<number>): Pick<Summary, 'mean' | 'sd' | 'min' | 'max'> {
  const n = values.length;
  const { sum, min, max } = sumAndExtent(values);
  const mean = sum / n;
  return {
    mean,
    sd: n > 1 ? Math.sqrt(squaredDeviations(values, mean) / (n - 1)) : 0,
    min: n > 0 ? min : Number.NaN,
    max: n > 0 ? max : Number.NaN,
  };
}

/**
 * The summary of values in any order, selecting the percentiles' order statistics rather than
 * sorting (engine/statistics/order-statistics.ts).
 */
export function summarizeValues(values: ArrayLike<number>): Summary {
  const [p10, p50, p80, p90] = percentilesOf(values, [10, 50, 80, 90]);
  return { ...momentsOf(values), p10: p10!, p50: p50!, p80: p80!, p90: p90! };
}
