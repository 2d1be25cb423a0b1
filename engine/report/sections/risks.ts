import type { BuiltRisk } from '../../model/built-scenario.ts';
import { finishDate } from '../../calendar/working-days.ts';
import { calendarOf } from '../../project/simulate-scenario.ts';
import { describeDistribution, type ReportContext } from '../context.ts';
import type { ReportBlock, ReportSection } from '../report-model.ts';

export type RankedRisk = BuiltRisk & { fired: number; rho: number };

/** The register, most influential first: by rank correlation with the cost, then by chance. */
export function rankedRisks(ctx: ReportContext): RankedRisk[] {
  const { result } = ctx;
  const rho = new Map(
    result.sensitivity.cost.filter((s) => s.kind === 'risk').map((s) => [s.id, s.rho]),
  );
  const fired = new Map(result.risks.map((r) => [r.id, r.firedFraction]));
  return result.built.risks
    .map((r) => ({ ...r, fired: fired.get(r.id) ?? 0, rho: rho.get(r.id) ?? 0 }))
    .sort((a, b) => Math.abs(b.rho) - Math.abs(a.rho) || b.probability - a.probability);
}

export function risksSection(ctx: ReportContext): ReportSection {
  const { result, comparison, format: f, project } = ctx;
  const risks = rankedRisks(ctx);
  const taskName = new Map(result.built.tasks.map((t) => [t.id, t.name]));
  const days = (v: number) => f.number(v, 1);
  const blocks: ReportBlock[] = [
    {
      kind: 'paragraph',
      tone: 'lead',
      text:
        'Risk events are things that may or may not happen. Each has a chance and an impact — a delay to a task, ' +
        'a cost, or both — and may have a mitigation that costs money up front and lowers the chance. ' +
        `The plan's figures are ${project.settings.mitigated ? 'with the mitigations in place' : 'without the mitigations'}.`,
    },
  ];

  if (comparison && risks.some((r) => r.mitigation)) {
    const before = comparison.unmitigated;
    const after = comparison.mitigated;
    const calendar = calendarOf(project);
    const date = (d: number) => f.date(finishDate(calendar, d));
    blocks.push({ kind: 'heading', text: 'Before and after mitigation' });
    blocks.push({
      kind: 'table',
      caption: 'The plan without and with the mitigations',
      columns: [
        { header: '', weight: 1.6 },
        { header: 'Without mitigation', align: 'right' },
        { header: 'With mitigation', align: 'right' },
        { header: 'Difference', align: 'right' },
      ],
      rows: [
        [
          'Build cost, P50',
          f.estimate(before.cost.p50),
          f.estimate(after.cost.p50),
          f.delta(after.cost.p50 - before.cost.p50),
        ],
        [
          'Build cost, P80',
          f.estimate(before.cost.p80),
          f.estimate(after.cost.p80),
          f.delta(after.cost.p80 - before.cost.p80),
        ],
        [
          'Launch, P50',
          date(before.duration.p50),
          date(after.duration.p50),
          `${f.number(after.duration.p50 - before.duration.p50, 0)} working days`,
        ],
        [
          'Launch, P80',
          date(before.duration.p80),
          date(after.duration.p80),
          `${f.number(after.duration.p80 - before.duration.p80, 0)} working days`,
        ],
      ],
    });
  }

  const firedBefore = new Map(
    (comparison?.unmitigated ?? result).risks.map((r) => [r.id, r.firedFraction]),
  );
  const firedAfter = new Map(
    (comparison?.mitigated ?? result).risks.map((r) => [r.id, r.firedFraction]),
  );
  blocks.push({ kind: 'heading', text: 'Risk register' });
  blocks.push({
    kind: 'table',
    caption: 'Risk register with the chance of each risk before and after its mitigation',
    columns: [
      { header: 'Risk', weight: 2.4 },
      { header: 'Impact', weight: 2.4 },
      { header: 'Chance before', align: 'right', weight: 0.9 },
      { header: 'Mitigation', weight: 2.2 },
      { header: 'Chance after', align: 'right', weight: 0.9 },
    ],
    rows: risks.map((r) => {
      const impact: string[] = [];
      if (r.delay)
        impact.push(
          `${describeDistribution(r.delay, days)} working days${r.task ? ` on “${taskName.get(r.task) ?? r.task}”` : ''}`,
        );
      if (r.cost) impact.push(`cost ${describeDistribution(r.cost, f.estimate)}`);
      const before = firedBefore.get(r.id) ?? r.probability;
      const after = r.mitigation ? (firedAfter.get(r.id) ?? r.mitigation.probability) : before;
      return [
        r.name,
        impact.join('; ') || '—',
        f.percent(before),
        r.mitigation
          ? `${r.mitigation.name || 'Mitigation'} (${f.estimate(r.mitigation.cost)})`
          : 'None planned',
        r.mitigation ? f.percent(after) : '—',
      ];
    }),
  });
  blocks.push({
    kind: 'paragraph',
    tone: 'note',
    text: `Chances are the share of the ${f.number(result.iterations)} simulations in which the risk fired.`,
  });
  return { id: 'risks', title: 'Risks', blocks };
}
