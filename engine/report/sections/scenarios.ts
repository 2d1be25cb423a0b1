import { calendarOf } from '../../project/simulate-scenario.ts';
import type { ReportContext } from '../context.ts';
import type { ReportSection } from '../report-model.ts';
import { scenarioCurvesChart } from '../scenario-curves.ts';
import { chartOptions } from './cost.ts';

/** The comparison of the project's scenarios; undefined when it has only one. */
export function scenariosSection(ctx: ReportContext): ReportSection | undefined {
  const { comparison, format: f, project } = ctx;
  const results = comparison?.scenarios ?? [];
  if (results.length < 2) return undefined;
  const base = results[0]!;
  const calendar = calendarOf(project);
  const mark = (name: string, i: number) =>
    `${name}${i === 0 ? ' (baseline)' : ''}${name === ctx.result.scenario.name ? ' ★' : ''}`;
  const deltaOr = (i: number, text: string) => (i === 0 ? '—' : text);
  const budget = project.settings.budget !== undefined;
  const deadline = project.settings.deadline !== undefined;
  return {
    id: 'scenarios',
    title: 'Scenarios',
    blocks: [
      {
        kind: 'paragraph',
        tone: 'lead',
        text:
          `The project has ${f.number(results.length)} scenarios. Each was simulated with the same seed and ` +
          `${f.number(base.iterations)} iterations, so a difference reflects the change between them, not chance. ` +
          'Differences are against the first scenario, the baseline; ★ marks the scenario this report is about.',
      },
      { kind: 'heading', text: 'Cost' },
      {
        kind: 'table',
        caption: 'Cost of each scenario, with the difference to the baseline',
        columns: [
          { header: 'Scenario', weight: 2 },
          { header: 'Cost P50', align: 'right' },
          { header: 'Cost P80', align: 'right' },
          { header: 'P80 vs baseline', align: 'right' },
          { header: 'Hidden share', align: 'right', weight: 0.8 },
          { header: 'TCO P50', align: 'right' },
          { header: 'TCO vs baseline', align: 'right' },
        ],
        rows: results.map((r, i) => [
          mark(r.scenario.name, i),
          f.estimate(r.cost.p50),
          f.estimate(r.cost.p80),
          deltaOr(i, f.delta(r.cost.p80 - base.cost.p80)),
          r.hiddenShare ? f.percent(r.hiddenShare.p50) : '—',
          r.tco ? f.estimate(r.tco.p50) : '—',
          deltaOr(i, r.tco && base.tco ? f.delta(r.tco.p50 - base.tco.p50) : '—'),
        ]),
      },
      { kind: 'heading', text: 'Launch' },
      {
        kind: 'table',
        caption: 'Launch dates of each scenario, with the difference to the baseline',
        columns: [
          { header: 'Scenario', weight: 2 },
          { header: 'Launch P50', align: 'right' },
          { header: 'Launch P80', align: 'right' },
          { header: 'P80 vs baseline', align: 'right', weight: 1.2 },
          ...(budget ? [{ header: 'Within budget', align: 'right' as const }] : []),
          ...(deadline ? [{ header: 'By the deadline', align: 'right' as const }] : []),
        ],
        rows: results.map((r, i) => [
          mark(r.scenario.name, i),
          f.date(r.finish.p50),
          f.date(r.finish.p80),
          deltaOr(
            i,
            `${f.number(r.duration.p80 - base.duration.p80, 0).replace(/^(?=\d)/, '+')} working days`,
          ),
          ...(budget ? [f.percent(r.probabilities.withinBudget ?? 0)] : []),
          ...(deadline ? [f.percent(r.probabilities.withinDeadline ?? 0)] : []),
        ]),
      },
      {
        kind: 'chart',
        chart: scenarioCurvesChart(results, 'cost', { ...chartOptions(ctx, 0.5), calendar }),
      },
      {
        kind: 'chart',
        chart: scenarioCurvesChart(results, 'finish', { ...chartOptions(ctx, 0.5), calendar }),
      },
    ],
  };
}
