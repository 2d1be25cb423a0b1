import { PERT_LAMBDA } from '../../constants.ts';
import type { Distribution } from '../../distributions/distribution.ts';
import type { ReportContext } from '../context.ts';
import type { ReportSection } from '../report-model.ts';

const DISTRIBUTION_WORDS: Record<Distribution['type'], string> = {
  pert: `BetaPERT (λ = ${PERT_LAMBDA}), from a minimum, most likely value and maximum: most draws near the most likely value, with a tail towards the maximum`,
  triangular: 'Triangular, from a minimum, most likely value and maximum',
  uniform: 'Uniform: every value between a minimum and a maximum equally likely',
  lognormal: 'Lognormal, from a 90% range: never negative, with a long right tail',
  normal: 'Normal, from a 90% range (draws below zero count as zero)',
  fixed: 'Fixed values where a figure is known',
  bernoulli: 'Bernoulli: yes/no events, such as a risk firing, with a given chance',
};

function distributionsUsed(ctx: ReportContext): Distribution['type'][] {
  const { built } = ctx.result;
  const found = new Set<Distribution['type']>();
  const add = (d: Distribution | undefined) => d && found.add(d.type);
  for (const t of built.tasks) {
    add(t.duration);
    add(t.effort);
  }
  for (const d of built.drivers) add(d.multiplier);
  for (const r of built.risks) {
    add(r.delay);
    add(r.cost);
  }
  for (const r of built.running) add(r.uncertainty);
  add(built.poc.iterations);
  if (built.risks.length > 0) found.add('bernoulli');
  return [...found].sort();
}

export function methodSection(ctx: ReportContext): ReportSection {
  const { result, format: f, project } = ctx;
  const convergence = Math.max(result.convergence.costP80, result.convergence.durationP80);
  return {
    id: 'method',
    title: 'Method',
    blocks: [
      {
        kind: 'paragraph',
        tone: 'lead',
        text:
          'Fathom estimates with a Monte Carlo simulation: it plays the project through many times, each time drawing every ' +
          'uncertain effort, driver and risk from its range, and records what each run costs and when it launches. The spread ' +
          'of those runs is the uncertainty of the plan.',
      },
      { kind: 'heading', text: 'What P50 and P80 mean' },
      {
        kind: 'paragraph',
        text:
          'P50 is the middle outcome: half of the simulated projects cost less (or launch sooner), half more. It is as likely ' +
          'to be beaten as to be missed, so it is not a safe commitment. P80 is the amount that four out of five simulated ' +
          'projects stay within: a commitment at P80 is missed about one time in five. P10 and P90 bound the range that ' +
          'eight in ten outcomes fall in.',
      },
      { kind: 'heading', text: 'This run' },
      {
        kind: 'table',
        caption: 'Settings of the simulation',
        columns: [
          { header: 'Setting', weight: 1.4 },
          { header: 'Value', weight: 3 },
        ],
        rows: [
          ['Simulations (iterations)', f.number(result.iterations)],
          ['Random seed', String(result.seed)],
          ['Engine version', result.engineVersion],
          ['Risks', result.mitigated ? 'With mitigations in place' : 'Without mitigations'],
          [
            'Outside view',
            project.settings.referenceClassUplift
              ? 'Reference-class uplift of IT project overruns applied'
              : 'Not applied',
          ],
          [
            'Calendar',
            `${f.number(project.settings.workdaysPerWeek)} working days a week from ${f.date(project.settings.startDate)}; ${f.number(project.settings.holidays.length)} holidays`,
          ],
          [
            'Running costs horizon',
            `${f.number(project.settings.horizonMonths)} months after launch`,
          ],
          [
            'Convergence',
            `P80 moved ${f.percent(convergence)} over the last tenth of the simulations`,
          ],
          ['Sensitivity sample', `${f.number(result.sensitivity.sampleSize)} simulations`],
        ],
      },
      { kind: 'heading', text: 'Distributions used' },
      { kind: 'list', items: distributionsUsed(ctx).map((t) => `${DISTRIBUTION_WORDS[t]}.`) },
      {
        kind: 'paragraph',
        tone: 'note',
        text:
          'Same project file and seed give the same numbers in the app, the command line (fathom simulate --json) and this report. ' +
          'Durations are working days; a dedicated person is paid for the whole span of the project, so a slipping schedule raises the cost.',
      },
    ],
  };
}
