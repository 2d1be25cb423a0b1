/** One problem with user input, located by a path such as `tasks[3].duration.max` or `row 4, column max`. */
export type InputIssue = { path: string; message: string };

/**
 * The engine's one error style for bad input: every issue names where it is and what is wrong.
 * Callers (CLI, app, IPC) show `message`; programs read `issues`.
 */
export class FathomInputError extends Error {
  readonly issues: readonly InputIssue[];

  constructor(issues: readonly InputIssue[]) {
    super(issues.map(formatIssue).join('\n'));
    this.name = 'FathomInputError';
    this.issues = issues;
  }
}

export function formatIssue(issue: InputIssue): string {
  return issue.path ? `${issue.path}: ${issue.message}` : issue.message;
}

/** Throws a `FathomInputError` when there are issues. */
export function throwIfIssues(issues: readonly InputIssue[]): void {
  if (issues.length > 0) throw new FathomInputError(issues);
}
