import type { HistogramBin, SCurvePoint } from '../statistics/histogram.ts';
import type { Summary } from '../statistics/summary.ts';

/** Rank correlation of one input (task duration, driver multiplier or risk occurrence) with an output. */
export type SensitivityEntry = {
  id: string;
  name: string;
  kind: 'task' | 'driver' | 'risk';
  rho: number;
};

export type Quantiles = { mean: number; p50: number; p80: number };

export type TaskStatistics = {
  id: string;
  name: string;
  category: string;
  phase: string;
  /** Fraction of iterations in which the task was on a critical path. */
  criticality: number;
  duration: Quantiles;
  cost: Quantiles;
  start: Quantiles;
  finish: Quantiles;
};

export type PhaseStatistics = {
  name: string;
  start: Quantiles;
  finish: Quantiles;
  cost: Quantiles;
};

export type RiskStatistics = { id: string; name: string; firedFraction: number };

/** Running cost of one month after launch. */
export type MonthlyCost = { month: number; mean: number; p50: number; p80: number };

/**
 * Everything a simulation reports. The keys of DESIGN §3 (`iterations`, `seed`, `engineVersion`,
 * `duration`, `cost`, `criticality`, `sensitivity`) are a fixed interface; the rest may grow.
 */
export type SimulationResult = {
  iterations: number;
  seed: number;
  engineVersion: string;
  mitigated: boolean;
  duration: Summary & { unit: 'working days' };
  cost: Summary & { currency: string };
  criticality: Record<string, number>;
  sensitivity: { cost: SensitivityEntry[]; duration: SensitivityEntry[]; sampleSize: number };
  /** Probability of meeting the budget, the deadline, and both, when they were given. */
  probabilities: { withinBudget?: number; withinDeadline?: number; both?: number };
  /** How far P80 moved (relative) when the last tenth of the iterations was added. */
  convergence: { durationP80: number; costP80: number };
  histogram: { duration: HistogramBin[]; cost: HistogramBin[] };
  sCurve: { duration: SCurvePoint[]; cost: SCurvePoint[] };
  costByCategory: Record<string, Summary>;
  tasks: TaskStatistics[];
  phases: PhaseStatistics[];
  risks: RiskStatistics[];
  /** Running costs over the horizon and build + running (total cost of ownership); with recurring costs. */
  runCost?: Summary;
  tco?: Summary;
  runCostPerMonth?: MonthlyCost[];
  /** Share of the build cost outside the visible categories (`options.visibleCategories`). */
  hiddenShare?: Summary;
  /** Probability the go/no-go gate stops the project, and what is spent by then; with a gate. */
  noGo?: number;
  costIfStopped?: Summary;
  /** Fraction of iterations hit by the reference-class shock; with a shock. */
  shockFraction?: number;
};
