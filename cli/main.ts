import packageJson from '../package.json' with { type: 'json' };
import { ENGINE_VERSION, oneAfterAnother, simulate, type SimulateRuns } from './engine.ts';
import type { Command, Context, Simulator } from './command.ts';
import { reportCommand } from './commands/report.ts';
import { projectCommands } from './commands/project-commands.ts';
import { simulateCommand } from './commands/simulate.ts';
import { EXIT_INTERNAL, EXIT_OK, EXIT_USAGE, UserError } from './errors.ts';
import {
  serveIfSimulationWorker,
  simulateOnThreads,
  simulateRunsOnThreads,
  threadCount,
} from './parallel/threads.ts';

// The CLI bundle is also the script of its simulation threads.
serveIfSimulationWorker();

const COMMANDS: readonly Command[] = [simulateCommand, reportCommand, ...projectCommands];

export const VERSION_TEXT = `fathom ${packageJson.version} (engine ${ENGINE_VERSION})\n`;

function usage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  const list = COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n');
  return `Usage: fathom COMMAND [options]

Fathom estimates what a machine-learning project will cost and how long it will take, with the
hidden work made explicit and the uncertainty made honest.

Commands:
${list}

  fathom help COMMAND    show the options of a command
  fathom --version       show the version

Exit codes: 0 success, 2 bad usage or bad input (the message names the file, row and field),
1 internal error. Documentation: docs/cli.md
`;
}

/** Edit distance, to suggest a command for a typo. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length]!;
}

function findCommand(name: string): Command {
  const command = COMMANDS.find((c) => c.name === name);
  if (command) return command;
  if (name.startsWith('-')) throw new UserError(`unknown option ${name}; see "fathom --help"`);
  let hint = '';
  if (/\.(csv|json)$/i.test(name)) hint = `; did you mean "fathom simulate ${name}"?`;
  else {
    const near = COMMANDS.find((c) => distance(c.name, name.toLowerCase()) <= 2);
    if (near) hint = `; did you mean "${near.name}"?`;
  }
  throw new UserError(`unknown command "${name}"${hint} See "fathom --help".`);
}

function dispatch(argv: readonly string[], io: Context): number | Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    io.stderr(usage());
    return EXIT_USAGE;
  }
  if (first === '--help' || first === '-h') {
    io.stdout(usage());
    return EXIT_OK;
  }
  if (first === '--version' || first === '-v') {
    io.stdout(VERSION_TEXT);
    return EXIT_OK;
  }
  if (first === 'help') {
    if (rest.length === 0) {
      io.stdout(usage());
      return EXIT_OK;
    }
    if (rest.length > 1) throw new UserError('"fathom help" takes one command name');
    const command = findCommand(rest[0]!);
    if (!command.available) return command.run([], io);
    io.stdout(command.help);
    return EXIT_OK;
  }
  return findCommand(first).run(rest, io);
}

export type MainOptions = {
  /** Print the stack trace of internal errors. */
  debug?: boolean;
  /** How to simulate; `simulate()` on this thread by default. */
  simulate?: Simulator;
  /** How to simulate several runs at once; `simulate` on each in turn by default. */
  simulateRuns?: SimulateRuns;
};

/**
 * Runs `fathom` with `argv` (the arguments after the program name) and returns the exit code.
 * User errors become one `fathom: …` message on stderr with exit code 2 and nothing on stdout;
 * anything else is a bug: `fathom: internal error: …`, exit code 1.
 */
export async function main(
  argv: readonly string[],
  io: Pick<Context, 'stdout' | 'stderr'>,
  options: MainOptions = {},
): Promise<number> {
  const simulateOne = options.simulate ?? simulate;
  const context: Context = {
    ...io,
    simulate: simulateOne,
    simulateRuns: options.simulateRuns ?? oneAfterAnother(simulateOne),
  };
  try {
    return await dispatch(argv, context);
  } catch (error) {
    if (error instanceof UserError) {
      io.stderr(`fathom: ${error.message}\n`);
      return EXIT_USAGE;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`fathom: internal error: ${message}\n`);
    if (options.debug && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    else io.stderr('(set FATHOM_DEBUG=1 to see where it happened)\n');
    return EXIT_INTERNAL;
  }
}

/**
 * The process entry point `bin/fathom` calls with the URL of the bundle it imported, which
 * simulation threads load too.
 */
export async function run(bundle: URL): Promise<void> {
  const debug = Boolean(process.env['FATHOM_DEBUG']);
  if (debug) process.setSourceMapsEnabled(true);
  // A closed pipe (`fathom simulate … | head`) is not an error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? EXIT_OK);
    throw error;
  });
  const io = {
    stdout: (text: string) => void process.stdout.write(text),
    stderr: (text: string) => void process.stderr.write(text),
  };
  let threads: number;
  try {
    threads = threadCount(process.env);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    io.stderr(`fathom: ${error.message}\n`);
    process.exitCode = EXIT_USAGE;
    return;
  }
  process.exitCode = await main(process.argv.slice(2), io, {
    debug,
    simulate: (network, options) => simulateOnThreads(network, options, threads, bundle),
    simulateRuns: (runs) => simulateRunsOnThreads(runs, threads, bundle),
  });
}
