import { finishSCurveChart } from '../../charts/finish-s-curve.ts';
import { phaseGanttChart } from '../../charts/phase-gantt.ts';
import { tornadoChart } from '../../charts/tornado.ts';
import { phaseName } from '../../model/phases.ts';
import { calendarOf } from '../../project/simulate-scenario.ts';
import { inputName, type ReportContext } from '../context.ts';
import type { ReportSection } from '../report-model.ts';
import { chartOptions } from './cost.ts';

/** Tasks listed as most critical: those on the critical path in at least this share of runs. */
const CRITICAL_LISTED = 12;

export function scheduleSection(ctx: ReportContext): ReportSection {
  const { result, format: f, project } = ctx;
  const calendar = calendarOf(project);
  const critical = [...result.tasks]
    .filter((t) => t.criticality > 0)
    .sort((a, b) => b.criticality - a.criticality || b.duration.p80 - a.duration.p80)
    .slice(0, CRITICAL_LISTED);
  const days = (v: number) => f.fixed(v, 1);
  return {
    id: 'schedule',
    title: 'Schedule',
    blocks: [
      {
        kind: 'paragraph',
        tone: 'lead',
        text:
          `Work starts on ${f.date(result.startDate)}. Half of the simulated schedules launch within ` +
          `${f.workingDays(result.duration.p50)} (${f.date(result.finish.p50)}), four in five within ` +
          `${f.workingDays(result.duration.p80)} (${f.date(result.finish.p80)}), counting ` +
          `${f.number(project.settings.workdaysPerWeek)} working days a week${project.settings.holidays.length > 0 ? ' and the listed holidays' : ''}.`,
      },
      { kind: 'chart', chart: phaseGanttChart(result, { ...chartOptions(ctx, 0.5), calendar }) },
      { kind: 'chart', chart: finishSCurveChart(result, { ...chartOptions(ctx, 0.4), calendar }) },
      { kind: 'heading', text: 'Most critical tasks' },
      {
        kind: 'paragraph',
        tone: 'note',
        text: 'Criticality is the share of simulations in which a task was on the critical path: a delay to it delays the launch.',
      },
      {
        kind: 'table',
        caption: 'The tasks most often on the critical path',
        columns: [
          { header: 'Task', weight: 3 },
          { header: 'Phase', weight: 1.5 },
          { header: 'Critical', align: 'right', weight: 0.8 },
          { header: 'Days, P50', align: 'right', weight: 0.8 },
          { header: 'Days, P80', align: 'right', weight: 0.8 },
        ],
        rows: critical.map((t) => [
          t.name,
          phaseName(t.phase),
          f.percent(t.criticality),
          days(t.duration.p50),
          days(t.duration.p80),
        ]),
      },
    ],
  };
}

export function sensitivitySection(ctx: ReportContext): ReportSection {
  const { result, format: f } = ctx;
  const durationRho = new Map(result.sensitivity.duration.map((e) => [e.id, e.rho]));
  const rows = result.sensitivity.cost
    .slice(0, 10)
    .map((e) => [inputName(e), f.rho(e.rho), f.rho(durationRho.get(e.id) ?? 0)]);
  return {
    id: 'sensitivity',
    title: 'Sensitivity',
    blocks: [
      {
        kind: 'paragraph',
        tone: 'lead',
        text:
          'Which uncertain inputs move the result most? For every task, driver and risk we measured how strongly its ' +
          'simulated value goes with the total (Spearman rank correlation, from −1 to +1): the longer the bar, the more ' +
          'narrowing that input would narrow the estimate. These are the places to spend effort on better information.',
      },
      {
        kind: 'chart',
        chart: tornadoChart(result, { ...chartOptions(ctx, 0.55), measure: 'cost' }),
      },
      { kind: 'heading', text: 'Strongest inputs' },
      {
        kind: 'table',
        caption: 'Rank correlation of the strongest inputs with the build cost and the duration',
        columns: [
          { header: 'Input', weight: 4 },
          { header: 'With the build cost', align: 'right' },
          { header: 'With the duration', align: 'right' },
        ],
        rows,
      },
      {
        kind: 'paragraph',
        tone: 'note',
        text: `Correlations are computed on the first ${f.number(result.sensitivity.sampleSize)} simulations.`,
      },
    ],
  };
}
