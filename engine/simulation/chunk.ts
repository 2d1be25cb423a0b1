/**
 * Per-iteration values kept for the first `SENSITIVITY_SAMPLE` iterations only: inputs for rank
 * correlations, per-task and per-phase percentiles. Columns are indexed like the compiled network.
 */
export type SampleColumns = {
  /** First iteration (global index) these columns hold, and how many. */
  offset: number;
  length: number;
  taskDuration: Float32Array[];
  taskCost: Float32Array[];
  taskStart: Float32Array[];
  driverValue: Float32Array[];
  riskFired: Uint8Array[];
};

/** What the kernel returns for a run of consecutive blocks. Chunks merge in block order. */
export type ChunkResult = {
  firstBlock: number;
  blockCount: number;
  /** Global index of the first iteration in this chunk, and the number of iterations. */
  offset: number;
  length: number;
  /** Project duration in working days, per iteration. */
  duration: Float64Array;
  /** Total cost, per iteration. */
  cost: Float64Array;
  /** Cost per category (compiled network's `categories`), per iteration. */
  categoryCost: Float64Array[];
  /** Per task: in how many iterations of the chunk it was critical (zero float). */
  criticalCount: Float64Array;
  /** Per risk: in how many iterations it fired. */
  riskFiredCount: Float64Array;
  sample: SampleColumns | undefined;
};
