/**
 * Number formats of the readable output. Fixed to `en-US` so output does not depend on the
 * machine's locale (a report pasted into a ticket reads the same everywhere).
 */
const WHOLE = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const ONE_DECIMAL = new Intl.NumberFormat('en-US', {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});

const AS_GIVEN = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** A number the user typed (a budget, a deadline), with separators: `350,000`, `180`, `12.5`. */
export function formatGiven(value: number): string {
  return AS_GIVEN.format(value);
}

/** `1,234,568` */
export function formatAmount(value: number): string {
  return WHOLE.format(value === 0 ? 0 : value);
}

/** Working days with one decimal: `1,234.5` */
export function formatDays(value: number): string {
  return ONE_DECIMAL.format(value);
}

/** A fraction as a percentage: `87%`, `<1%`, `>99%` at 0 digits; `87.3%` at 1. */
export function formatPercent(fraction: number, digits = 0): string {
  const scale = 10 ** digits;
  const percent = Math.round(fraction * 100 * scale) / scale;
  if (percent === 0 && fraction > 0) return `<${1 / scale}%`;
  if (percent === 100 && fraction < 1) return `>${100 - 1 / scale}%`;
  return `${percent.toFixed(digits)}%`;
}

/** A rank correlation with its sign: `+0.52`, `-0.08`. */
export function formatRho(rho: number): string {
  const text = Math.abs(rho).toFixed(2);
  if (text === '0.00') return ' 0.00';
  return `${rho < 0 ? '-' : '+'}${text}`;
}

/** Cuts `text` to `width` characters, ending with `…` when cut. */
export function truncate(text: string, width: number): string {
  const chars = [...text];
  return chars.length <= width ? text : `${chars.slice(0, width - 1).join('')}…`;
}

export type Align = 'left' | 'right';

/**
 * Lays out rows as aligned columns separated by two spaces; trailing spaces are trimmed.
 * Widths count code points, which is right for the Latin and symbol text we print.
 */
export function columns(rows: readonly (readonly string[])[], align: readonly Align[]): string[] {
  const width = (s: string) => [...s].length;
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, width(cell))));
  }
  return rows.map((row) =>
    row
      .map((cell, i) => {
        const pad = ' '.repeat((widths[i] ?? 0) - width(cell));
        return align[i] === 'right' ? pad + cell : cell + pad;
      })
      .join('  ')
      .trimEnd(),
  );
}
