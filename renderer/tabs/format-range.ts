import { formatShorthand, type Distribution } from '../../engine/index.ts';

/** A number rounded for reading: whole from 100 up, one decimal from 1, two below. */
export function roundForReading(value: number): number {
  const abs = Math.abs(value);
  return Number(value.toFixed(abs >= 100 ? 0 : abs >= 1 ? 1 : 2));
}

/**
 * A distribution in the input shorthand, rounded for reading. Only for display: a computed range
 * such as `5.278031643091577, 10.55…` is noise to a reader, and nothing rounded is written back.
 */
export function formatRange(dist: Distribution): string {
  const rounded = Object.fromEntries(
    Object.entries(dist).map(([key, value]) => [
      key,
      typeof value === 'number' ? roundForReading(value) : value,
    ]),
  ) as Distribution;
  return formatShorthand(rounded);
}

/** Working days with one decimal. */
export function formatDays(days: number): string {
  return days.toFixed(1);
}

/** A fraction as a percentage without float noise (0.07 → "7"), for an editable cell. */
export function percentText(fraction: number, exact: boolean): string {
  const percent = fraction * 100;
  return String(exact ? Number(percent.toPrecision(12)) : Number(percent.toFixed(1)));
}
