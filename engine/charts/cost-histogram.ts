import type { SimulationResult } from '../simulation/result.ts';
import {
  bottomAxis,
  bottomAxisHeight,
  emptyMessage,
  horizontalGrid,
  legend,
  LEGEND_ROW,
  verticalAxis,
  verticalAxisWidth,
  type Plot,
} from './axes.ts';
import type { ChartMark, ChartSpec } from './chart-spec.ts';
import { chartSize, type ChartOptions } from './chart-options.ts';
import {
  formatCount,
  formatMoney,
  formatMoneyTicks,
  formatPercent,
  formatPercentTicks,
} from './format.ts';
import { verticalMarkers } from './markers.ts';
import { finite, fixedAxis, linearAxis, roundSteps } from './scales.ts';
import { FONT, textWidth } from './text.ts';

export type CostHistogramInput = Pick<
  SimulationResult,
  'histogram' | 'sCurve' | 'cost' | 'iterations'
>;

const LEGEND_Y = 9;
/** A histogram of one bin (every simulation cost the same) is drawn as a bar this wide. */
const SINGLE_BIN_WIDTH = 14;

/**
 * The build cost's distribution: how many simulations ended in each cost range (bars), the
 * chance of costing a given amount or less (the S-curve, right axis) and the P50 and P80 markers.
 */
export function costHistogramChart(result: CostHistogramInput, options: ChartOptions): ChartSpec {
  const { width, height } = chartSize(options);
  const { currency, locale } = options;
  const money = (v: number) => formatMoney(v, currency, locale);
  const bins = result.histogram.cost.filter(
    (b) => Number.isFinite(b.from) && Number.isFinite(b.to),
  );
  const curve = result.sCurve.cost.filter(
    (p) => Number.isFinite(p.value) && Number.isFinite(p.probability),
  );
  const p50 = finite(result.cost.p50);
  const p80 = finite(result.cost.p80);
  const p50Label = `P50 ${money(p50)}`;
  const p80Label = `P80 ${money(p80)}`;
  const title = 'Build cost: the range of outcomes';
  const description =
    `We simulated the project ${formatCount(result.iterations, locale)} times. ` +
    'Each bar shows how often the build cost landed in that range: the taller the bar, the more likely that cost. ' +
    'The rising line, read on the right-hand scale, gives the chance that the cost stays at or below each amount. ' +
    `Half of the simulations cost ${money(p50)} or less (P50); four in five cost ${money(p80)} or less (P80).`;

  let cumulative = 0;
  const rows: (string | number)[][] = bins.map((b) => {
    cumulative += finite(b.fraction);
    const range = b.from === b.to ? money(b.from) : `${money(b.from)} to ${money(b.to)}`;
    return [
      range,
      formatPercent(b.fraction, locale),
      formatPercent(Math.min(1, cumulative), locale),
    ];
  });
  rows.push([p50Label, '', formatPercent(0.5, locale)], [p80Label, '', formatPercent(0.8, locale)]);
  const table = {
    columns: ['Build cost', 'Share of simulations', 'Chance of costing this or less'],
    rows,
  };

  if (bins.length === 0) {
    return {
      id: 'cost-histogram',
      title,
      description: 'No simulation results to show yet.',
      width,
      height,
      marks: emptyMessage('No simulation results yet', width, height),
      table: { columns: table.columns, rows: [] },
    };
  }

  const legendMarks = legend(
    [
      { label: 'Share of simulations (left scale)', color: 'series-0', shape: 'box' },
      { label: 'Chance of costing this or less (right scale)', color: 'ink', shape: 'line' },
    ],
    8,
    LEGEND_Y,
    width - 2,
  );
  const markerLabelY = LEGEND_Y + (legendMarks.rows - 1) * LEGEND_ROW + 26;
  const top = markerLabelY + 12;
  const bottom = height - bottomAxisHeight(true) - 4;
  // The share scale takes as many steps as the 0–100% scale so both read off the same grid.
  const maxFraction = Math.max(...bins.map((b) => finite(b.fraction)));
  const share = roundSteps(maxFraction);
  const steps = Array.from({ length: share.steps + 1 }, (_, i) => i);
  const yLeft = fixedAxis(
    [0, share.top],
    [bottom, top],
    steps.map((i) => i * share.step),
    formatPercentTicks(
      steps.map((i) => i * share.step),
      locale,
    ),
  );
  const chances = steps.map((i) => i / share.steps);
  const yRight = fixedAxis([0, 1], [bottom, top], chances, formatPercentTicks(chances, locale));
  const left = verticalAxisWidth(yLeft.ticks, true);
  const right = width - verticalAxisWidth(yRight.ticks, true);
  const lo = Math.min(...bins.map((b) => b.from), p50, p80);
  const hi = Math.max(...bins.map((b) => b.to), p50, p80);
  const x = linearAxis(
    [lo, hi],
    [left, right],
    (v) => formatMoneyTicks(v, currency, locale),
    (label) => textWidth(label, FONT.tick),
    { minGap: 16 },
  );
  const plot: Plot = { left, top, right, bottom };

  const marks: ChartMark[] = [
    ...legendMarks.marks,
    ...horizontalGrid(yRight.ticks, yRight.at, plot),
  ];
  for (const bin of bins) {
    const x0 = x.at(bin.from);
    const x1 = x.at(bin.to);
    const single = x1 - x0 < 1;
    const barWidth = single ? SINGLE_BIN_WIDTH : Math.max(1, x1 - x0 - 1);
    const barX = single ? Math.max(left, Math.min(right - barWidth, x0 - barWidth / 2)) : x0 + 0.5;
    const barTop = yLeft.at(finite(bin.fraction));
    marks.push({
      kind: 'rect',
      x: barX,
      y: barTop,
      width: barWidth,
      height: Math.max(0, bottom - barTop),
      fill: 'series-0',
      label: rows[bins.indexOf(bin)]![0] as string,
    });
  }
  if (curve.length > 1) {
    marks.push({
      kind: 'path',
      points: curve.map((p) => [x.at(p.value), yRight.at(p.probability)] as const),
      stroke: 'ink',
      width: 2,
    });
  }
  marks.push(
    ...verticalAxis('left', yLeft.ticks, yLeft.at, plot, width, ['Share of simulations', 'Share']),
    ...verticalAxis('right', yRight.ticks, yRight.at, plot, width, [
      'Chance of costing this or less',
      'Cumulative chance',
      'Chance',
    ]),
    ...bottomAxis(x.ticks, x.at, plot, width, `Build cost (${currency})`),
    ...verticalMarkers(
      [
        { x: x.at(p50), label: p50Label, color: 'p50' },
        { x: x.at(p80), label: p80Label, color: 'p80' },
      ],
      plot,
      markerLabelY,
      width,
    ),
  );
  return { id: 'cost-histogram', title, description, width, height, marks, table };
}
