/*
 * BetaPERT draws by inverse transform from a quantile table. A PERT draw through two
 * Marsaglia–Tsang gamma draws costs ~4 generator steps, a logarithm and a division, and was 40% of
 * the kernel's time at 200 tasks (`npm run bench:profile`); a table lookup costs one step and a
 * linear interpolation. The table is the beta's quantile function at CELLS + 1 evenly spaced
 * probabilities, computed from the density integrated on a fine grid, joined by cubic Hermite
 * pieces with the exact slopes 1/f(Q); the two end cells, where the quantile function is
 * steepest, follow the beta's power-law tails. Its error in the CDF is below 5e-6 in the outer
 * tails and 1e-6 between P1 and P99 (beta-quantile-table.test.ts), far under the noise of any
 * Monte Carlo run.
 */

/** Cells of the quantile table (evenly spaced in probability). */
export const QUANTILE_CELLS = 2048;
/** Cells of the grid in x on which the density is integrated into the CDF. */
const DENSITY_CELLS = 4096;
/**
 * Tables kept for reuse across runs (a planning session edits the same shapes over and over; a
 * table is 64 KB, so 256 of them hold 16 MB). Beyond that the least recently used go; a run's
 * own distributions keep theirs for as long as the run's network lives (`pertTableFor`).
 */
const CACHE_LIMIT = 256;

/** The quantile function of Beta(α, β) on a table, with what its end cells need. */
export type BetaQuantileTable = {
  readonly alpha: number;
  readonly beta: number;
  /**
   * Cubic pieces of Q on the inner cells [k/N, (k+1)/N), k = 1 … N − 2 (N = QUANTILE_CELLS):
   * coefficients c0…c3 at 4k … 4k + 3 of Q = c0 + t·(c1 + t·(c2 + t·c3)), t = u·N − k.
   */
  readonly cells: Float64Array;
  /** Q(1/N) and 1 − Q(1 − 1/N): the end cells' power laws start from them. */
  readonly firstKnot: number;
  readonly lastKnotGap: number;
  readonly inverseAlpha: number;
  readonly inverseBeta: number;
};

type LogGrid = {
  /** log x and log(1 − x) at the grid points j/M, j = 0 … M (−∞ at the ends). */
  logX: Float64Array;
  logOneMinusX: Float64Array;
  /** The same at the cells' midpoints (j + ½)/M, j = 0 … M − 1. */
  logMid: Float64Array;
  logOneMinusMid: Float64Array;
};

let logGrid: LogGrid | undefined;

/** Logarithms on the density grid, computed once and shared by every table. */
function grid(): LogGrid {
  if (!logGrid) {
    const M = DENSITY_CELLS;
    const logX = new Float64Array(M + 1);
    const logOneMinusX = new Float64Array(M + 1);
    const logMid = new Float64Array(M);
    const logOneMinusMid = new Float64Array(M);
    for (let j = 0; j <= M; j++) {
      logX[j] = Math.log(j / M);
      logOneMinusX[j] = Math.log1p(-j / M);
      if (j < M) {
        logMid[j] = Math.log((j + 0.5) / M);
        logOneMinusMid[j] = Math.log1p(-(j + 0.5) / M);
      }
    }
    logGrid = { logX, logOneMinusX, logMid, logOneMinusMid };
  }
  return logGrid;
}

/** Builds the table for shapes α, β ≥ 1 (BetaPERT's shapes are always in [1, 1 + λ]). */
export function buildBetaQuantileTable(alpha: number, beta: number): BetaQuantileTable {
  const { logX, logOneMinusX, logMid, logOneMinusMid } = grid();
  const a1 = alpha - 1;
  const b1 = beta - 1;
  // CDF at the grid points, cell by cell. Near 0 the density x^(α−1)(1 − x)^(β−1) has an
  // infinite second derivative when α < 2, which spoils the trapezoid rule, so each cell of the
  // lower half integrates x^(α−1) exactly, ((x₁^α − x₀^α)/α), times (1 − x)^(β−1) at its
  // midpoint; the upper half does the mirror image.
  const M = DENSITY_CELLS;
  const half = M / 2;
  const cdf = new Float64Array(M + 1);
  let low = 0; // x_j^α
  for (let j = 0; j < half; j++) {
    const high = Math.exp(alpha * logX[j + 1]!);
    cdf[j + 1] = cdf[j]! + (Math.exp(b1 * logOneMinusMid[j]!) * (high - low)) / alpha;
    low = high;
  }
  let tail = Math.exp(beta * logOneMinusX[half]!); // (1 − x_j)^β
  for (let j = half; j < M; j++) {
    const next = j + 1 === M ? 0 : Math.exp(beta * logOneMinusX[j + 1]!);
    cdf[j + 1] = cdf[j]! + (Math.exp(a1 * logMid[j]!) * (tail - next)) / beta;
    tail = next;
  }
  const total = cdf[DENSITY_CELLS]!;
  for (let j = 1; j <= DENSITY_CELLS; j++) cdf[j] = cdf[j]! / total;

  // Invert: walk the CDF once for the evenly spaced probabilities.
  const knots = new Float64Array(QUANTILE_CELLS + 1);
  let j = 0;
  for (let k = 1; k < QUANTILE_CELLS; k++) {
    const u = k / QUANTILE_CELLS;
    while (cdf[j + 1]! < u) j++;
    const low = cdf[j]!;
    const high = cdf[j + 1]!;
    knots[k] = (j + (high > low ? (u - low) / (high - low) : 0)) / DENSITY_CELLS;
  }
  knots[QUANTILE_CELLS] = 1;

  // Cubic Hermite pieces between the inner knots, with the exact slopes dQ/ds = 1/(N·f(Q)) in
  // cell units (s = u·N): 4 coefficients per cell, Q = c0 + t·(c1 + t·(c2 + t·c3)), t in [0, 1).
  const densityScale = 1 / total;
  const slope = (x: number) =>
    1 / (QUANTILE_CELLS * densityScale * Math.exp(a1 * Math.log(x) + b1 * Math.log(1 - x)));
  const cells = new Float64Array(4 * QUANTILE_CELLS);
  let q0 = knots[1]!;
  let m0 = slope(q0);
  for (let i = 1; i < QUANTILE_CELLS - 1; i++) {
    const q1 = knots[i + 1]!;
    const m1 = slope(q1);
    const dq = q1 - q0;
    cells[4 * i] = q0;
    cells[4 * i + 1] = m0;
    cells[4 * i + 2] = 3 * dq - 2 * m0 - m1;
    cells[4 * i + 3] = -2 * dq + m0 + m1;
    q0 = q1;
    m0 = m1;
  }
  return {
    alpha,
    beta,
    cells,
    firstKnot: knots[1]!,
    lastKnotGap: 1 - knots[QUANTILE_CELLS - 1]!,
    inverseAlpha: 1 / alpha,
    inverseBeta: 1 / beta,
  };
}

const cache = new Map<string, BetaQuantileTable>();

/** The table for Beta(α, β), built once and reused (least recently used evicted first). */
export function betaQuantileTable(alpha: number, beta: number): BetaQuantileTable {
  const key = `${alpha} ${beta}`;
  let table = cache.get(key);
  if (table) {
    // Map keeps insertion order: re-inserting marks the table as the most recently used.
    cache.delete(key);
  } else {
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
    table = buildBetaQuantileTable(alpha, beta);
  }
  cache.set(key, table);
  return table;
}

const byDistribution = new WeakMap<object, BetaQuantileTable>();

/**
 * The table of one distribution object, held as long as that object lives: the kernel asks for
 * it once per block, and a plan with more distinct shapes than the shared cache holds must not
 * rebuild its tables every block.
 */
export function pertTableFor(distribution: object, alpha: number, beta: number): BetaQuantileTable {
  let table = byDistribution.get(distribution);
  if (!table) {
    table = betaQuantileTable(alpha, beta);
    byDistribution.set(distribution, table);
  }
  return table;
}

/**
 * Q(u) for u in (0, 1): the cubic piece of its cell, power-law in the end cells (near 0 the CDF
 * grows like x^α, so Q(u) = Q(u₁)·(u/u₁)^(1/α); near 1 likewise with β).
 */
export function betaQuantile(table: BetaQuantileTable, u: number): number {
  const s = u * QUANTILE_CELLS;
  const i = s | 0;
  if (i === 0) return table.firstKnot * Math.pow(s, table.inverseAlpha);
  if (i >= QUANTILE_CELLS - 1) {
    return 1 - table.lastKnotGap * Math.pow(QUANTILE_CELLS - s, table.inverseBeta);
  }
  const c = table.cells;
  const o = 4 * i;
  const t = s - i;
  return c[o]! + t * (c[o + 1]! + t * (c[o + 2]! + t * c[o + 3]!));
}
