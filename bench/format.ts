/** Plain-text tables and number formats for the bench's output. */

/** 1234567 → "1.23 M"; keeps three significant digits. */
export function si(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  const units: [number, string][] = [
    [1e9, ' G'],
    [1e6, ' M'],
    [1e3, ' k'],
  ];
  for (const [scale, unit] of units)
    if (Math.abs(x) >= scale) return `${(x / scale).toPrecision(3)}${unit}`;
  return x.toPrecision(3);
}

export const ms = (x: number) => (x >= 100 ? `${x.toFixed(0)} ms` : `${x.toFixed(1)} ms`);
export const times = (x: number) => `${x >= 100 ? x.toFixed(0) : x.toPrecision(3)}×`;
export const percent = (x: number) => `${(100 * x).toFixed(2)}%`;

const numeric = /^[-+]?[\d.]/;

/** A titled table with columns padded to their widest cell; numbers are right-aligned. */
export function table(
  title: string,
  head: readonly string[],
  rows: readonly (readonly string[])[],
): string {
  const widths = head.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, c) => (numeric.test(cell) ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!)))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [`\n${title}`, line(head), rule, ...rows.map(line)].join('\n');
}
