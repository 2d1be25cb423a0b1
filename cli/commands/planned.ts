import type { Command } from '../command.ts';
import { UserError } from '../errors.ts';

/**
 * A command DESIGN §3 promises that this version does not have yet: it answers with one line and
 * exit code 2 rather than "unknown command", so scripts written against the design fail clearly.
 */
function planned(name: string, usage: string, summary: string): Command {
  const notYet = `"fathom ${name}" is not available yet in this version; see "fathom --help"`;
  return {
    name,
    summary: `${summary} (not available yet)`,
    help: `Usage: ${usage}\n\n${summary}.\nNot available yet in this version.\n`,
    available: false,
    run() {
      throw new UserError(notYet);
    },
  };
}

export const plannedCommands: readonly Command[] = [
  planned('compare', 'fathom compare FILE [--json]', 'compare the scenarios of a project file'),
];
