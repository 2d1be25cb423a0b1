import type { BuiltScenario } from '../model/built-scenario.ts';
import type { SimulationResult } from '../simulation/result.ts';
import type { SCurvePoint } from '../statistics/histogram.ts';
import type { Finding } from '../advisor/finding.ts';

/** Calendar dates of the launch per percentile. */
export type FinishDates = { p10: string; p50: string; p80: string; p90: string };

/** A scenario's simulation, with calendar dates and everything needed to explain it. */
export type ScenarioResult = SimulationResult & {
  scenario: { id: string; name: string; template: string };
  startDate: string;
  finish: FinishDates;
  /** Launch date S-curve: probability of launching on or before each date. */
  finishSCurve: { date: string; probability: number }[];
  /** Working days to the deadline, when the project has one. */
  deadlineWorkingDays?: number;
  findings: Finding[];
  built: BuiltScenario;
};

export type { SCurvePoint };
