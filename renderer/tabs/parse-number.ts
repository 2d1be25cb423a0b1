const GROUPED = /^\d{1,3}(,\d{3})+(\.\d+)?$/;

/** A number typed by a person: `12,500` and `12500` alike; undefined when it is not one. */
export function parseNumber(text: string): number | undefined {
  const trimmed = text.trim();
  const plain = GROUPED.test(trimmed) ? trimmed.replace(/,/g, '') : trimmed;
  const value = Number(plain);
  return plain === '' || !Number.isFinite(value) ? undefined : value;
}

/** A percentage between 0 and 100 (a trailing `%` is fine) as a fraction, or the reason it is not. */
export function parsePercent(
  text: string,
): { ok: true; value: number } | { ok: false; message: string } {
  const value = parseNumber(text.trim().replace(/\s*%$/, ''));
  if (value === undefined) return { ok: false, message: `"${text}" is not a percentage` };
  if (value < 0 || value > 100) return { ok: false, message: 'must be 0 to 100 %' };
  return { ok: true, value: value / 100 };
}

/** An amount of money of at least 0, or the reason it is not. */
export function parseAmount(
  text: string,
): { ok: true; value: number } | { ok: false; message: string } {
  const value = parseNumber(text);
  if (value === undefined) return { ok: false, message: `"${text}" is not an amount` };
  if (value < 0) return { ok: false, message: 'must be 0 or more' };
  return { ok: true, value };
}
