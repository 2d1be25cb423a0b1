import type { Comparison } from '../compare/comparison.ts';
import type { ChartMark, ChartSpec } from './chart-spec.ts';
import { chartSize, type ChartOptions } from './chart-options.ts';
import { formatDate, formatMoney, formatPercent, isoToTime } from './format.ts';
import { FONT } from './text.ts';

const MARGIN = { left: 48, right: 16, top: 16, bottom: 40 };
const LEGEND_ROW = 16;
const DAY_MS = 86_400_000;
/** Series colours far apart (series-0 and -1 are both blues), so two scenarios read apart. */
const SERIES = [1, 2, 3, 4, 5, 0] as const;
const seriesColor = (i: number) => `series-${SERIES[i % SERIES.length]!}` as const;

type Series = { name: string; points: { x: number; probability: number }[] };

/** Overlaid S-curves (one per scenario, `series-i` colours) with a legend and end labels. */
function overlay(
  id: string,
  title: string,
  description: string,
  series: Series[],
  formatX: (x: number) => string,
  options: ChartOptions,
): ChartSpec {
  const { width, height } = chartSize(options);
  const legendHeight = series.length * LEGEND_ROW;
  const plot = {
    left: MARGIN.left,
    right: width - MARGIN.right,
    top: MARGIN.top + legendHeight,
    bottom: height - MARGIN.bottom,
  };
  const xs = series.flatMap((s) => s.points.map((p) => p.x)).filter(Number.isFinite);
  const lo = xs.length ? Math.min(...xs) : 0;
  const hi = xs.length ? Math.max(...xs) : 1;
  const span = hi > lo ? hi - lo : 1;
  const px = (x: number) => plot.left + ((x - lo) / span) * (plot.right - plot.left);
  const py = (p: number) => plot.bottom - p * (plot.bottom - plot.top);
  const marks: ChartMark[] = [];
  for (const p of [0, 0.5, 0.8, 1]) {
    marks.push({
      kind: 'line',
      x1: plot.left,
      y1: py(p),
      x2: plot.right,
      y2: py(p),
      stroke: 'grid',
    });
    marks.push({
      kind: 'text',
      x: plot.left - 4,
      y: py(p) + FONT.tick / 3,
      text: formatPercent(p, options.locale),
      anchor: 'end',
      size: FONT.tick,
      fill: 'muted',
    });
  }
  marks.push(
    { kind: 'text', x: plot.left, y: plot.bottom + 16, text: formatX(lo), fill: 'muted' },
    {
      kind: 'text',
      x: plot.right,
      y: plot.bottom + 16,
      text: formatX(hi),
      anchor: 'end',
      fill: 'muted',
    },
  );
  series.forEach((s, i) => {
    const points = s.points
      .filter((p) => Number.isFinite(p.x) && Number.isFinite(p.probability))
      .map((p) => [px(p.x), py(p.probability)] as const);
    if (points.length > 1) marks.push({ kind: 'path', points, stroke: seriesColor(i), width: 2 });
    const y = MARGIN.top + i * LEGEND_ROW;
    marks.push(
      {
        kind: 'line',
        x1: plot.left,
        y1: y + 6,
        x2: plot.left + 20,
        y2: y + 6,
        stroke: seriesColor(i),
        width: 2,
      },
      { kind: 'text', x: plot.left + 26, y: y + 10, text: s.name, size: FONT.legend },
    );
  });
  const at = (s: Series, probability: number) =>
    s.points.find((p) => p.probability >= probability)?.x ?? Number.NaN;
  return {
    id,
    title,
    description,
    width,
    height,
    marks,
    table: {
      columns: ['Scenario', 'P50', 'P80'],
      rows: series.map((s) => [s.name, formatX(at(s, 0.5)), formatX(at(s, 0.8))]),
    },
  };
}

/** The compared scenarios' cost S-curves, overlaid. */
export function compareCostSCurvesChart(comparison: Comparison, options: ChartOptions): ChartSpec {
  return overlay(
    'compare-cost',
    'Cost: the chance of staying within each amount, per scenario',
    'One line per scenario climbs from 0% to 100% through its simulated costs; a line further left is the cheaper scenario.',
    comparison.scenarios.map((s) => ({
      name: s.name,
      points: s.sCurve.cost.map((p) => ({ x: p.value, probability: p.probability })),
    })),
    (x) => formatMoney(x, comparison.currency, options.locale),
    options,
  );
}

/** The compared scenarios' launch-date S-curves, overlaid. */
export function compareFinishSCurvesChart(
  comparison: Comparison,
  options: ChartOptions,
): ChartSpec {
  return overlay(
    'compare-finish',
    'Launch date: the chance of launching by each date, per scenario',
    'One line per scenario climbs from 0% to 100% through its simulated launch dates; a line further left launches earlier.',
    comparison.scenarios.map((s) => ({
      name: s.name,
      points: s.sCurve.finish.map((p) => ({ x: isoToTime(p.date), probability: p.probability })),
    })),
    (x) =>
      Number.isFinite(x)
        ? formatDate(
            new Date(Math.round(x / DAY_MS) * DAY_MS).toISOString().slice(0, 10),
            options.locale,
          )
        : '—',
    options,
  );
}
