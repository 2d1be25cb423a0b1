import type { SCurvePoint } from '../statistics/histogram.ts';

/** How a number differs from the baseline's. */
export type Delta = {
  /** value − baseline value. */
  absolute: number;
  /** `absolute` ÷ |baseline value|; `null` when the baseline value is 0. */
  relative: number | null;
};

/** A scenario's number and its difference from the baseline (`delta` is 0 for the baseline). */
export type ComparedValue = { value: number; delta: Delta };

/** A finish date and how much later (positive) or earlier (negative) it is than the baseline's. */
export type ComparedDate = {
  /** ISO date. */
  date: string;
  /** Working days from the start date up to and including `date`. */
  workingDays: number;
  delta: { workingDays: number; calendarDays: number };
};

/** One category's build cost (running costs in the `running` category), with the mean's delta. */
export type CategoryCost = { mean: number; p50: number; p80: number; delta: Delta };

/** One scenario's row of the comparison table. */
export type ScenarioComparison = {
  id: string;
  name: string;
  template: string;
  isBaseline: boolean;
  cost: { p50: ComparedValue; p80: ComparedValue };
  finish: { p50: ComparedDate; p80: ComparedDate };
  /** Share of the build cost outside the visible work (model), at P50. */
  hiddenShareP50: ComparedValue;
  /** Build plus running costs over the horizon; the build cost when nothing runs after launch. */
  tco: { p50: ComparedValue; p80: ComparedValue };
  /** Probability that the build cost stays within the project's budget; `null` without a budget. */
  withinBudget: ComparedValue | null;
  /** Probability of launching by the project's deadline; `null` without a deadline. */
  byDeadline: ComparedValue | null;
  /** Probability that the PoC stops the project; `null` when the plan has no go/no-go gate. */
  noGo: ComparedValue | null;
  /** Every category of the comparison (`Comparison.categories`), 0 where this scenario has none. */
  costByCategory: Record<string, CategoryCost>;
  /** S-curves to overlay: probability of a cost, a duration or a launch date at or below each value. */
  sCurve: {
    cost: SCurvePoint[];
    /** Working days from the start. */
    duration: SCurvePoint[];
    finish: { date: string; probability: number }[];
  };
};

/**
 * The scenarios of a project side by side, each against the baseline. All were simulated with the
 * same iterations and seed, so tasks, drivers and risks they share drew the same random numbers
 * (common random numbers): a delta reflects the change between scenarios, not sampling noise.
 */
export type Comparison = {
  baselineId: string;
  iterations: number;
  seed: number;
  currency: string;
  startDate: string;
  budget?: number;
  deadline?: string;
  /** Categories of cost, the visible one first, then the hidden ones, then any others. */
  categories: string[];
  /** In the project's order. */
  scenarios: ScenarioComparison[];
};
