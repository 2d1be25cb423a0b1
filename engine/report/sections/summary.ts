import { categoryName } from '../../charts/cost-by-category.ts';
import type { Severity } from '../../advisor/finding.ts';
import { inputName, type ReportContext } from '../context.ts';
import type { KeyFigure, ReportBlock, ReportSection } from '../report-model.ts';
import { rankedRisks } from './risks.ts';

const SEVERITY_ORDER: Record<Severity, number> = { critical: 0, warning: 1, info: 2 };
const SEVERITY_NAME: Record<Severity, string> = {
  critical: 'Critical',
  warning: 'Warning',
  info: 'Note',
};
/** A category name inside a sentence: lower case, except acronyms ("MLOps"). */
const inSentence = (name: string) => (/^[A-Z]{2}/.test(name) ? name : name.toLowerCase());
const VISIBLE = 'model';
const RUNNING = 'running';

/** The build-cost categories below the waterline with their share of the mean build cost. */
export function hiddenParts(ctx: ReportContext): { id: string; share: number }[] {
  const { costByCategory, cost } = ctx.result;
  return Object.entries(costByCategory)
    .filter(([id]) => id !== VISIBLE && id !== RUNNING)
    .map(([id, s]) => ({ id, share: cost.mean > 0 ? s.mean / cost.mean : 0 }))
    .sort((a, b) => b.share - a.share);
}

/** The cover's and the summary's headline figures. */
export function headlineFigures(ctx: ReportContext): KeyFigure[] {
  const { result, format: f } = ctx;
  return [
    { label: 'Build cost, P50', value: f.estimate(result.cost.p50), note: 'as likely as not' },
    { label: 'Build cost, P80', value: f.estimate(result.cost.p80), note: '4 in 5 cost less' },
    { label: 'Launch, P50', value: f.date(result.finish.p50), note: 'as likely as not' },
    { label: 'Launch, P80', value: f.date(result.finish.p80), note: '4 in 5 launch sooner' },
  ];
}

export function headline(ctx: ReportContext): string {
  const { result, format: f, project } = ctx;
  return (
    `Four times in five, ${project.meta.name} costs at most ${f.estimate(result.cost.p80)} ` +
    `to build and launches by ${f.date(result.finish.p80)}.`
  );
}

export function summarySection(ctx: ReportContext): ReportSection {
  const { result, format: f, project } = ctx;
  const n = f.number(result.iterations);
  const blocks: ReportBlock[] = [
    {
      kind: 'paragraph',
      tone: 'lead',
      text:
        `We simulated the plan ${n} times with its uncertain efforts, shared drivers and risks. ` +
        `Half of the simulated projects cost less than ${f.estimate(result.cost.p50)} and four in five less than ` +
        `${f.estimate(result.cost.p80)}; half launch by ${f.date(result.finish.p50)} and four in five by ${f.date(result.finish.p80)}.`,
    },
    { kind: 'figures', items: headlineFigures(ctx) },
  ];

  const money: KeyFigure[] = [];
  const months = project.settings.horizonMonths;
  if (result.runCostPerMonth && result.runCostPerMonth.length > 0) {
    const perMonth =
      result.runCostPerMonth.reduce((sum, m) => sum + m.mean, 0) / result.runCostPerMonth.length;
    money.push({
      label: 'Running cost per month',
      value: f.estimate(perMonth),
      note: 'mean after launch',
    });
  }
  if (result.tco) {
    money.push({
      label: `Total cost over ${f.number(months)} months`,
      value: f.estimate(result.tco.p80),
      note: `P80; P50 ${f.estimate(result.tco.p50)}`,
    });
  }
  if (result.hiddenShare) {
    money.push({
      label: 'Hidden share of the build',
      value: f.percent(result.hiddenShare.p50),
      note: 'P50; work beyond the model',
    });
  }
  if (result.noGo !== undefined) {
    money.push({
      label: 'Chance the PoC stops it',
      value: f.percent(result.noGo),
      note: result.costIfStopped
        ? `spent by then, P50 ${f.estimate(result.costIfStopped.p50)}`
        : 'no-go at the gate',
    });
  }
  if (money.length > 0) blocks.push({ kind: 'figures', items: money });

  const parts = hiddenParts(ctx).filter((p) => p.share >= 0.005);
  if (result.hiddenShare && parts.length > 0) {
    const list = parts.map((p) => `${inSentence(categoryName(p.id))} ${f.percent(p.share)}`);
    blocks.push({
      kind: 'paragraph',
      text:
        `Below the waterline: ${f.percent(result.hiddenShare.mean)} of the build cost (on average) is not model work but ` +
        `${list.join(', ')} — the data, engineering and operations work that plans tend to forget.`,
    });
  }
  if (result.runCost && result.tco) {
    blocks.push({
      kind: 'paragraph',
      text:
        `Building it is not the whole bill: running it for ${f.number(months)} months after launch adds ` +
        `${f.estimate(result.runCost.p50)} (P50), for a total cost of ownership of ${f.estimate(result.tco.p50)} ` +
        `(P50) to ${f.estimate(result.tco.p80)} (P80).`,
    });
  }
  const { withinBudget, withinDeadline, both } = result.probabilities;
  const goals: string[] = [];
  if (withinBudget !== undefined && project.settings.budget !== undefined)
    goals.push(
      `a ${f.percent(withinBudget)} chance of staying within the budget of ${f.exact(project.settings.budget)}`,
    );
  if (withinDeadline !== undefined && project.settings.deadline !== undefined)
    goals.push(
      `a ${f.percent(withinDeadline)} chance of launching by the deadline, ${f.date(project.settings.deadline)}`,
    );
  if (both !== undefined && goals.length === 2) goals.push(`${f.percent(both)} of meeting both`);
  if (goals.length > 0)
    blocks.push({ kind: 'paragraph', text: `The plan has ${goals.join(', ')}.` });

  const drivers = result.sensitivity.cost.slice(0, 3);
  if (drivers.length > 0) {
    blocks.push({ kind: 'heading', text: 'What drives the uncertainty' });
    blocks.push({
      kind: 'list',
      items: drivers.map(
        (d) => `${inputName(d)}: rank correlation ${f.rho(d.rho)} with the build cost.`,
      ),
    });
  }
  const risks = rankedRisks(ctx).slice(0, 3);
  if (risks.length > 0) {
    blocks.push({ kind: 'heading', text: 'Top risks' });
    blocks.push({
      kind: 'list',
      items: risks.map(
        (r) =>
          `${r.name}: fires in ${f.percent(r.fired)} of the simulations` +
          (r.mitigation
            ? `; mitigation: ${r.mitigation.name || 'planned'}.`
            : '; no mitigation planned.'),
      ),
    });
  }
  const findings = [...result.findings]
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity])
    .slice(0, 3);
  if (findings.length > 0) {
    blocks.push({ kind: 'heading', text: 'What the plan may have forgotten' });
    blocks.push({
      kind: 'list',
      items: findings.map((x) => `${SEVERITY_NAME[x.severity]}: ${x.message} ${x.reason}`),
    });
  }
  return { id: 'summary', title: 'Executive summary', blocks };
}
