/** Named defaults of the engine (STYLE.md: one constants module, no scattered literals). */

/** Version reported in results and reports; bump when the same seed would give other numbers. */
export const ENGINE_VERSION = '0.2.1';

export const DEFAULT_ITERATIONS = 10_000;
export const DEFAULT_SEED = 1;
export const MAX_ITERATIONS = 10_000_000;

/**
 * Iterations per block. The kernel loops per task over a block (cache-sized, typed arrays), and
 * every random stream is keyed by its global block index, so any split of the blocks into chunks
 * gives identical results.
 */
export const BLOCK_SIZE = 2048;

/** BetaPERT shape parameter. */
export const PERT_LAMBDA = 4;

/** Percentiles every summary reports. */
export const SUMMARY_PERCENTILES = [10, 50, 80, 90] as const;

export const DEFAULT_HISTOGRAM_BINS = 40;
/** Points of an S-curve (cumulative distribution), evenly spaced in probability. */
export const S_CURVE_POINTS = 101;

/**
 * Rank correlations (sensitivity) and per-task percentiles are computed on the first
 * `SENSITIVITY_SAMPLE` iterations: it bounds memory at 100k × 200 tasks (DESIGN speed targets)
 * while the standard error of a correlation stays near 1/√10000 = 0.01.
 */
export const SENSITIVITY_SAMPLE = 10_000;

/** Relative tolerance under which a task's float counts as zero (it is critical). */
export const CRITICAL_FLOAT_EPSILON = 1e-9;

/** z-value of the 95th percentile of the standard normal; p5/p95 intervals use ±this. */
export const Z95 = 1.6448536269514722;
