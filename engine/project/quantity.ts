import { create, unitDependencies } from 'mathjs';
import { z } from 'zod';

/**
 * Longest text read as a quantity. mathjs takes seconds over a hostile megabyte of text, and a
 * real quantity ("2.5 TB", "1,200 hours") is a few characters.
 */
const MAX_QUANTITY_TEXT = 100;

/**
 * mathjs's `unit`, made on the first quantity written as text. Importing mathjs's ready-made
 * `unit` builds its default instance when the module loads (about 100 ms in the app and again in
 * its worker), for text that files and forms rarely hold.
 */
let unit: ((text: string) => { toNumber(base: string): number }) | undefined;

function parseUnit(text: string): { toNumber(base: string): number } {
  // The typings mark the dependency map optional; mathjs always exports it (as `all` in expressions.ts).
  unit ??= create(unitDependencies!).unit;
  return unit(text);
}

/**
 * A non-negative number in `base` units that may also be written with a unit, e.g. `"2.5 TB"`
 * for a GB field or `"3 days"` for hours (mathjs parses it). Files keep the plain number.
 */
export function quantity(base: string, fallback: number) {
  return z
    .union([z.number(), z.string()])
    .transform((value, ctx) => {
      if (typeof value === 'number') return value;
      const text = value.trim();
      const plain = Number(text);
      if (text !== '' && Number.isFinite(plain)) return plain;
      if (text.length > MAX_QUANTITY_TEXT) {
        ctx.addIssue({
          code: 'custom',
          message: `is not a quantity in ${base}: ${text.length} characters of text where a number such as "250 ${base}" belongs`,
        });
        return z.NEVER;
      }
      try {
        return parseUnit(text).toNumber(base);
      } catch {
        ctx.addIssue({
          code: 'custom',
          message: `"${text}" is not a quantity in ${base} (e.g. "250 ${base}")`,
        });
        return z.NEVER;
      }
    })
    .pipe(z.number().finite().min(0))
    .default(fallback);
}
