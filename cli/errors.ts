import { formatIssue, type FathomInputError } from './engine.ts';

/** Exit codes of `fathom` (DESIGN §3): 2 for bad usage or bad input, 1 for a bug. */
export const EXIT_OK = 0;
export const EXIT_INTERNAL = 1;
export const EXIT_USAGE = 2;

/**
 * A problem the user can fix (bad option, bad file): printed as one message on stderr without a
 * stack trace, exit code 2. Everything else that escapes a command is a bug.
 */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}

/** Most issues a message lists before it says how many more there are. */
const MAX_LISTED_ISSUES = 20;

/**
 * Turns an input error from the engine into one message whose every line names the file:
 * `tasks.csv, row 4, column "max": "abc" is not a number`.
 */
export function inFile(file: string, error: FathomInputError): UserError {
  const lines = error.issues.map(
    (issue) => `${file}${issue.path ? ', ' : ': '}${formatIssue(issue)}`,
  );
  if (lines.length === 1) return new UserError(lines[0]!);
  const listed = lines.slice(0, MAX_LISTED_ISSUES);
  const more = lines.length - listed.length;
  return new UserError(
    [
      `${file} has ${lines.length} problems:`,
      ...listed.map((l) => `  ${l}`),
      ...(more > 0 ? [`  … and ${more} more`] : []),
    ].join('\n'),
  );
}
