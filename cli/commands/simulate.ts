import {
  DEFAULT_ITERATIONS,
  DEFAULT_SEED,
  FathomInputError,
  MAX_ITERATIONS,
  type SimulationOptions,
} from '../engine.ts';
import { parseArgs } from '../args.ts';
import type { Command, Context } from '../command.ts';
import { EXIT_OK, inFile, UserError } from '../errors.ts';
import { loadPlan } from '../load-plan.ts';
import { iterationsOption, nonNegativeOption, seedOption } from '../options.ts';
import { simulationJson } from '../output/json.ts';
import { simulationTable } from '../output/table.ts';
import { projectJson, projectLines } from '../output/project.ts';

const OPTIONS = {
  risks: { kind: 'value' },
  iterations: { kind: 'value' },
  seed: { kind: 'value' },
  json: { kind: 'flag' },
  mitigated: { kind: 'flag' },
  budget: { kind: 'value' },
  deadline: { kind: 'value' },
  scenario: { kind: 'value' },
  help: { kind: 'flag', short: 'h' },
} as const;

const HELP = `Usage: fathom simulate FILE [options]

Runs a seeded Monte Carlo simulation of a plan and prints what it will cost and how long it
will take: P10/P50/P80/P90 of duration (working days) and cost, the most critical tasks and the
inputs that drive the variance.

FILE is a project file (*.fathom.json, made by "fathom new" or the app) or a task-list CSV
(columns id, name, min, likely, max, depends_on, distribution, rate, fixed_cost). For a project
file the iterations, seed, budget and deadline come from its settings unless given here, and the
output adds launch dates, cost by category, the hidden share, the PoC no-go chance, the cost of
ownership and the advisor's findings.

Options:
  --risks FILE       add the risks of a risks CSV (id, name, probability, task, delay_min,
                     delay_likely, delay_max, cost_min, cost_likely, cost_max, distribution)
  --iterations N     number of simulated projects, 1 to ${MAX_ITERATIONS} (default ${DEFAULT_ITERATIONS})
  --seed S           random seed, a whole number of at least 0 (default ${DEFAULT_SEED}); the same
                     plan and seed give the same numbers
  --budget X         also report the chance that the cost stays within X
  --deadline D       also report the chance of finishing within D working days
  --mitigated        simulate risks after their mitigation (mitigation_cost and
                     mitigated_probability columns of the risks CSV)
  --scenario ID      the scenario of a project file to simulate (default: the first)
  --json             print one JSON object instead of the table (see docs/cli.md)
  -h, --help         show this help

Examples:
  fathom simulate plan.fathom.json --scenario vendor-labels
  fathom simulate examples/ml-pipeline.tasks.csv --risks examples/ml-pipeline.risks.csv
  fathom simulate plan.csv --iterations 100000 --seed 7 --budget 350000 --deadline 180 --json
`;

async function run(args: readonly string[], context: Context): Promise<number> {
  const { options, positionals } = parseArgs(args, OPTIONS, 'simulate');
  if (options.has('help')) {
    context.stdout(HELP);
    return EXIT_OK;
  }
  if (positionals.length === 0) {
    throw new UserError(
      'fathom simulate needs a FILE: a project file or a task-list CSV; see "fathom help simulate"',
    );
  }
  if (positionals.length > 1) {
    throw new UserError(
      `fathom simulate takes one FILE, got ${positionals.length}: ${positionals.join(' ')}`,
    );
  }
  const file = positionals[0]!;
  const text = (name: keyof typeof OPTIONS) => {
    const value = options.get(name);
    return typeof value === 'string' ? value : undefined;
  };

  // Options first, so a typo in one is reported before a long file is read.
  const iterationsText = text('iterations');
  const seedText = text('seed');
  const budgetText = text('budget');
  const deadlineText = text('deadline');
  const iterations = iterationsOption(iterationsText);
  const seed = seedOption(seedText);
  const budget = budgetText === undefined ? undefined : nonNegativeOption('budget', budgetText);
  const deadline =
    deadlineText === undefined
      ? undefined
      : nonNegativeOption('deadline', deadlineText, 'working days');

  const risks = text('risks');
  const scenario = text('scenario');
  const plan = await loadPlan(
    file,
    {
      ...(risks !== undefined ? { risks } : {}),
      ...(scenario !== undefined ? { scenario } : {}),
    },
    context,
  );
  // A project's settings give the defaults; options on the command line win.
  const base: SimulationOptions = plan.project?.options ?? {
    iterations: DEFAULT_ITERATIONS,
    seed: DEFAULT_SEED,
  };
  const simulation: SimulationOptions = {
    ...base,
    iterations: iterations ?? base.iterations,
    seed: seed ?? base.seed,
    mitigated: options.has('mitigated') || (base.mitigated ?? false),
  };
  if (budget !== undefined) simulation.budget = budget;
  if (deadline !== undefined) simulation.deadline = deadline;
  const warnings = [...plan.warnings];
  if (simulation.mitigated && !(plan.network.risks ?? []).some((r) => r.mitigation)) {
    warnings.push(
      '--mitigated: no risk has a mitigation (mitigation_cost, mitigated_probability), so the results are those without it',
    );
  }
  for (const warning of warnings) context.stderr(`fathom: warning: ${warning}\n`);

  let result;
  try {
    result = await context.simulate(plan.network, simulation);
  } catch (error) {
    // The importers check what the engine checks; this only relays anything they missed.
    if (error instanceof FathomInputError) throw inFile(file, error);
    throw error;
  }

  const scenarioResult = plan.project?.complete(result);
  if (options.has('json')) {
    const json = {
      ...simulationJson(result, plan.taskOrder),
      ...(scenarioResult ? projectJson(scenarioResult) : {}),
    };
    context.stdout(`${JSON.stringify(json, null, 2)}\n`);
  } else {
    context.stdout(
      simulationTable(result, {
        title: plan.title,
        ...(simulation.budget !== undefined ? { budget: simulation.budget } : {}),
        ...(simulation.deadline !== undefined ? { deadline: simulation.deadline } : {}),
      }),
    );
    if (scenarioResult) context.stdout(`\n${projectLines(scenarioResult)}`);
  }
  return EXIT_OK;
}

export const simulateCommand: Command = {
  name: 'simulate',
  summary: 'simulate a project file or a task-list CSV: cost, dates, critical tasks, drivers',
  help: HELP,
  available: true,
  run,
};
