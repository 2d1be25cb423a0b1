/**
 * Per-iteration values kept for the first `SENSITIVITY_SAMPLE` iterations only: inputs for rank
 * correlations, per-task, per-phase and per-month percentiles. Columns are indexed like the
 * compiled network.
 */
export type SampleColumns = {
  /** First iteration (global index) these columns hold, and how many. */
  offset: number;
  length: number;
  /** Per task; empty (no columns) when the run was told to skip per-task samples (headline). */
  taskDuration: Float32Array[];
  /** Cost of each task, its share of span charges included. */
  taskCost: Float32Array[];
  taskStart: Float32Array[];
  /** Per phase: earliest start, latest finish and cost of its tasks (phase Gantt and costs). */
  phaseStart: Float32Array[];
  phaseFinish: Float32Array[];
  phaseCost: Float32Array[];
  driverValue: Float32Array[];
  riskFired: Uint8Array[];
  recurringMultiplier: Float32Array[];
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
  /** Build cost up to launch (risks included), per iteration. */
  cost: Float64Array;
  /** Running cost over the horizon after launch, per iteration (0 without recurring costs). */
  runCost: Float64Array;
  /** Cost spent by the go/no-go decision, per iteration (0 without a gate). */
  stoppedCost: Float64Array;
  /** Build cost per category (compiled network's `categories`), per iteration. */
  categoryCost: Float64Array[];
  /** Running cost over the horizon per category, per iteration (empty for categories without any). */
  runCategoryCost: Float64Array[];
  /** Per task: in how many iterations of the chunk it was critical (zero float). */
  criticalCount: Float64Array;
  /** Per risk: in how many iterations it fired. */
  riskFiredCount: Float64Array;
  /** Iterations in which the gate said no-go, and in which the reference-class shock hit. */
  noGoCount: number;
  shockCount: number;
  sample: SampleColumns | undefined;
};
