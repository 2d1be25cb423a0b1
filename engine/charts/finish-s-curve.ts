import type { WorkCalendar } from '../calendar/working-days.ts';
import type { ScenarioResult } from '../project/project-result.ts';
import { defaultCalendar, workingDayTime } from './calendar-time.ts';
import {
  bottomAxis,
  bottomAxisHeight,
  emptyMessage,
  horizontalGrid,
  verticalAxis,
  verticalAxisWidth,
  type Plot,
} from './axes.ts';
import type { ChartMark, ChartSpec } from './chart-spec.ts';
import { chartSize, type ChartOptions } from './chart-options.ts';
import { formatCount, formatDate, formatPercent, formatPercentTicks, isoToTime } from './format.ts';
import { verticalMarkers } from './markers.ts';
import { fixedAxis, timeAxis } from './scales.ts';
import { FONT } from './text.ts';

export type FinishSCurveInput = Pick<
  ScenarioResult,
  'finishSCurve' | 'finish' | 'iterations' | 'sCurve' | 'duration' | 'startDate'
>;

export type FinishSCurveOptions = ChartOptions & {
  /** The project's working calendar (`calendarOf(project)`); default Monday to Friday. */
  calendar?: WorkCalendar;
};

const MARKER_LABEL_Y = 20;
const PLOT_TOP = 32;
const CHANCES = [0, 0.2, 0.4, 0.6, 0.8, 1];
const TABLE_STEP = 10;

/** The chance of launching on or before each date (an S-curve), with the P50 and P80 dates. */
export function finishSCurveChart(
  result: FinishSCurveInput,
  options: FinishSCurveOptions,
): ChartSpec {
  const { width, height } = chartSize(options);
  const { locale } = options;
  const points = result.finishSCurve.filter(
    (p) => Number.isFinite(isoToTime(p.date)) && Number.isFinite(p.probability),
  );
  const p50Label = `P50 ${formatDate(result.finish.p50, locale)}`;
  const p80Label = `P80 ${formatDate(result.finish.p80, locale)}`;
  const title = 'Launch date: the chance of launching by each date';
  const description =
    `The line climbs from 0% to 100% through the launch dates of ${formatCount(result.iterations, locale)} simulated schedules: ` +
    'read a date on the bottom scale, go up to the line, and the left scale gives the chance of launching on or before that date. ' +
    `It is as likely as not to launch by ${formatDate(result.finish.p50, locale)} (P50), ` +
    `and four times in five by ${formatDate(result.finish.p80, locale)} (P80).`;
  const columns = ['Percentile', 'Launch on or before', 'Chance'];
  const rows: (string | number)[][] = [];
  // The curve holds 101 points, 1% apart; the table shows every tenth.
  const last = points.length - 1;
  for (let pct = 0; pct <= 100 && last > 0; pct += TABLE_STEP) {
    const point = points[Math.round((pct / 100) * last)]!;
    rows.push([
      `P${pct}`,
      formatDate(point.date, locale),
      formatPercent(point.probability, locale),
    ]);
  }
  if (points.length === 0 || result.sCurve.duration.length === 0) {
    return {
      id: 'finish-s-curve',
      title,
      description: 'No simulation results to show yet.',
      width,
      height,
      marks: emptyMessage('No simulation results yet', width, height),
      table: { columns, rows: [] },
    };
  }

  const bottom = height - bottomAxisHeight(true) - 4;
  const y = fixedAxis([0, 1], [bottom, PLOT_TOP], CHANCES, formatPercentTicks(CHANCES, locale));
  const left = verticalAxisWidth(y.ticks, true);
  const right = width - 24;
  // Positions come from the working days (continuous), labels from the result's dates.
  const timeOf = workingDayTime(options.calendar ?? defaultCalendar(result.startDate));
  const curve = result.sCurve.duration.filter(
    (p) => Number.isFinite(p.value) && Number.isFinite(p.probability),
  );
  const times = curve.map((p) => timeOf(p.value));
  const x = timeAxis(
    [
      Math.min(...times, timeOf(result.duration.p50)),
      Math.max(...times, timeOf(result.duration.p80)),
    ],
    [left, right],
    locale,
    FONT.tick,
  );
  const plot: Plot = { left, top: PLOT_TOP, right, bottom };
  const marks: ChartMark[] = [
    ...horizontalGrid(y.ticks, y.at, plot),
    ...verticalAxis('left', y.ticks, y.at, plot, width, [
      'Chance of launching by then',
      'Chance of launching',
      'Chance',
    ]),
    ...bottomAxis(x.ticks, x.at, plot, width, 'Launch date'),
  ];
  // The curve joins the percentile points (P0, P1 … P100) and holds at 100% after the last.
  const path: (readonly [number, number])[] = curve.map(
    (p) => [x.at(timeOf(p.value)), y.at(p.probability)] as const,
  );
  const lastPoint = path[path.length - 1];
  if (lastPoint && lastPoint[0] < right) path.push([right, lastPoint[1]]);
  marks.push({ kind: 'path', points: path, stroke: 'accent', width: 2.5 });
  // Guides from the chance on the left scale across to the curve, where the date markers drop.
  for (const [chance, days, color] of [
    [0.5, result.duration.p50, 'p50'],
    [0.8, result.duration.p80, 'p80'],
  ] as const) {
    marks.push({
      kind: 'line',
      x1: left,
      y1: y.at(chance),
      x2: x.at(timeOf(days)),
      y2: y.at(chance),
      stroke: color,
      width: 1,
      dash: [2, 3],
    });
  }
  marks.push(
    ...verticalMarkers(
      [
        { x: x.at(timeOf(result.duration.p50)), label: p50Label, color: 'p50' },
        { x: x.at(timeOf(result.duration.p80)), label: p80Label, color: 'p80' },
      ],
      plot,
      MARKER_LABEL_Y,
      width,
    ),
  );
  return {
    id: 'finish-s-curve',
    title,
    description,
    width,
    height,
    marks,
    table: { columns, rows },
  };
}
