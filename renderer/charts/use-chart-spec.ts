import { useMemo } from 'react';
import type { ChartOptions, ChartSpec, ScenarioResult } from '../../engine/index.ts';

/** Props every scenario chart takes. */
export type ScenarioChartProps = {
  result: ScenarioResult;
  /** ISO 4217 code; the result's own currency by default. */
  currency?: string;
  /** BCP 47 locale; the browser's by default. */
  locale?: string;
  /** Size of the chart's drawing space in px; the SVG scales to its container's width. */
  width?: number;
  height?: number;
  showTitle?: boolean;
};

export function defaultLocale(): string {
  return typeof navigator !== 'undefined' && navigator.language ? navigator.language : 'en-US';
}

/**
 * The spec of a chart, rebuilt only when the result, its formatting or size, or `extra` (a
 * chart's own options, compared by value) change.
 */
export function useChartSpec<Extra extends object>(
  build: (result: ScenarioResult, options: ChartOptions & Extra) => ChartSpec,
  props: ScenarioChartProps,
  defaults: { width: number; height: number },
  extra: Extra,
): ChartSpec {
  const { result, currency, locale } = props;
  const width = props.width ?? defaults.width;
  const height = props.height ?? defaults.height;
  const extraKey = JSON.stringify(extra);
  return useMemo(
    () =>
      build(result, {
        width,
        height,
        currency: currency ?? result.cost.currency,
        locale: locale ?? defaultLocale(),
        ...(JSON.parse(extraKey) as Extra),
      }),
    [build, result, width, height, currency, locale, extraKey],
  );
}
