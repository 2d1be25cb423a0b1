import { costByCategoryChart, categoryName } from '../../charts/cost-by-category.ts';
import { costHistogramChart } from '../../charts/cost-histogram.ts';
import { phaseName, phaseOrder } from '../../model/phases.ts';
import type { ReportContext } from '../context.ts';
import { chartPixels } from '../page.ts';
import type { ReportSection } from '../report-model.ts';

const VISIBLE = 'model';
const RUNNING = 'running';

export function chartOptions(ctx: ReportContext, aspect: number) {
  return {
    ...chartPixels(ctx.paper, aspect),
    currency: ctx.format.currency,
    locale: ctx.format.locale,
  };
}

export function costSection(ctx: ReportContext): ReportSection {
  const { result, format: f } = ctx;
  const share = (v: number) => f.percent(result.cost.mean > 0 ? v / result.cost.mean : 0);
  const hidden = Object.keys(result.costByCategory).filter(
    (id) => id !== VISIBLE && id !== RUNNING,
  );
  const row = (name: string, s: { mean: number; p50: number; p80: number }) => [
    name,
    f.estimate(s.p50),
    f.estimate(s.p80),
    f.estimate(s.mean),
    share(s.mean),
  ];
  const visible = result.costByCategory[VISIBLE];
  const hiddenMean = hidden.reduce((sum, id) => sum + (result.costByCategory[id]?.mean ?? 0), 0);
  const rows: string[][] = [];
  const emphasis: number[] = [];
  if (visible) rows.push(row('Model work (visible)', visible));
  for (const id of hidden.sort(
    (a, b) => (result.costByCategory[b]?.mean ?? 0) - (result.costByCategory[a]?.mean ?? 0),
  )) {
    rows.push(row(`${categoryName(id)} (hidden)`, result.costByCategory[id]!));
  }
  emphasis.push(rows.length);
  rows.push(['Hidden work, all categories', '', '', f.estimate(hiddenMean), share(hiddenMean)]);
  emphasis.push(rows.length);
  rows.push(row('Build cost', result.cost));

  const phases = [...result.phases].sort((a, b) => phaseOrder(a.name) - phaseOrder(b.name));
  return {
    id: 'cost',
    title: 'Cost',
    blocks: [
      {
        kind: 'paragraph',
        tone: 'lead',
        text:
          'The build cost runs up to launch and includes labour, compute, labeling, tools and the risks that fire. ' +
          'The model work is what most plans price; the hidden categories are the rest of the work a production model needs.',
      },
      { kind: 'heading', text: 'By category' },
      {
        kind: 'table',
        caption: 'Build cost by category, hidden work set apart',
        columns: [
          { header: 'Category', weight: 2.2 },
          { header: 'P50', align: 'right' },
          { header: 'P80', align: 'right' },
          { header: 'Mean', align: 'right' },
          { header: 'Share', align: 'right', weight: 0.7 },
        ],
        rows,
        emphasis,
      },
      {
        kind: 'paragraph',
        tone: 'note',
        text: 'Means add up to the mean build cost; percentiles of parts do not add up to the percentile of the whole.',
      },
      { kind: 'chart', chart: costByCategoryChart(result, chartOptions(ctx, 0.55)) },
      { kind: 'heading', text: 'By phase' },
      {
        kind: 'table',
        caption: 'Build cost by phase',
        columns: [
          { header: 'Phase', weight: 2.2 },
          { header: 'P50', align: 'right' },
          { header: 'P80', align: 'right' },
          { header: 'Mean', align: 'right' },
          { header: 'Share', align: 'right', weight: 0.7 },
        ],
        rows: phases.map((p) => [
          phaseName(p.name),
          f.estimate(p.cost.p50),
          f.estimate(p.cost.p80),
          f.estimate(p.cost.mean),
          share(p.cost.mean),
        ]),
      },
      { kind: 'heading', text: 'How sure we are' },
      { kind: 'chart', chart: costHistogramChart(result, chartOptions(ctx, 0.45)) },
    ],
  };
}
