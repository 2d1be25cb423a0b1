import type { Distribution } from './distribution.ts';
import { validateDistribution } from './validate.ts';

export type ShorthandResult = { ok: true; value: Distribution } | { ok: false; message: string };

const NUMBER = String.raw`[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?`;
const PREFIX = String.raw`(?:(pert|triangular|uniform|lognormal|normal|fixed)\s+)?`;
const RANGE = new RegExp(String.raw`^${PREFIX}(${NUMBER})\s+to\s+(${NUMBER})$`, 'i');
const TRIPLE = new RegExp(
  String.raw`^${PREFIX}(${NUMBER})\s*,\s*(${NUMBER})\s*,\s*(${NUMBER})$`,
  'i',
);
const SINGLE = new RegExp(String.raw`^(?:fixed\s+)?(${NUMBER})$`, 'i');
const BERNOULLI = new RegExp(String.raw`^bernoulli\s+(${NUMBER})$`, 'i');

/**
 * Parses the range shorthand of the inputs (DESIGN §2):
 * - `5` → fixed 5;
 * - `3 to 8` → a 90% interval: lognormal when the low end is above 0, else normal;
 * - `2, 4, 9` → BetaPERT (min, most likely, max).
 * A leading name picks another distribution: `uniform 3 to 8`, `normal 3 to 8`,
 * `triangular 2, 4, 9`.
 */
export function parseShorthand(text: string): ShorthandResult {
  const input = text.trim();
  if (input === '')
    return { ok: false, message: 'enter a number, a range like "3 to 8" or "2, 4, 9"' };
  let dist: Distribution | undefined;
  let m = SINGLE.exec(input);
  if (m) dist = { type: 'fixed', value: Number(m[1]) };
  m = dist ? null : BERNOULLI.exec(input);
  if (m) dist = { type: 'bernoulli', p: Number(m[1]) };
  m = dist ? null : RANGE.exec(input);
  if (m) {
    const kind = m[1]?.toLowerCase();
    const low = Number(m[2]);
    const high = Number(m[3]);
    if (kind === 'fixed') return { ok: false, message: '"fixed" takes one number, e.g. "fixed 5"' };
    if (kind === 'pert' || kind === 'triangular') {
      return { ok: false, message: `"${kind}" takes three values: min, most likely, max` };
    }
    if (low === high && kind === undefined) dist = { type: 'fixed', value: low };
    else if (kind === 'uniform') dist = { type: 'uniform', min: low, max: high };
    else if (kind === 'normal' || (kind === undefined && low <= 0))
      dist = { type: 'normal', p5: low, p95: high };
    else dist = { type: 'lognormal', p5: low, p95: high };
  }
  m = dist ? null : TRIPLE.exec(input);
  if (m) {
    const kind = m[1]?.toLowerCase() ?? 'pert';
    if (kind === 'fixed') return { ok: false, message: '"fixed" takes one number, e.g. "fixed 5"' };
    if (kind !== 'pert' && kind !== 'triangular') {
      return { ok: false, message: `"${kind}" takes a range like "3 to 8", not three values` };
    }
    dist = { type: kind, min: Number(m[2]), mode: Number(m[3]), max: Number(m[4]) };
  }
  if (!dist) {
    return {
      ok: false,
      message: `"${input}" is not a number or a range; write "5", "3 to 8" (90% interval) or "2, 4, 9" (min, most likely, max)`,
    };
  }
  const issues = validateDistribution(dist, '');
  if (issues.length > 0) return { ok: false, message: issues.map((i) => i.message).join('; ') };
  return { ok: true, value: dist };
}

/** Writes a distribution in the shorthand `parseShorthand` reads back to the same distribution. */
export function formatShorthand(dist: Distribution): string {
  switch (dist.type) {
    case 'fixed':
      return String(dist.value);
    case 'pert':
      return `${dist.min}, ${dist.mode}, ${dist.max}`;
    case 'triangular':
      return `triangular ${dist.min}, ${dist.mode}, ${dist.max}`;
    case 'uniform':
      return `uniform ${dist.min} to ${dist.max}`;
    case 'lognormal':
      return dist.p5 === dist.p95
        ? `lognormal ${dist.p5} to ${dist.p95}`
        : `${dist.p5} to ${dist.p95}`;
    case 'normal':
      return dist.p5 <= 0 && dist.p5 !== dist.p95
        ? `${dist.p5} to ${dist.p95}`
        : `normal ${dist.p5} to ${dist.p95}`;
    case 'bernoulli':
      return `bernoulli ${dist.p}`;
    default:
      return dist satisfies never;
  }
}
