import type { z } from 'zod';
import type { InputIssue } from '../errors.ts';

/** A zod path as the engine writes paths: `scenarios[0].inputs.labels.items`. */
export function zodPath(path: readonly PropertyKey[]): string {
  return path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
    .join('')
    .replace(/^\./, '');
}

/** A zod error's issues in the engine's one error style (see `FathomInputError`). */
export function inputIssuesOf(error: z.ZodError): InputIssue[] {
  return error.issues.map((issue) => ({ path: zodPath(issue.path), message: issue.message }));
}
