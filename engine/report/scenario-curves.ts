import {
  bottomAxis,
  bottomAxisHeight,
  horizontalGrid,
  legend,
  LEGEND_ROW,
  verticalAxis,
  verticalAxisWidth,
  type Plot,
} from '../charts/axes.ts';
import { workingDayTime } from '../charts/calendar-time.ts';
import type { ChartColor, ChartMark, ChartSpec } from '../charts/chart-spec.ts';
import { chartSize, type ChartOptions } from '../charts/chart-options.ts';
import { formatDate, formatMoney, formatMoneyTicks, formatPercentTicks } from '../charts/format.ts';
import { finishDate, type WorkCalendar } from '../calendar/working-days.ts';
import { fixedAxis, linearAxis, timeAxis } from '../charts/scales.ts';
import { FONT, textWidth } from '../charts/text.ts';
import type { ScenarioResult } from '../project/project-result.ts';

const CHANCES = [0, 0.2, 0.4, 0.6, 0.8, 1];
const LEGEND_Y = 10;
/** Colours of the scenarios in file order (the first, the baseline, is the app's accent). */
const SERIES: ChartColor[] = [
  'series-1',
  'series-2',
  'series-3',
  'series-4',
  'series-5',
  'series-0',
];
const DASHES: (number[] | undefined)[] = [undefined, [6, 3], [2, 3], [8, 3, 2, 3]];

export type ScenarioCurvesOptions = ChartOptions & { calendar: WorkCalendar };

/**
 * The S-curves of several scenarios overlaid — cost or launch date — so a reader sees at once
 * which is cheaper or sooner and which is more certain (a steeper curve). Colours and dashes both
 * tell the scenarios apart, for print in black and white.
 */
export function scenarioCurvesChart(
  results: readonly ScenarioResult[],
  measure: 'cost' | 'finish',
  options: ScenarioCurvesOptions,
): ChartSpec {
  const { width, height } = chartSize(options);
  const { currency, locale } = options;
  const isCost = measure === 'cost';
  const id = isCost ? 'scenario-cost-curves' : 'scenario-finish-curves';
  const title = isCost
    ? 'Build cost of each scenario: the chance of costing each amount or less'
    : 'Launch date of each scenario: the chance of launching by each date';
  const description =
    'One S-curve per scenario. Read an amount or a date on the bottom scale and go up to a curve: the left scale ' +
    'gives the chance of staying within it. A curve further left is cheaper or sooner; a steeper curve is more certain.';

  const legendMarks = legend(
    results.map((r, i) => ({
      label: r.scenario.name,
      color: SERIES[i % SERIES.length]!,
      shape: DASHES[i % DASHES.length] ? ('dash' as const) : ('line' as const),
    })),
    8,
    LEGEND_Y,
    width - 2,
  );
  const top = LEGEND_Y + (legendMarks.rows - 1) * LEGEND_ROW + 18;
  const bottom = height - bottomAxisHeight(true) - 4;
  const y = fixedAxis([0, 1], [bottom, top], CHANCES, formatPercentTicks(CHANCES, locale));
  const left = verticalAxisWidth(y.ticks, true);
  const right = width - 24;
  const timeOf = workingDayTime(options.calendar);
  const value = (v: number) => (isCost ? v : timeOf(v));
  const curves = results.map((r) =>
    (isCost ? r.sCurve.cost : r.sCurve.duration).filter(
      (p) => Number.isFinite(p.value) && Number.isFinite(p.probability),
    ),
  );
  const all = curves.flat().map((p) => value(p.value));
  const lo = all.length > 0 ? Math.min(...all) : 0;
  const hi = all.length > 0 ? Math.max(...all) : 1;
  const x = isCost
    ? linearAxis(
        [lo, hi],
        [left, right],
        (v) => formatMoneyTicks(v, currency, locale),
        (label) => textWidth(label, FONT.tick),
        { minGap: 16 },
      )
    : timeAxis([lo, hi], [left, right], locale, FONT.tick);
  const plot: Plot = { left, top, right, bottom };
  const marks: ChartMark[] = [
    ...legendMarks.marks,
    ...horizontalGrid(y.ticks, y.at, plot),
    ...verticalAxis(
      'left',
      y.ticks,
      y.at,
      plot,
      width,
      isCost ? 'Chance of costing this or less' : 'Chance of launching by then',
    ),
    ...bottomAxis(x.ticks, x.at, plot, width, isCost ? 'Build cost' : 'Launch date'),
  ];
  curves.forEach((curve, i) => {
    const dash = DASHES[i % DASHES.length];
    marks.push({
      kind: 'path',
      points: curve.map((p) => [x.at(value(p.value)), y.at(p.probability)] as const),
      stroke: SERIES[i % SERIES.length]!,
      width: 2,
      ...(dash ? { dash } : {}),
    });
  });
  const show = (v: number) =>
    isCost ? formatMoney(v, currency, locale) : formatDate(finishDate(options.calendar, v), locale);
  return {
    id,
    title,
    description,
    width,
    height,
    marks,
    table: {
      columns: ['Scenario', 'P50', 'P80'],
      rows: results.map((r) => {
        const s = isCost ? r.cost : r.duration;
        return [r.scenario.name, show(s.p50), show(s.p80)];
      }),
    },
  };
}
