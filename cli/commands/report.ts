import { parseArgs } from '../args.ts';
import type { Command, Context } from '../command.ts';
import { EXIT_OK, UserError } from '../errors.ts';
import { iterationsOption, seedOption } from '../options.ts';
import { MAX_ITERATIONS } from '../engine.ts';

const OPTIONS = {
  pdf: { kind: 'value' },
  scenario: { kind: 'value' },
  iterations: { kind: 'value' },
  seed: { kind: 'value' },
  paper: { kind: 'value' },
  locale: { kind: 'value' },
  author: { kind: 'value' },
  help: { kind: 'flag', short: 'h' },
} as const;

const PAPERS = ['a4', 'letter'] as const;

const HELP = `Usage: fathom report PROJECT.fathom.json --pdf OUT.pdf [options]

Writes the stakeholder PDF report of a project file: what the project will cost and when it will
launch (P50 and P80), the hidden work, schedule, sensitivity, risks before and after mitigation,
the comparison of its scenarios, running costs, every assumption with its source, and the method.
Its numbers equal those of "fathom simulate --json" for the same file, iterations and seed.

Options:
  --pdf OUT.pdf      where to write the report (required)
  --scenario ID      the scenario to report on (default: the first)
  --iterations N     number of simulated projects, 1 to ${MAX_ITERATIONS} (default: the project's setting)
  --seed S           random seed, a whole number of at least 0 (default: the project's setting)
  --paper SIZE       a4 or letter (default a4)
  --locale TAG       how numbers and dates are written, e.g. en-GB, de-DE (default en-US)
  --author NAME      who the report is from (default: the project's author)
  -h, --help         show this help

Example:
  fathom report plan.fathom.json --pdf plan.pdf --iterations 100000 --seed 7 --paper letter
`;

function isLocale(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

async function run(args: readonly string[], context: Context): Promise<number> {
  const { options, positionals } = parseArgs(args, OPTIONS, 'report');
  if (options.has('help')) {
    context.stdout(HELP);
    return EXIT_OK;
  }
  const text = (name: keyof typeof OPTIONS) => {
    const value = options.get(name);
    return typeof value === 'string' ? value : undefined;
  };
  if (positionals.length !== 1) {
    throw new UserError(
      positionals.length === 0
        ? 'fathom report needs a project file (.fathom.json); see "fathom help report"'
        : `fathom report takes one project file, got ${positionals.length}: ${positionals.join(' ')}`,
    );
  }
  const file = positionals[0]!;
  const out = text('pdf');
  if (out === undefined)
    throw new UserError('fathom report needs --pdf OUT.pdf: where to write the report');
  const paper = text('paper') ?? 'a4';
  if (!(PAPERS as readonly string[]).includes(paper.toLowerCase()))
    throw new UserError(`--paper must be a4 or letter, got "${paper}"`);
  const locale = text('locale') ?? 'en-US';
  if (!isLocale(locale))
    throw new UserError(`--locale must be a language tag such as en-GB or de-DE, got "${locale}"`);
  const iterationsText = text('iterations');
  const seedText = text('seed');
  const iterations = iterationsOption(iterationsText);
  const seed = seedOption(seedText);
  if (!/\.json$/i.test(file)) {
    throw new UserError(
      `${file}: fathom report reads a project file (.fathom.json); a task-list CSV has no scenarios, inputs or sources to report`,
    );
  }
  // The report pulls in the ML cost model, zod, mathjs and jsPDF: loaded only when a report is
  // made, so that every other command starts without them (cli/engine.ts).
  const { writeReport } = await import('../report/write-report.ts');
  const scenario = text('scenario');
  const author = text('author');
  const written = await writeReport(
    {
      file,
      out,
      paper: paper.toLowerCase() as (typeof PAPERS)[number],
      locale,
      date: new Date().toISOString().slice(0, 10),
      ...(scenario !== undefined ? { scenario } : {}),
      ...(author !== undefined ? { author } : {}),
      ...(iterations !== undefined ? { iterations } : {}),
      ...(seed !== undefined ? { seed } : {}),
    },
    context,
  );
  context.stdout(
    `${out}: ${written.pages} pages. Build cost P50 ${written.keyNumbers.costP50}, P80 ${written.keyNumbers.costP80}; ` +
      `launch P50 ${written.keyNumbers.finishP50}, P80 ${written.keyNumbers.finishP80}.\n`,
  );
  return EXIT_OK;
}

export const reportCommand: Command = {
  name: 'report',
  summary: 'write the stakeholder PDF report of a project file',
  help: HELP,
  available: true,
  run,
};
