import { runningCostChart } from '../../charts/running-cost.ts';
import type { ReportContext } from '../context.ts';
import type { ReportSection } from '../report-model.ts';
import { chartOptions } from './cost.ts';

export function runningSection(ctx: ReportContext): ReportSection {
  const { result, format: f, project } = ctx;
  const months = result.runCostPerMonth ?? [];
  const streams = result.built.running;
  const horizon = project.settings.horizonMonths;
  if (months.length === 0) {
    return {
      id: 'running',
      title: 'Running costs',
      blocks: [
        {
          kind: 'paragraph',
          tone: 'lead',
          text:
            horizon === 0
              ? 'The horizon for running costs is 0 months, so the report counts the build only.'
              : 'This plan has no running costs after launch.',
        },
      ],
    };
  }
  return {
    id: 'running',
    title: 'Running costs',
    blocks: [
      {
        kind: 'paragraph',
        tone: 'lead',
        text:
          `A model in production keeps costing money: serving, storage, monitoring, retraining, new labels and the team's ` +
          `maintenance. Over the ${f.number(horizon)} months after launch this adds ${f.estimate(result.runCost?.p50 ?? 0)} ` +
          `(P50) to ${f.estimate(result.runCost?.p80 ?? 0)} (P80).`,
      },
      { kind: 'chart', chart: runningCostChart(result, chartOptions(ctx, 0.45)) },
      { kind: 'heading', text: 'Per month' },
      {
        kind: 'table',
        caption: 'Running cost per month after launch',
        columns: [
          { header: 'Month after launch' },
          { header: 'Mean', align: 'right' },
          { header: 'P50', align: 'right' },
          { header: 'P80', align: 'right' },
        ],
        rows: months.map((m) => [
          f.number(m.month),
          f.estimate(m.mean),
          f.estimate(m.p50),
          f.estimate(m.p80),
        ]),
      },
      { kind: 'heading', text: 'What it is made of' },
      {
        kind: 'table',
        caption: 'Running cost streams',
        columns: [
          { header: 'Stream', weight: 1.4 },
          { header: 'First month', align: 'right', weight: 0.8 },
          { header: 'Why and how it is priced', weight: 3.2 },
        ],
        rows: streams.map((s) => [s.name, f.estimate(s.monthly[0] ?? 0), s.explain]),
      },
    ],
  };
}
