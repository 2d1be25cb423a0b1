import { finishDate, type WorkCalendar } from '../calendar/working-days.ts';
import { phaseName, phaseOrder } from '../model/phases.ts';
import type { ScenarioResult } from '../project/project-result.ts';
import {
  bottomAxis,
  bottomAxisHeight,
  emptyMessage,
  legend,
  LEGEND_ROW,
  verticalGrid,
  type Plot,
} from './axes.ts';
import type { ChartMark, ChartSpec } from './chart-spec.ts';
import { chartSize, type ChartOptions } from './chart-options.ts';
import { defaultCalendar, startDateOf, workingDayTime } from './calendar-time.ts';
import { formatCount, formatDate } from './format.ts';
import { verticalMarkers } from './markers.ts';
import { finite, timeAxis } from './scales.ts';
import { FONT, middleBaseline, text, textWidth, truncate } from './text.ts';

export type PhaseGanttInput = Pick<
  ScenarioResult,
  'phases' | 'startDate' | 'duration' | 'finish' | 'iterations'
>;

export type PhaseGanttOptions = ChartOptions & {
  /**
   * The project's working calendar (`calendarOf(project)`), to turn working days into dates.
   * Without it: Monday to Friday from the result's start date, no holidays.
   */
  calendar?: WorkCalendar;
};

const DAY = 86_400_000;
const EXTENSION_OPACITY = 0.35;
const MAX_BAR = 16;

/**
 * One row per phase in the standard order: a bar from its typical start to its typical finish
 * (P50) and a lighter extension to the finish that four in five simulations beat (P80).
 */
export function phaseGanttChart(result: PhaseGanttInput, options: PhaseGanttOptions): ChartSpec {
  const { width, height } = chartSize(options);
  const { locale } = options;
  const calendar = options.calendar ?? defaultCalendar(result.startDate);
  const dayOf = (workingDays: number) => finishDate(calendar, Math.max(0, finite(workingDays)));
  const timeOf = workingDayTime(calendar);
  const startDay = (workingDays: number) => startDateOf(calendar, workingDays);
  const phases = [...result.phases]
    .filter((p) => Number.isFinite(p.start.p50) && Number.isFinite(p.finish.p50))
    .sort((a, b) => phaseOrder(a.name) - phaseOrder(b.name) || a.start.p50 - b.start.p50);
  const rows = phases.map((p) => {
    const finishP80 = Math.max(p.finish.p50, finite(p.finish.p80, p.finish.p50));
    return [
      phaseName(p.name),
      formatDate(startDay(p.start.p50), locale),
      formatDate(dayOf(p.finish.p50), locale),
      formatDate(dayOf(finishP80), locale),
    ];
  });
  rows.push([
    'Launch (whole project)',
    formatDate(startDay(0), locale),
    formatDate(result.finish.p50, locale),
    formatDate(result.finish.p80, locale),
  ]);
  const table = { columns: ['Phase', 'Starts (P50)', 'Finishes (P50)', 'Finishes (P80)'], rows };
  const title = 'Schedule: when each phase happens';
  const p50Label = `P50 launch ${formatDate(result.finish.p50, locale)}`;
  const p80Label = `P80 launch ${formatDate(result.finish.p80, locale)}`;
  const description =
    phases.length > 0
      ? 'Each row is a phase of the project, in the order the work is done. ' +
        `The solid bar runs from the phase's typical start to its typical finish: half of the ${formatCount(result.iterations, locale)} simulations finish it sooner (P50). ` +
        'The pale extension reaches the date by which four in five simulations have finished it (P80). ' +
        `Launch: ${formatDate(result.finish.p50, locale)} (P50), ${formatDate(result.finish.p80, locale)} (P80).`
      : 'No phases to show yet.';
  if (phases.length === 0) {
    return {
      id: 'phase-gantt',
      title,
      description,
      width,
      height,
      marks: emptyMessage('No phases to show yet', width, height),
      table,
    };
  }

  const legendMarks = legend(
    [
      { label: 'Typical start to finish (P50)', color: 'accent', shape: 'box' },
      {
        label: 'Later finish, 4 in 5 simulations (P80)',
        color: 'accent',
        shape: 'box',
        opacity: EXTENSION_OPACITY,
      },
    ],
    8,
    9,
    width - 2,
  );
  const markerLabelY = 9 + (legendMarks.rows - 1) * LEGEND_ROW + 26;
  const top = markerLabelY + 10;
  const bottom = height - bottomAxisHeight(false) - 4;
  const names = rows.slice(0, phases.length).map((r) => r[0]!);
  const labelColumn = Math.min(
    Math.max(...names.map((n) => textWidth(n, FONT.tick))) + 20,
    width * 0.36,
  );
  const left = labelColumn;
  const right = width - 24;
  const lastFinish = Math.max(
    finite(result.duration.p80),
    ...phases.map((p) => Math.max(p.finish.p50, finite(p.finish.p80, p.finish.p50))),
  );
  const x = timeAxis([timeOf(0), timeOf(lastFinish) + DAY], [left, right], locale, FONT.tick);
  const plot: Plot = { left, top, right, bottom };
  const rowHeight = (bottom - top) / phases.length;
  const barHeight = Math.max(2, Math.min(MAX_BAR, rowHeight * 0.62));

  const marks: ChartMark[] = [...legendMarks.marks, ...verticalGrid(x.ticks, x.at, plot)];
  phases.forEach((p, i) => {
    const centre = top + rowHeight * (i + 0.5);
    const x0 = x.at(timeOf(p.start.p50));
    const x50 = Math.max(x0 + 2, x.at(timeOf(p.finish.p50)));
    const x80 = Math.max(
      x50,
      x.at(timeOf(Math.max(p.finish.p50, finite(p.finish.p80, p.finish.p50)))),
    );
    const name = truncate(names[i] as string, labelColumn - 16, FONT.tick);
    marks.push(text(8, middleBaseline(centre, FONT.tick), name, { size: FONT.tick, fill: 'ink' }));
    if (x80 > x50) {
      marks.push({
        kind: 'rect',
        x: x50,
        y: centre - barHeight / 2,
        width: Math.min(x80, right) - x50,
        height: barHeight,
        fill: 'accent',
        opacity: EXTENSION_OPACITY,
        label: `${names[i]}: P80 finish ${rows[i]![3]}`,
      });
    }
    marks.push({
      kind: 'rect',
      x: x0,
      y: centre - barHeight / 2,
      width: Math.min(x50, right) - x0,
      height: barHeight,
      fill: 'accent',
      label: `${names[i]}: ${rows[i]![1]} to ${rows[i]![2]}`,
    });
  });
  marks.push(
    ...bottomAxis(x.ticks, x.at, plot, width, ''),
    ...verticalMarkers(
      [
        { x: x.at(timeOf(result.duration.p50)), label: p50Label, color: 'p50' },
        { x: x.at(timeOf(result.duration.p80)), label: p80Label, color: 'p80' },
      ],
      plot,
      markerLabelY,
      width,
    ),
  );
  return { id: 'phase-gantt', title, description, width, height, marks, table };
}
