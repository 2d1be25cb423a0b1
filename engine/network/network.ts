import type { Distribution } from '../distributions/distribution.ts';

/** One unit of work in the task network. */
export type Task = {
  id: string;
  name?: string;
  /** Duration in working days. */
  duration: Distribution;
  /** Ids of tasks that must finish before this one starts. */
  dependsOn?: readonly string[];
  /** Cost per working day of this task (its duration, risk delays included, is billed at it). */
  rate?: number;
  /** One-off cost of the task; a distribution when the amount is uncertain. */
  fixedCost?: number | Distribution;
  /** Cost category (e.g. `model`, `data`); used for cost-by-category results. */
  category?: string;
  /** Phase name; used for cost-by-phase and the phase Gantt. */
  phase?: string;
};

/**
 * A shared uncertain multiplier applied to the durations of a set of tasks: the way Fathom
 * correlates work ("if the data is worse than we think, cleaning, labeling and training all grow
 * together") without a correlation matrix.
 */
export type Driver = {
  id: string;
  name?: string;
  multiplier: Distribution;
  tasks: readonly string[];
};

/** A mitigation changes a risk's probability for a cost paid whether or not the risk fires. */
export type Mitigation = { cost: number; probability: number };

/**
 * A risk event: with `probability` it fires, adding `delay` working days to `task` (billed at the
 * task's rate) and `cost` to the total. Negative impacts are opportunities.
 */
export type RiskEvent = {
  id: string;
  name?: string;
  probability: number;
  task?: string;
  delay?: Distribution;
  cost?: Distribution;
  mitigation?: Mitigation;
};

export type Network = {
  tasks: readonly Task[];
  drivers?: readonly Driver[];
  risks?: readonly RiskEvent[];
};
