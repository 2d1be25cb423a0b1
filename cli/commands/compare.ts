import { DEFAULT_SEED } from '../engine.ts';
import { parseArgs } from '../args.ts';
import type { Command, Context } from '../command.ts';
import { EXIT_OK, inFile, UserError } from '../errors.ts';
import { iterationsOption, seedOption } from '../options.ts';
import { formatAmount, formatPercent } from '../output/format.ts';
import type { Comparison } from '../project/model.ts';
import { loadRegistry } from '../project/registry.ts';
import { readTextFile } from '../read-text-file.ts';

const OPTIONS = {
  json: { kind: 'flag' },
  csv: { kind: 'flag' },
  iterations: { kind: 'value' },
  seed: { kind: 'value' },
  baseline: { kind: 'value' },
  help: { kind: 'flag', short: 'h' },
} as const;

const HELP = `Usage: fathom compare PROJECT.fathom.json [--json | --csv] [--iterations N] [--seed S] [--baseline ID]

Simulates every scenario of a project with the same seed (scenarios share random numbers for the
work they share, so a difference reflects the change, not noise) and prints the comparison: P50
and P80 cost and launch date, hidden share, cost of ownership and the chance of meeting the
budget and the deadline, each with its difference from the baseline scenario.

Options:
  --json           print the comparison as one JSON object (without the S-curves)
  --csv            print the summary CSV (one row per scenario, plain numbers)
  --iterations N   simulated projects per scenario (default: the project's setting)
  --seed S         random seed (default: the project's setting, else ${DEFAULT_SEED})
  --baseline ID    the scenario the others are compared with (default: the project's baseline)
  -h, --help       show this help
`;

function signed(text: string, value: number): string {
  return value > 0 ? `+${text}` : value < 0 ? `−${text.replace(/^-/, '')}` : '±0';
}

function table(c: Comparison): string {
  const rows: string[][] = [
    [
      'Scenario',
      'Cost P50',
      'Cost P80',
      'Launch P50',
      'Launch P80',
      'Hidden',
      'TCO P50',
      'Budget',
      'Deadline',
    ],
  ];
  for (const s of c.scenarios) {
    const delta = (v: { value: number; delta: { absolute: number } }, money = true) =>
      s.isBaseline
        ? ''
        : ` (${signed(money ? formatAmount(Math.abs(v.delta.absolute)) : formatPercent(Math.abs(v.delta.absolute)), v.delta.absolute)})`;
    const date = (d: { date: string; delta: { workingDays: number } }) =>
      `${d.date}${s.isBaseline ? '' : ` (${signed(`${Math.abs(Math.round(d.delta.workingDays))} wd`, d.delta.workingDays)})`}`;
    rows.push([
      `${s.name}${s.isBaseline ? ' [baseline]' : ''}`,
      `${formatAmount(s.cost.p50.value)}${delta(s.cost.p50)}`,
      `${formatAmount(s.cost.p80.value)}${delta(s.cost.p80)}`,
      date(s.finish.p50),
      date(s.finish.p80),
      `${formatPercent(s.hiddenShareP50.value)}${delta(s.hiddenShareP50, false)}`,
      `${formatAmount(s.tco.p50.value)}${delta(s.tco.p50)}`,
      s.withinBudget
        ? `${formatPercent(s.withinBudget.value)}${delta(s.withinBudget, false)}`
        : '—',
      s.byDeadline ? `${formatPercent(s.byDeadline.value)}${delta(s.byDeadline, false)}` : '—',
    ]);
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => [...r[i]!].length)));
  const lines = rows.map((r) =>
    r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  '),
  );
  lines.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('  '));
  return [
    `Scenarios compared (${c.currency}; ${c.iterations.toLocaleString('en-US')} iterations, seed ${c.seed}; differences from the baseline in brackets, wd = working days)`,
    '',
    ...lines,
    '',
  ].join('\n');
}

async function run(args: readonly string[], context: Context): Promise<number> {
  const { options, positionals } = parseArgs(args, OPTIONS, 'compare');
  if (options.has('help')) {
    context.stdout(HELP);
    return EXIT_OK;
  }
  if (positionals.length !== 1)
    throw new UserError('fathom compare needs one PROJECT file; see "fathom help compare"');
  if (options.has('json') && options.has('csv'))
    throw new UserError('--json and --csv cannot be used together');
  const value = (name: keyof typeof OPTIONS) => {
    const v = options.get(name);
    return typeof v === 'string' ? v : undefined;
  };
  const iterationsText = value('iterations');
  const seedText = value('seed');
  const iterations = iterationsOption(iterationsText, 100);
  const seed = seedOption(seedText);
  const file = positionals[0]!;
  if (!/\.json$/i.test(file))
    throw new UserError(`fathom compare reads a project file (.fathom.json); ${file} is not one`);
  const model = await import('../project/model.ts');
  const text = readTextFile(file);
  const registry = await loadRegistry(context);
  let comparison: Comparison;
  try {
    const project = model.parseProject(text);
    const baseline = value('baseline');
    comparison = model.compareScenarios(project, registry, {
      ...(iterations !== undefined ? { iterations } : {}),
      ...(seed !== undefined ? { seed } : {}),
      ...(baseline !== undefined ? { baselineId: baseline } : {}),
    });
  } catch (error) {
    if (error instanceof model.FathomInputError) {
      const only = error.issues.length === 1 ? error.issues[0]! : undefined;
      if (only?.path === 'scenario') throw new UserError(`--baseline: ${only.message}`);
      throw inFile(file, error);
    }
    throw error;
  }
  if (options.has('csv')) context.stdout(model.summaryCsv(comparison));
  else if (options.has('json')) {
    const scenarios = comparison.scenarios.map(({ sCurve: _curves, ...rest }) => rest);
    context.stdout(`${JSON.stringify({ ...comparison, scenarios }, null, 2)}\n`);
  } else context.stdout(table(comparison));
  return EXIT_OK;
}

export const compareCommand: Command = {
  name: 'compare',
  summary: 'compare the scenarios of a project file (same seed, deltas against the baseline)',
  help: HELP,
  available: true,
  run,
};
