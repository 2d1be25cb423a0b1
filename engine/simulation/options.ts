export type SimulationOptions = {
  iterations: number;
  seed: number;
  /** Simulate risks with their mitigation (post-mitigation probability plus its cost). */
  mitigated?: boolean;
  /** Budget to test against, in currency; gives `probabilities.withinBudget`. */
  budget?: number;
  /** Deadline to test against, in working days from the start; gives `probabilities.withinDeadline`. */
  deadline?: number;
  histogramBins?: number;
  currency?: string;
  /**
   * `full` (default) adds rank correlations (the tornado) and per-task percentiles; `headline`
   * skips them, for the app's quick first estimate: ranking every input is the most expensive
   * statistic. `outcome` keeps only duration and build cost (summaries, histograms, S-curves,
   * convergence), the probabilities, the gate's and the shock's figures and how often each risk
   * fired, with the same numbers as a full run: criticality, cost by category and phase are
   * empty, and running costs, TCO and the hidden share absent. A report's mitigation
   * counterpart needs no more.
   */
  detail?: 'headline' | 'full' | 'outcome';
  /** Categories of visible work; the rest of the build cost is the hidden share (e.g. `['model']`). */
  visibleCategories?: readonly string[];
};
