import { throwIfIssues, type InputIssue } from '../errors.ts';
import type { RiskEvent } from '../network/network.ts';
import { readDistributionName, readRange } from './range.ts';
import { cellPath, readNumber, readTable, type ImportResult, type TableRow } from './table.ts';

/**
 * Columns of the risks CSV (DESIGN §3). `mitigation_cost` and `mitigated_probability` are
 * optional extras read by `fathom simulate --mitigated`: the cost of the mitigation (paid whether
 * or not the risk fires) and the probability after it.
 */
export const RISK_CSV_COLUMNS = [
  'id',
  'name',
  'probability',
  'task',
  'delay_min',
  'delay_likely',
  'delay_max',
  'cost_min',
  'cost_likely',
  'cost_max',
  'distribution',
  'mitigation_cost',
  'mitigated_probability',
] as const;
type RiskColumn = (typeof RISK_CSV_COLUMNS)[number];

export type RiskCsvOptions = {
  /** Ids of the network's tasks; when given, a risk naming another task is an error. */
  taskIds?: Iterable<string>;
};

/**
 * Reads a risks CSV into `RiskEvent`s. `distribution` (default `pert`) shapes both the delay
 * (working days added to `task`) and the cost impact; either may be left empty, and negative
 * values are opportunities. Probabilities are fractions (`0.3`) or percentages (`30%`). Every
 * problem is thrown at once as a `FathomInputError` with `row N, column "…"` paths.
 */
export function parseRiskCsv(
  text: string,
  options: RiskCsvOptions = {},
): ImportResult<RiskEvent[]> {
  const issues: InputIssue[] = [];
  const warnings: InputIssue[] = [];
  const table = readTable(
    text,
    { known: RISK_CSV_COLUMNS, key: 'id', rowNoun: 'risk' },
    issues,
    warnings,
  );
  if (!table) {
    throwIfIssues(issues);
    throw new Error('readTable returned no table and no issue');
  }
  const taskIds = options.taskIds ? new Set(options.taskIds) : undefined;
  const risks: RiskEvent[] = [];
  const lineOf = new Map<string, number>();
  for (const row of table.rows) {
    const id = row.get('id');
    const first = lineOf.get(id);
    if (id !== '' && first !== undefined) {
      issues.push({
        path: cellPath(row.line, 'id'),
        message: `duplicate risk id "${id}" (first used on row ${first})`,
      });
      continue;
    }
    lineOf.set(id, row.line);
    const risk = readRisk(row, taskIds, issues, warnings);
    if (risk) risks.push(risk);
  }

  throwIfIssues(issues);
  return { value: risks, warnings };
}

/** A probability cell: `0.3` or `30%`; `NaN` with an issue pushed when unusable. */
function readProbability(
  row: TableRow<RiskColumn>,
  column: RiskColumn,
  issues: InputIssue[],
): number | undefined {
  const text = row.get(column);
  const percent = text.endsWith('%');
  const value = percent
    ? readNumber({ line: row.line, get: () => text.slice(0, -1).trim() }, column, issues)
    : readNumber(row, column, issues);
  if (value === undefined || Number.isNaN(value)) return value;
  const p = percent ? value / 100 : value;
  if (p < 0 || p > 1) {
    issues.push({
      path: cellPath(row.line, column),
      message:
        !percent && p >= 2 && p <= 100
          ? `must be between 0 and 1, got ${value}; write ${value / 100} or ${value}%`
          : `must be between 0 and 1 (or 0% and 100%), got ${text}`,
    });
    return Number.NaN;
  }
  return p;
}

function readRisk(
  row: TableRow<RiskColumn>,
  taskIds: ReadonlySet<string> | undefined,
  issues: InputIssue[],
  warnings: InputIssue[],
): RiskEvent | undefined {
  const before = issues.length;
  const id = row.get('id');
  if (id === '') {
    issues.push({ path: cellPath(row.line, 'id'), message: 'missing; every risk needs an id' });
  }
  const probability = readProbability(row, 'probability', issues);
  if (probability === undefined) {
    issues.push({
      path: cellPath(row.line, 'probability'),
      message: 'missing; the chance that the risk happens, e.g. 0.3 or 30%',
    });
  }

  const type = readDistributionName(row, 'distribution', issues);
  const delay = type
    ? readRange(
        row,
        { min: 'delay_min', likely: 'delay_likely', max: 'delay_max' },
        type,
        { noun: 'delay', nonNegative: false },
        issues,
        warnings,
      )
    : undefined;
  const cost = type
    ? readRange(
        row,
        { min: 'cost_min', likely: 'cost_likely', max: 'cost_max' },
        type,
        { noun: 'cost', nonNegative: false },
        issues,
        warnings,
      )
    : undefined;

  const task = row.get('task');
  if (task === '' && delay) {
    issues.push({
      path: cellPath(row.line, 'task'),
      message: 'missing; a risk with a delay needs the id of the task it delays',
    });
  } else if (task !== '' && taskIds && !taskIds.has(task)) {
    issues.push({
      path: cellPath(row.line, 'task'),
      message: `unknown task id "${task}"; the task list has no row with that id`,
    });
  }

  const mitigationCost = readNumber(row, 'mitigation_cost', issues);
  if (mitigationCost !== undefined && mitigationCost < 0) {
    issues.push({
      path: cellPath(row.line, 'mitigation_cost'),
      message: `must be at least 0, got ${mitigationCost}`,
    });
  }
  const mitigatedProbability = readProbability(row, 'mitigated_probability', issues);

  if (issues.length > before || probability === undefined) return undefined;
  if (delay === null && cost === null) {
    warnings.push({
      path: `row ${row.line}`,
      message: `risk "${id}" has neither a delay nor a cost impact; it changes nothing`,
    });
  }
  const risk: RiskEvent = { id, probability };
  const name = row.get('name');
  if (name !== '') risk.name = name;
  if (task !== '') risk.task = task;
  if (delay) risk.delay = delay;
  if (cost) risk.cost = cost;
  if (mitigationCost !== undefined || mitigatedProbability !== undefined) {
    risk.mitigation = {
      cost: mitigationCost ?? 0,
      probability: mitigatedProbability ?? probability,
    };
  }
  return risk;
}
