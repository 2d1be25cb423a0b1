import { MAX_ITERATIONS } from './engine.ts';
import { UserError } from './errors.ts';

/** Digits may be grouped with underscores, as in code: `1_000_000`. */
function numberText(text: string): string {
  return /^[+-]?\d{1,3}(_\d{3})+(\.\d+)?$/.test(text) ? text.replaceAll('_', '') : text;
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** Reads `--name VALUE` as a number, or throws a `UserError` quoting what was given. */
function toNumber(name: string, text: string, expected: string): number {
  const cleaned = numberText(text.trim());
  const value = NUMBER.test(cleaned) ? Number(cleaned) : Number.NaN;
  if (!Number.isFinite(value)) throw new UserError(`--${name} must be ${expected}, got "${text}"`);
  return value;
}

/** A whole number in `[min, max]` (`1e6` and `1_000_000` are accepted). */
export function wholeNumberOption(name: string, text: string, min: number, max: number): number {
  const expected = `a whole number from ${min} to ${max}`;
  const value = toNumber(name, text, expected);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new UserError(`--${name} must be ${expected}, got "${text}"`);
  }
  return value;
}

/** A number of at least 0; `unit` completes the message (`working days`). */
export function nonNegativeOption(name: string, text: string, unit = ''): number {
  const expected = `a number of at least 0${unit ? ` (${unit})` : ''}`;
  const value = toNumber(name, text, expected);
  if (value < 0) throw new UserError(`--${name} must be ${expected}, got "${text}"`);
  return value;
}

/** `--iterations N` when given: a whole number from `min` to the engine's maximum. */
export function iterationsOption(text: string | undefined, min = 1): number | undefined {
  return text === undefined
    ? undefined
    : wholeNumberOption('iterations', text, min, MAX_ITERATIONS);
}

/** `--seed S` when given: a whole number of at least 0. */
export function seedOption(text: string | undefined): number | undefined {
  return text === undefined
    ? undefined
    : wholeNumberOption('seed', text, 0, Number.MAX_SAFE_INTEGER);
}
