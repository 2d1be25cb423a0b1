import { unit } from 'mathjs';
import { z } from 'zod';

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
      try {
        return unit(text).toNumber(base);
      } catch {
        ctx.addIssue({
          code: 'custom',
          message: `"${value}" is not a quantity in ${base} (e.g. "250 ${base}")`,
        });
        return z.NEVER;
      }
    })
    .pipe(z.number().finite().min(0))
    .default(fallback);
}
