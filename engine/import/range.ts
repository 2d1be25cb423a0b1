import type { Distribution } from '../distributions/distribution.ts';
import { validateDistribution } from '../distributions/validate.ts';
import type { InputIssue } from '../errors.ts';
import { cellPath, readNumber, type TableRow } from './table.ts';

/** Distribution names a CSV may use; `pert` when the cell is empty. */
export const CSV_DISTRIBUTIONS = [
  'pert',
  'triangular',
  'uniform',
  'lognormal',
  'normal',
  'fixed',
] as const;
export type CsvDistribution = (typeof CSV_DISTRIBUTIONS)[number];

/** Reads the `distribution` cell; pushes an issue and returns `undefined` for an unknown name. */
export function readDistributionName<C extends string>(
  row: TableRow<C>,
  column: C,
  issues: InputIssue[],
): CsvDistribution | undefined {
  const text = row.get(column).toLowerCase();
  if (text === '') return 'pert';
  const name = CSV_DISTRIBUTIONS.find((d) => d === text);
  if (!name) {
    issues.push({
      path: cellPath(row.line, column),
      message: `unknown distribution ${JSON.stringify(row.get(column))}; use one of ${CSV_DISTRIBUTIONS.join(', ')} (empty means pert)`,
    });
  }
  return name;
}

/** The three cells of a range, e.g. `min`/`likely`/`max` or `delay_min`/`delay_likely`/`delay_max`. */
export type RangeColumns<C extends string> = { min: C; likely: C; max: C };

export type RangeOptions = {
  /** What the range is, for messages: `duration`, `delay`, `cost`. */
  noun: string;
  /** Refuse values below zero (task durations); risk impacts may be negative (opportunities). */
  nonNegative: boolean;
};

/**
 * Builds a distribution from a row's range cells. `fixed` takes `likely`, or `min` when `likely`
 * is empty; `pert` and `triangular` need all three; `uniform`, `lognormal` and `normal` read
 * `min` and `max` (for the last two as the 5th and 95th percentiles). Returns `undefined` with
 * issues pushed when the range is unusable, and `null` when all three cells are empty (the caller
 * decides whether that is allowed). Cells a distribution does not read give a warning.
 */
export function readRange<C extends string>(
  row: TableRow<C>,
  columns: RangeColumns<C>,
  kind: CsvDistribution,
  options: RangeOptions,
  issues: InputIssue[],
  warnings: InputIssue[],
): Distribution | undefined | null {
  const before = issues.length;
  const min = readNumber(row, columns.min, issues);
  const likely = readNumber(row, columns.likely, issues);
  const max = readNumber(row, columns.max, issues);
  if (min === undefined && likely === undefined && max === undefined) return null;
  if (issues.length > before) return undefined;

  const missing = (column: C, needs: string) =>
    issues.push({
      path: cellPath(row.line, column),
      message: `missing; a ${kind} ${options.noun} needs ${needs}`,
    });
  const ignored = (column: C, why: string) =>
    warnings.push({ path: cellPath(row.line, column), message: `ignored: ${why}` });

  const threeCells = `${columns.min}, ${columns.likely} and ${columns.max}`;
  const twoCells = `${columns.min} and ${columns.max}`;
  let dist: Distribution;
  switch (kind) {
    case 'fixed': {
      const value = likely ?? min;
      if (value === undefined) {
        missing(columns.likely, `a value in ${columns.likely} (or ${columns.min})`);
        return undefined;
      }
      if (likely !== undefined && min !== undefined && min !== likely)
        ignored(columns.min, `a fixed ${options.noun} takes ${columns.likely}`);
      if (max !== undefined && max !== value)
        ignored(columns.max, `a fixed ${options.noun} takes ${columns.likely}`);
      dist = { type: 'fixed', value };
      break;
    }
    case 'pert':
    case 'triangular':
      if (min === undefined) missing(columns.min, threeCells);
      if (likely === undefined) missing(columns.likely, threeCells);
      if (max === undefined) missing(columns.max, threeCells);
      if (min === undefined || likely === undefined || max === undefined) return undefined;
      dist = { type: kind, min, mode: likely, max };
      break;
    case 'uniform':
    case 'lognormal':
    case 'normal':
      if (min === undefined) missing(columns.min, twoCells);
      if (max === undefined) missing(columns.max, twoCells);
      if (min === undefined || max === undefined) return undefined;
      if (likely !== undefined)
        ignored(
          columns.likely,
          kind === 'uniform'
            ? `a uniform ${options.noun} reads ${twoCells}`
            : `a ${kind} ${options.noun} reads ${columns.min} and ${columns.max} as its 5th and 95th percentiles`,
        );
      dist = kind === 'uniform' ? { type: kind, min, max } : { type: kind, p5: min, p95: max };
      break;
    default:
      kind satisfies never;
      return undefined;
  }

  if (kind !== 'fixed' && min !== undefined && max !== undefined && min > max) {
    issues.push({
      path: cellPath(row.line, columns.min),
      message: `${columns.min} (${min}) is greater than ${columns.max} (${max})`,
    });
    return undefined;
  }
  if ((kind === 'pert' || kind === 'triangular') && likely !== undefined) {
    if ((min !== undefined && likely < min) || (max !== undefined && likely > max)) {
      issues.push({
        path: cellPath(row.line, columns.likely),
        message: `${columns.likely} (${likely}) is outside the range ${columns.min}–${columns.max} (${min} to ${max})`,
      });
      return undefined;
    }
  }
  if (options.nonNegative && kind !== 'normal') {
    // A normal's 5th percentile may sit below zero (draws below zero count as zero); any other
    // negative duration is a typo.
    const used: [C, number | undefined][] =
      kind === 'fixed'
        ? [likely !== undefined ? [columns.likely, likely] : [columns.min, min]]
        : [
            [columns.min, min],
            [columns.likely, kind === 'pert' || kind === 'triangular' ? likely : undefined],
            [columns.max, max],
          ];
    for (const [column, value] of used) {
      if (value !== undefined && value < 0) {
        issues.push({
          path: cellPath(row.line, column),
          message: `a ${options.noun} cannot be negative, got ${value}`,
        });
        return undefined;
      }
    }
  }

  // The engine's own checks, e.g. a lognormal's low value must be above zero; its field names
  // map back to cells.
  const cellOf: Record<string, C> = {
    value: likely !== undefined ? columns.likely : columns.min,
    min: columns.min,
    mode: columns.likely,
    max: columns.max,
    p5: columns.min,
    p95: columns.max,
  };
  const engineIssues = validateDistribution(dist, 'range');
  for (const issue of engineIssues) {
    const field = issue.path.slice('range.'.length);
    issues.push({ path: cellPath(row.line, cellOf[field] ?? columns.min), message: issue.message });
  }
  return engineIssues.length > 0 ? undefined : dist;
}
