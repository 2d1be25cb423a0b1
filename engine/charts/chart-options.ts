/** What every chart builder needs besides the result: its pixel size and how to write numbers. */
export type ChartOptions = {
  width: number;
  height: number;
  /** ISO 4217 code of the project's currency ("EUR"). */
  currency: string;
  /** BCP 47 locale of the reader ("en-GB"); decides separators, compact suffixes and dates. */
  locale: string;
};

/** Smallest chart the layouts are designed for; smaller sizes are raised to it. */
export const MIN_CHART_WIDTH = 280;
export const MIN_CHART_HEIGHT = 180;

/** The chart's size, raised to the minimum and rounded to whole pixels (NaN-safe). */
export function chartSize(options: Pick<ChartOptions, 'width' | 'height'>): {
  width: number;
  height: number;
} {
  const width = Number.isFinite(options.width) ? Math.round(options.width) : MIN_CHART_WIDTH;
  const height = Number.isFinite(options.height) ? Math.round(options.height) : MIN_CHART_HEIGHT;
  return { width: Math.max(MIN_CHART_WIDTH, width), height: Math.max(MIN_CHART_HEIGHT, height) };
}
