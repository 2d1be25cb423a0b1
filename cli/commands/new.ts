import { parseArgs } from '../args.ts';
import type { Command, Context } from '../command.ts';
import { EXIT_OK, UserError } from '../errors.ts';
import { loadRegistry } from '../project/registry.ts';

const OPTIONS = {
  template: { kind: 'value' },
  region: { kind: 'value' },
  currency: { kind: 'value' },
  name: { kind: 'value' },
  author: { kind: 'value' },
  help: { kind: 'flag', short: 'h' },
} as const;

const HELP = `Usage: fathom new --template ID [--region R] [--currency C] [--name TEXT] [--author TEXT]

Prints a new project file (JSON) for a template on stdout, with the template's default inputs,
a team priced from the region's rate card, and the plan starting next Monday. Save it and
simulate it:

  fathom new --template churn --region western-europe --currency EUR > churn.fathom.json
  fathom simulate churn.fathom.json

Options:
  --template ID   a template id from "fathom templates" (required)
  --region R      rate card of the team: us (default), western-europe, eastern-europe, india
  --currency C    currency of every amount: USD (default), EUR, GBP, PLN, UAH, INR
  --name TEXT     the plan's name (default: the template's name)
  --author TEXT   who wrote the plan
  -h, --help      show this help
`;

async function run(args: readonly string[], context: Context): Promise<number> {
  const { options, positionals } = parseArgs(args, OPTIONS, 'new');
  if (options.has('help')) {
    context.stdout(HELP);
    return EXIT_OK;
  }
  if (positionals.length > 0)
    throw new UserError(
      `fathom new takes no FILE, got ${positionals.join(' ')}; it prints the project on stdout`,
    );
  const value = (name: keyof typeof OPTIONS) => {
    const v = options.get(name);
    return typeof v === 'string' ? v : undefined;
  };
  const templateId = value('template');
  if (templateId === undefined)
    throw new UserError('fathom new needs --template ID; "fathom templates" lists them');
  const model = await import('../project/model.ts');
  const region = value('region') ?? 'us';
  if (!(model.regions as readonly string[]).includes(region)) {
    throw new UserError(
      `--region: unknown region "${region}"; use one of ${model.regions.join(', ')}`,
    );
  }
  const currency = value('currency') ?? 'USD';
  const rates = model.builtinPresets().exchangeRates.rates;
  if (!rates[currency])
    throw new UserError(
      `--currency: no exchange rate for "${currency}"; use one of ${Object.keys(rates).join(', ')}`,
    );
  const registry = await loadRegistry(context);
  let template;
  try {
    template = registry.get(templateId);
  } catch {
    throw new UserError(
      `--template: unknown template "${templateId}"; known: ${registry
        .list()
        .map((t) => t.id)
        .join(', ')}`,
    );
  }
  const name = value('name');
  const author = value('author');
  const project = model.createProject(template, {
    today: new Date().toISOString().slice(0, 10),
    region: region as (typeof model.regions)[number],
    currency,
    ...(name !== undefined ? { name } : {}),
    ...(author !== undefined ? { author } : {}),
  });
  context.stdout(model.serializeProject(project));
  return EXIT_OK;
}

export const newCommand: Command = {
  name: 'new',
  summary: 'print a new project file from a template',
  help: HELP,
  available: true,
  run,
};
