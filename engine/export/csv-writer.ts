/** A cell of an exported CSV: text, a number, a flag, or empty. */
export type CsvCell = string | number | boolean | null | undefined;

/** Characters after which a spreadsheet would read a text cell as a formula (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A number as plain text for spreadsheets and scripts: dot decimal, no thousands separators,
 * no exponent, at most `decimals` decimals (trailing zeros dropped). Non-finite numbers are empty.
 */
export function plainNumber(value: number, decimals: number): string {
  if (!Number.isFinite(value)) return '';
  if (Math.abs(value) >= 1e21) return BigInt(Math.round(value)).toString();
  const fixed = value.toFixed(decimals);
  const trimmed = fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
  return trimmed === '-0' ? '0' : trimmed;
}

/**
 * One field per RFC 4180: quoted when it holds a comma, a double quote, a line break or
 * leading/trailing spaces, with quotes doubled. Text that a spreadsheet would run as a formula
 * (`=…`, `+…`, `-…`, `@…`) gets a leading apostrophe, as OWASP advises: a name typed into a
 * shared project file must not become a formula in someone's spreadsheet.
 */
export function csvField(cell: CsvCell, decimals = 6): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return plainNumber(cell, decimals);
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A column of an exported table: its header name, its cell, and decimals for numbers. */
export type CsvColumn<T> = { name: string; cell: (row: T) => CsvCell; decimals?: number };

/** A CSV document: the header row, then one line per row, CRLF line ends (RFC 4180). */
export function csvOf<T>(columns: readonly CsvColumn<T>[], rows: readonly T[]): string {
  const lines = [
    columns.map((c) => csvField(c.name)),
    ...rows.map((row) => columns.map((c) => csvField(c.cell(row), c.decimals))),
  ];
  return lines.map((fields) => `${fields.join(',')}\r\n`).join('');
}
