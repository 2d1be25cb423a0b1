import type { Distribution } from '../distributions/distribution.ts';
import { validateDistribution } from '../distributions/validate.ts';
import { FathomInputError } from '../errors.ts';
import { compileExpression } from './expressions.ts';
import type { Expression, Range } from './template-schema.ts';

export type Scope = Record<string, unknown>;

/** Evaluates an expression to a finite number; errors name the template, place and expression. */
export function evaluateNumber(source: Expression, scope: Scope, where: string): number {
  if (typeof source === 'number') return source;
  let value: unknown;
  try {
    value = compileExpression(source).evaluate(scope);
  } catch (error) {
    throw new FathomInputError([
      { path: where, message: `"${source}": ${(error as Error).message}` },
    ]);
  }
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new FathomInputError([
      { path: where, message: `"${source}" gives ${String(value)}, not a finite number` },
    ]);
  }
  return value;
}

export function evaluateCondition(
  source: Expression | undefined,
  scope: Scope,
  where: string,
): boolean {
  return source === undefined ? true : evaluateNumber(source, scope, where) !== 0;
}

/** Evaluates a range's bounds into a distribution and checks it (min ≤ likely ≤ max …). */
export function evaluateRange(range: Range, scope: Scope, where: string): Distribution {
  const n = (e: Expression, i: number) => evaluateNumber(e, scope, `${where}[${i}]`);
  let dist: Distribution;
  if (Array.isArray(range))
    dist = { type: 'pert', min: n(range[0], 0), mode: n(range[1], 1), max: n(range[2], 2) };
  else if ('pert' in range)
    dist = {
      type: 'pert',
      min: n(range.pert[0], 0),
      mode: n(range.pert[1], 1),
      max: n(range.pert[2], 2),
    };
  else if ('triangular' in range) {
    dist = {
      type: 'triangular',
      min: n(range.triangular[0], 0),
      mode: n(range.triangular[1], 1),
      max: n(range.triangular[2], 2),
    };
  } else if ('uniform' in range)
    dist = { type: 'uniform', min: n(range.uniform[0], 0), max: n(range.uniform[1], 1) };
  else if ('lognormal' in range)
    dist = { type: 'lognormal', p5: n(range.lognormal[0], 0), p95: n(range.lognormal[1], 1) };
  else if ('normal' in range)
    dist = { type: 'normal', p5: n(range.normal[0], 0), p95: n(range.normal[1], 1) };
  else dist = { type: 'fixed', value: n(range.fixed, 0) };
  const issues = validateDistribution(dist, where);
  if (issues.length > 0) throw new FathomInputError(issues);
  return dist;
}
