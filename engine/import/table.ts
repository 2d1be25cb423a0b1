import type { InputIssue } from '../errors.ts';
import { parseCsv } from './csv.ts';

/**
 * What an importer returns: the value and the problems that did not stop it (e.g. ignored
 * columns), each located like an error. Importers return warnings rather than print them, so the
 * CLI and the app decide how to show them.
 */
export type ImportResult<T> = { value: T; warnings: InputIssue[] };

/** One data row of a table, read by column name; missing and empty cells read as `''`. */
export type TableRow<C extends string> = {
  line: number;
  /** The trimmed text of a cell. */
  get(column: C): string;
};

export type Table<C extends string> = {
  headerLine: number;
  /** Columns present in the header. */
  columns: ReadonlySet<C>;
  rows: TableRow<C>[];
};

export type TableSpec<C extends string> = {
  /** Canonical (lower-case, snake_case) names of the columns the importer reads. */
  known: readonly C[];
  /** The first column is required; it names the rows (e.g. `id`). */
  key: C;
  /** What a row is, for messages: `task`, `risk`. */
  rowNoun: string;
};

/** Location of a cell in messages: `row 4, column "max"` (rows are the file's line numbers). */
export function cellPath(line: number, column: string): string {
  return `row ${line}, column "${column}"`;
}

/** Header names are matched loosely: `Depends On`, `depends-on` and `depends_on` are one column. */
export function normalizeHeader(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

/**
 * Splits CSV text into a header and data rows keyed by column name. Unknown columns are
 * ignored with a warning; a missing key column, duplicate columns and rows with more fields
 * than the header are issues. Rows whose cells are all empty (spreadsheet filler) are skipped.
 * Returns `undefined` when the header itself is unusable. Throws only for unparseable CSV.
 */
export function readTable<C extends string>(
  text: string,
  spec: TableSpec<C>,
  issues: InputIssue[],
  warnings: InputIssue[],
): Table<C> | undefined {
  const records = parseCsv(text);
  const header = records[0];
  if (!header) {
    issues.push({
      path: '',
      message: `the file is empty; expected a header row naming the columns (${spec.known.join(', ')}) and one row per ${spec.rowNoun}`,
    });
    return undefined;
  }

  const headerIssues = issues.length;
  const known = new Set<string>(spec.known);
  const position = new Map<C, number>();
  const unnamedWithData: number[] = [];
  header.fields.forEach((raw, index) => {
    const name = normalizeHeader(raw);
    if (name === '') {
      if (records.some((r) => (r.fields[index] ?? '').trim() !== '')) unnamedWithData.push(index);
      return;
    }
    if (!known.has(name)) {
      warnings.push({
        path: cellPath(header.line, raw.trim()),
        message: `unknown column, ignored (known columns: ${spec.known.join(', ')})`,
      });
      return;
    }
    const column = name as C;
    const first = position.get(column);
    if (first !== undefined) {
      issues.push({
        path: cellPath(header.line, column),
        message: `the column appears twice (columns ${first + 1} and ${index + 1})`,
      });
      return;
    }
    position.set(column, index);
  });
  for (const index of unnamedWithData) {
    warnings.push({
      path: `row ${header.line}`,
      message: `column ${index + 1} has no name in the header; its values are ignored`,
    });
  }

  if (!position.has(spec.key)) {
    const found = header.fields.map((f) => f.trim()).filter((f) => f !== '');
    const semicolons = header.fields.some((f) => f.includes(';'));
    issues.push({
      path: `row ${header.line}`,
      message:
        `the header has no "${spec.key}" column; the first row must name the columns (${spec.known.join(', ')})` +
        (found.length > 0 ? `, found: ${found.join(', ')}` : '') +
        (semicolons
          ? '. The header looks separated by semicolons; save the file as comma-separated CSV'
          : ''),
    });
    return undefined;
  }
  // Rows read through a broken header would only repeat its problem.
  if (issues.length > headerIssues) return undefined;

  const width = header.fields.length;
  const rows: TableRow<C>[] = [];
  for (const record of records.slice(1)) {
    const { fields, line } = record;
    if (fields.every((f) => f.trim() === '')) continue;
    const extra = fields.slice(width).filter((f) => f.trim() !== '');
    if (extra.length > 0) {
      issues.push({
        path: `row ${line}`,
        message: `the row has ${fields.length} fields but the header has ${width} columns; a value that contains a comma must be in double quotes`,
      });
      continue;
    }
    rows.push({
      line,
      get(column) {
        const index = position.get(column);
        return index === undefined ? '' : (fields[index] ?? '').trim();
      },
    });
  }
  return { headerLine: header.line, columns: new Set(position.keys()), rows };
}

const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const GROUPED_NUMBER = /^[+-]?\d{1,3}([, ]\d{3})+(\.\d+)?$/;
const DECIMAL_COMMA = /^[+-]?\d+,\d+$/;

/**
 * Reads a number from a cell: `undefined` when the cell is empty, `NaN` (with an issue pushed)
 * when the text is not a plain number. Thousands separators and decimal commas are refused with
 * a hint rather than guessed, since `1,250` could mean either.
 */
export function readNumber<C extends string>(
  row: TableRow<C>,
  column: C,
  issues: InputIssue[],
): number | undefined {
  const text = row.get(column);
  if (text === '') return undefined;
  if (PLAIN_NUMBER.test(text)) {
    const value = Number(text);
    if (Number.isFinite(value)) return value;
  }
  let hint = '';
  if (GROUPED_NUMBER.test(text)) hint = '; write it without thousands separators';
  else if (DECIMAL_COMMA.test(text)) hint = '; use a dot as the decimal separator';
  issues.push({
    path: cellPath(row.line, column),
    message: `${JSON.stringify(text)} is not a number${hint}`,
  });
  return Number.NaN;
}
