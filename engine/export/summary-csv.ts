import type { ComparedValue, Comparison, ScenarioComparison } from '../compare/comparison.ts';
import { csvOf, type CsvColumn } from './csv-writer.ts';

const MONEY = 2;
const FRACTION = 6;

type Row = ScenarioComparison & { currency: string };
type Column = CsvColumn<Row>;

const money = (name: string, pick: (r: Row) => ComparedValue | null): Column[] => [
  { name, cell: (r) => pick(r)?.value, decimals: MONEY },
];
const fraction = (name: string, pick: (r: Row) => ComparedValue | null): Column => ({
  name,
  cell: (r) => pick(r)?.value,
  decimals: FRACTION,
});
/** Absolute and relative delta columns of a value. */
const deltas = (
  name: string,
  pick: (r: Row) => ComparedValue | null,
  decimals: number,
): Column[] => [
  { name: `${name}_delta`, cell: (r) => pick(r)?.delta.absolute, decimals },
  { name: `${name}_delta_rel`, cell: (r) => pick(r)?.delta.relative, decimals: FRACTION },
];

/**
 * The columns of the summary CSV, in order. Money is in the project's currency (column
 * `currency`), fractions and probabilities are between 0 and 1, dates are ISO, `*_delta` is the
 * scenario minus the baseline and `*_delta_rel` that difference over the baseline's value.
 */
const columns: Column[] = [
  { name: 'scenario_id', cell: (r) => r.id },
  { name: 'scenario_name', cell: (r) => r.name },
  { name: 'template', cell: (r) => r.template },
  { name: 'baseline', cell: (r) => r.isBaseline },
  { name: 'currency', cell: (r) => r.currency },
  ...money('cost_p50', (r) => r.cost.p50),
  ...money('cost_p80', (r) => r.cost.p80),
  { name: 'finish_p50', cell: (r) => r.finish.p50.date },
  { name: 'finish_p80', cell: (r) => r.finish.p80.date },
  fraction('hidden_share_p50', (r) => r.hiddenShareP50),
  ...money('tco_p50', (r) => r.tco.p50),
  ...money('tco_p80', (r) => r.tco.p80),
  fraction('p_within_budget', (r) => r.withinBudget),
  fraction('p_by_deadline', (r) => r.byDeadline),
  fraction('p_no_go', (r) => r.noGo),
  ...deltas('cost_p50', (r) => r.cost.p50, MONEY),
  ...deltas('cost_p80', (r) => r.cost.p80, MONEY),
  { name: 'finish_p50_delta_working_days', cell: (r) => r.finish.p50.delta.workingDays },
  { name: 'finish_p50_delta_calendar_days', cell: (r) => r.finish.p50.delta.calendarDays },
  { name: 'finish_p80_delta_working_days', cell: (r) => r.finish.p80.delta.workingDays },
  { name: 'finish_p80_delta_calendar_days', cell: (r) => r.finish.p80.delta.calendarDays },
  {
    name: 'hidden_share_p50_delta',
    cell: (r) => r.hiddenShareP50.delta.absolute,
    decimals: FRACTION,
  },
  ...deltas('tco_p50', (r) => r.tco.p50, MONEY),
  ...deltas('tco_p80', (r) => r.tco.p80, MONEY),
  {
    name: 'p_within_budget_delta',
    cell: (r) => r.withinBudget?.delta.absolute,
    decimals: FRACTION,
  },
  { name: 'p_by_deadline_delta', cell: (r) => r.byDeadline?.delta.absolute, decimals: FRACTION },
];

/** Header names of the summary CSV, in order (for docs and for readers that check them). */
export const SUMMARY_CSV_COLUMNS: readonly string[] = columns.map((c) => c.name);

/**
 * The comparison as CSV, one row per scenario after a header row (see `SUMMARY_CSV_COLUMNS`).
 * Numbers are plain (dot decimal, no thousands separators); cells without a value (no budget, no
 * deadline, no relative change from 0) are empty; fields are quoted per RFC 4180.
 */
export function summaryCsv(comparison: Comparison): string {
  return csvOf(
    columns,
    comparison.scenarios.map((s) => ({ ...s, currency: comparison.currency })),
  );
}
