import { describe, expect, it } from 'vitest';
import { betaCdf } from '../../test/helpers/exact-cdf.ts';
import {
  betaQuantile,
  betaQuantileTable,
  buildBetaQuantileTable,
  pertTableFor,
} from './beta-quantile-table.ts';

/*
 * The table stands in for the exact quantile function, so its error is measured directly: for
 * u on a grid finer than the table's (including the power-law end cells), the exact CDF at the
 * table's quantile must give u back. Measured: at most 3.6e-6 in the outer 0.1% on each side,
 * 5.7e-7 between P1 and P99 (for shapes near 1.3, where x^(α−1) bends most). The bounds below are 100× under the
 * smallest KS critical value a run of up to 10 million iterations could resolve (1.36/√10⁷ ≈
 * 4e-4), so no test or run can tell the table from the exact quantile function.
 */
const MAX_CDF_ERROR = 5e-6;
const MAX_CDF_ERROR_P1_TO_P99 = 1e-6;

/** BetaPERT shapes (λ = 4, α + β = 6): mode at the minimum, near it, inside, at the maximum. */
const SHAPES: [number, number][] = [
  [1, 5],
  [1.001, 4.999],
  [1.3, 4.7],
  [2, 4],
  [3, 3],
  [4.6, 1.4],
  [5, 1],
];

function probabilities(): number[] {
  const us: number[] = [];
  for (let k = 1; k < 20_000; k++) us.push(k / 20_000 + 1.7e-6);
  for (let e = 4; e <= 12; e++) us.push(10 ** -e, 1 - 10 ** -e);
  return us;
}

describe('beta quantile table', () => {
  it.each(SHAPES)('inverts the exact Beta(%s, %s) CDF', (alpha, beta) => {
    const table = buildBetaQuantileTable(alpha, beta);
    let worst = 0;
    let worstInside = 0;
    for (const u of probabilities()) {
      const error = Math.abs(betaCdf(betaQuantile(table, u), alpha, beta) - u);
      worst = Math.max(worst, error);
      if (u >= 0.01 && u <= 0.99) worstInside = Math.max(worstInside, error);
    }
    expect(worst).toBeLessThan(MAX_CDF_ERROR);
    expect(worstInside).toBeLessThan(MAX_CDF_ERROR_P1_TO_P99);
  });

  it('is monotone and stays inside [0, 1]', () => {
    for (const [alpha, beta] of SHAPES) {
      const table = buildBetaQuantileTable(alpha, beta);
      let previous = 0;
      for (const u of [1e-12, ...probabilities().sort((a, b) => a - b), 1 - 1e-12]) {
        const x = betaQuantile(table, u);
        expect(x).toBeGreaterThanOrEqual(previous);
        expect(x).toBeLessThanOrEqual(1);
        previous = x;
      }
    }
  });

  it('builds a shape once and reuses it', () => {
    expect(betaQuantileTable(2.5, 3.5)).toBe(betaQuantileTable(2.5, 3.5));
    expect(betaQuantileTable(2.5, 3.5)).not.toBe(betaQuantileTable(3.5, 2.5));
  });

  it('keeps a distribution its table when a plan has more shapes than the shared cache', () => {
    // 600 distinct shapes, more than the shared cache keeps: each distribution still builds its
    // table once, so a run does not rebuild them block after block.
    const distributions = Array.from({ length: 600 }, (_, i) => ({ shape: i }));
    const first = distributions.map((d, i) => pertTableFor(d, 1 + i / 150, 5 - i / 150));
    const again = distributions.map((d, i) => pertTableFor(d, 1 + i / 150, 5 - i / 150));
    expect(again.every((table, i) => table === first[i])).toBe(true);
    // The most recently used shapes are still shared across distributions (a new run, same plan).
    expect(pertTableFor({}, 1 + 599 / 150, 5 - 599 / 150)).toBe(first[599]);
  });
});
