import { UserError } from './errors.ts';

/** An option a command accepts: a flag (`--json`) or one that takes a value (`--seed 7`). */
export type OptionSpec = { kind: 'flag' | 'value'; short?: string };

export type ParsedArgs = {
  /** Values of the options given, by long name; flags map to `true`. */
  options: Map<string, string | true>;
  positionals: string[];
};

/** An argument that looks like an option rather than a value: `--x`, `-x` (but not `-5`). */
const OPTION_LIKE = /^--?[A-Za-z]/;

/**
 * Parses a command's arguments: `--name value`, `--name=value`, flags, short aliases and `--`.
 * Our own rather than `node:util` `parseArgs`, whose messages are about its API
 * ("ambiguous argument") and which reads `--seed -5` as a missing value instead of letting the
 * command say that a seed cannot be negative. Throws `UserError` naming the option for an
 * unknown option, a missing value, a value given to a flag or an option given twice.
 */
export function parseArgs(
  args: readonly string[],
  spec: Readonly<Record<string, OptionSpec>>,
  command: string,
): ParsedArgs {
  const byShort = new Map(
    Object.entries(spec).flatMap(([name, s]) => (s.short ? [[s.short, name] as const] : [])),
  );
  const options = new Map<string, string | true>();
  const positionals: string[] = [];
  const help = `see "fathom help ${command}"`;

  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (!OPTION_LIKE.test(arg)) {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const written = eq >= 0 ? arg.slice(0, eq) : arg;
    const name = written.startsWith('--') ? written.slice(2) : byShort.get(written.slice(1));
    const option = name === undefined ? undefined : spec[name];
    if (name === undefined || option === undefined) {
      throw new UserError(`unknown option ${written} for "fathom ${command}"; ${help}`);
    }
    if (options.has(name)) throw new UserError(`option --${name} is given twice`);

    if (option.kind === 'flag') {
      if (eq >= 0) throw new UserError(`option --${name} takes no value, got "${arg}"`);
      options.set(name, true);
      continue;
    }
    let value: string | undefined;
    if (eq >= 0) value = arg.slice(eq + 1);
    else {
      const next = args[i + 1];
      if (next !== undefined && !OPTION_LIKE.test(next) && next !== '--') {
        value = next;
        i++;
      }
    }
    if (value === undefined || value === '') {
      throw new UserError(`option --${name} needs a value; ${help}`);
    }
    options.set(name, value);
  }
  return { options, positionals };
}
