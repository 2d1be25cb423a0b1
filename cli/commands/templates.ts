import { parseArgs } from '../args.ts';
import type { Command, Context } from '../command.ts';
import { EXIT_OK, UserError } from '../errors.ts';
import { loadRegistry } from '../project/registry.ts';

const OPTIONS = { json: { kind: 'flag' }, help: { kind: 'flag', short: 'h' } } as const;

const HELP = `Usage: fathom templates [--json]

Lists the project templates: the built-in ones and your own. A template of your own is a JSON
file (same format as presets/templates/*.json, see docs/templates.md) in a folder named by
$FATHOM_TEMPLATES (several separated by ":") or in ~/.fathom/templates.

Options:
  --json       print an array of {id, name, description}
  -h, --help   show this help
`;

async function run(args: readonly string[], context: Context): Promise<number> {
  const { options, positionals } = parseArgs(args, OPTIONS, 'templates');
  if (options.has('help')) {
    context.stdout(HELP);
    return EXIT_OK;
  }
  if (positionals.length > 0)
    throw new UserError(`fathom templates takes no FILE, got ${positionals.join(' ')}`);
  const registry = await loadRegistry(context);
  const list = registry.list();
  if (options.has('json')) {
    context.stdout(
      `${JSON.stringify(
        list.map(({ id, name, description }) => ({ id, name, description })),
        null,
        2,
      )}\n`,
    );
    return EXIT_OK;
  }
  const width = Math.max(...list.map((t) => t.id.length));
  const lines = list.map(
    (t) =>
      `  ${t.id.padEnd(width)}  ${t.name}${t.builtin ? '' : ' (yours)'}\n  ${' '.repeat(width)}  ${t.description}`,
  );
  context.stdout(`Templates (fathom new --template ID):\n\n${lines.join('\n\n')}\n`);
  return EXIT_OK;
}

export const templatesCommand: Command = {
  name: 'templates',
  summary: 'list the project templates (built-in and your own)',
  help: HELP,
  available: true,
  run,
};
