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
import { formatCount, formatMoney, formatMoneyTicks } from './format.ts';
import { finite, linearAxis } from './scales.ts';
import { FONT, textWidth } from './text.ts';

export type RunningCostInput = Pick<SimulationResult, 'runCostPerMonth' | 'runCost' | 'iterations'>;

/** Month-label steps, so that labels are 1, 2, 3… or every 3rd, 6th, 12th month when crowded. */
const MONTH_STEPS = [1, 2, 3, 6, 12, 24];

/**
 * What running the model costs each month after launch: bars of the mean, with a tick at the
 * P80 (the amount four in five simulations stay under that month).
 */
export function runningCostChart(result: RunningCostInput, options: ChartOptions): ChartSpec {
  const { width, height } = chartSize(options);
  const { currency, locale } = options;
  const money = (v: number) => formatMoney(v, currency, locale);
  const months = (result.runCostPerMonth ?? []).map((m) => ({
    month: m.month,
    mean: Math.max(0, finite(m.mean)),
    p80: Math.max(0, finite(m.p80)),
  }));
  const total = months.reduce((sum, m) => sum + m.mean, 0);
  const title = 'Running cost after launch, per month';
  const columns = ['Month after launch', 'Mean cost', 'P80 cost'];
  const rows: (string | number)[][] = months.map((m) => [
    formatCount(m.month, locale),
    money(m.mean),
    money(m.p80),
  ]);
  if (months.length > 0) {
    rows.push([`Total over ${formatCount(months.length, locale)} months`, money(total), '']);
  }
  const table = { columns, rows };
  const peak = Math.max(0, ...months.map((m) => m.p80));
  if (months.length === 0 || !(peak > 0)) {
    const message =
      months.length === 0
        ? 'No months after launch in the horizon'
        : 'No running costs after launch';
    const description =
      months.length === 0
        ? 'The plan looks at no months after launch (its horizon is 0), so there are no running costs to show.'
        : `The plan has no running costs in the ${formatCount(months.length, locale)} months after launch.`;
    return {
      id: 'running-cost',
      title,
      description,
      width,
      height,
      marks: emptyMessage(message, width, height),
      table,
    };
  }
  const description =
    `What keeping the model in service is likely to cost in each of the ${formatCount(months.length, locale)} months after launch ` +
    '(serving, storage, monitoring, retraining, relabeling and upkeep). ' +
    `Each bar is the average of ${formatCount(result.iterations, locale)} simulations; the tick above it is the P80, the amount four in five simulations stay under that month. ` +
    `In total: ${money(total)} on average over ${formatCount(months.length, locale)} months.`;

  const legendMarks = legend(
    [
      { label: 'Mean per month', color: 'series-0', shape: 'box' },
      { label: 'P80: 4 in 5 simulations cost less', color: 'p80', shape: 'line' },
    ],
    8,
    9,
    width - 2,
  );
  const top = 9 + (legendMarks.rows - 1) * LEGEND_ROW + 22;
  const bottom = height - bottomAxisHeight(true) - 4;
  const y = linearAxis(
    [0, peak],
    [bottom, top],
    (v) => formatMoneyTicks(v, currency, locale),
    () => FONT.tick + 10,
  );
  const left = verticalAxisWidth(y.ticks, true);
  const right = width - 12;
  const plot: Plot = { left, top, right, bottom };
  const slot = (right - left) / months.length;
  const barWidth = Math.max(1, slot * 0.7);
  const widest = textWidth(formatCount(months[months.length - 1]!.month, locale), FONT.tick) + 8;
  const step = MONTH_STEPS.find((s) => s * slot >= widest) ?? Math.ceil(widest / slot);

  const marks: ChartMark[] = [...legendMarks.marks, ...horizontalGrid(y.ticks, y.at, plot)];
  months.forEach((m, i) => {
    const centre = left + slot * (i + 0.5);
    const barTop = y.at(m.mean);
    marks.push({
      kind: 'rect',
      x: centre - barWidth / 2,
      y: barTop,
      width: barWidth,
      height: Math.max(0, bottom - barTop),
      fill: 'series-0',
      label: `Month ${m.month}: ${rows[i]![1]}`,
    });
    const tickY = y.at(m.p80);
    marks.push({
      kind: 'line',
      x1: centre - Math.min(barWidth / 2 + 2, slot / 2),
      y1: tickY,
      x2: centre + Math.min(barWidth / 2 + 2, slot / 2),
      y2: tickY,
      stroke: 'p80',
      width: 2,
    });
  });
  const ticks = months
    .map((m, i) => ({ value: i, label: formatCount(m.month, locale), month: m.month }))
    .filter((t) => t.month % step === 0);
  marks.push(
    ...verticalAxis('left', y.ticks, y.at, plot, width, [
      `Cost per month (${currency})`,
      `Per month (${currency})`,
      currency,
    ]),
    ...bottomAxis(ticks, (i) => left + slot * (i + 0.5), plot, width, 'Month after launch'),
  );
  return { id: 'running-cost', title, description, width, height, marks, table };
}
