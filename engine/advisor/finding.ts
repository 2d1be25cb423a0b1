/** How much a finding matters: a `critical` one can sink the plan. */
export type Severity = 'critical' | 'warning' | 'info';

/** One thing the advisor says about a plan (DESIGN §2 "Advisor"). */
export type Finding = {
  /** The rule that fired (stable id, for tests and for linking help). */
  rule: string;
  severity: Severity;
  /** What the plan forgot or risks, in plain words. */
  message: string;
  /** The lesson behind it: why it matters. */
  reason: string;
  /** Input paths that triggered it (e.g. `inputs.mlops.components.driftDetection`), for linking. */
  inputs: string[];
};
