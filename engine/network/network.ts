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
  /**
   * Also multiply the tasks' one-off costs (e.g. the number of PoC iterations scales both the
   * experiment work and its training compute).
   */
  scalesCost?: boolean;
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

/**
 * People paid for a span of the schedule rather than for their effort (dedicated team members):
 * from the earliest start of `tasks` to the project's finish, at `ratePerDay`. A slipping schedule
 * therefore raises their cost. Each iteration's span cost is spread over `tasks` in proportion to
 * their durations, so cost by task and by category include it.
 */
export type SpanCharge = {
  id: string;
  name?: string;
  ratePerDay: number;
  tasks: readonly string[];
};

/**
 * A go/no-go decision at the end of `task` (the PoC): with `noGoProbability` the project stops
 * there. Results report that probability and the cost spent by then (the task's ancestors, itself,
 * and span charges up to its finish); the main cost and duration are those of the plan that goes.
 */
export type Gate = { task: string; noGoProbability: number };

/** A cost that recurs every month after launch (running the model). */
export type RecurringCost = {
  id: string;
  name?: string;
  category?: string;
  /** Amount for each month after launch; its length is the horizon. */
  monthly: readonly number[];
  /** Uncertainty of the whole stream: one draw per iteration multiplies every month. */
  multiplier?: Distribution;
};

/**
 * The outside view (reference-class uplift): with `probability` a project-wide shock multiplies
 * every duration by a draw of `schedule` and the total cost by a draw of `cost`; otherwise
 * durations are multiplied by `otherwise` (e.g. 0.92, so the overall mean matches the data).
 */
export type ProjectShock = {
  probability: number;
  schedule: Distribution;
  cost: Distribution;
  otherwise: number;
};

export type Network = {
  tasks: readonly Task[];
  drivers?: readonly Driver[];
  risks?: readonly RiskEvent[];
  spanCharges?: readonly SpanCharge[];
  gate?: Gate;
  recurring?: readonly RecurringCost[];
  shock?: ProjectShock;
};
