import type { InputIssue } from '../errors.ts';
import { distributionTypes, type Distribution } from './distribution.ts';

function checkFinite(value: unknown, path: string, issues: InputIssue[]): value is number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    issues.push({ path, message: `must be a finite number, got ${describe(value)}` });
    return false;
  }
  return true;
}

function describe(value: unknown): string {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return JSON.stringify(value);
  return value === undefined ? 'nothing' : typeof value;
}

/**
 * Checks a distribution's parameters; `path` names the field in messages
 * (e.g. `tasks[2].duration`). Zero-width ranges are valid constants.
 */
export function validateDistribution(dist: Distribution, path: string): InputIssue[] {
  const issues: InputIssue[] = [];
  const d = dist as Record<string, unknown>;
  if (!distributionTypes.includes(dist.type)) {
    issues.push({
      path: `${path}.type`,
      message: `unknown distribution ${describe(d['type'])}; use one of ${distributionTypes.join(', ')}`,
    });
    return issues;
  }
  switch (dist.type) {
    case 'fixed':
      checkFinite(d['value'], `${path}.value`, issues);
      break;
    case 'pert':
    case 'triangular': {
      const ok = [
        checkFinite(d['min'], `${path}.min`, issues),
        checkFinite(d['mode'], `${path}.mode`, issues),
        checkFinite(d['max'], `${path}.max`, issues),
      ].every(Boolean);
      if (!ok) break;
      if (dist.min > dist.max) {
        issues.push({
          path: `${path}.min`,
          message: `min (${dist.min}) is greater than max (${dist.max})`,
        });
      } else if (dist.mode < dist.min || dist.mode > dist.max) {
        issues.push({
          path: `${path}.mode`,
          message: `most likely value (${dist.mode}) is outside [${dist.min}, ${dist.max}]`,
        });
      }
      break;
    }
    case 'uniform': {
      const ok =
        checkFinite(d['min'], `${path}.min`, issues) &&
        checkFinite(d['max'], `${path}.max`, issues);
      if (ok && dist.min > dist.max) {
        issues.push({
          path: `${path}.min`,
          message: `min (${dist.min}) is greater than max (${dist.max})`,
        });
      }
      break;
    }
    case 'lognormal':
    case 'normal': {
      const ok =
        checkFinite(d['p5'], `${path}.p5`, issues) && checkFinite(d['p95'], `${path}.p95`, issues);
      if (!ok) break;
      if (dist.p5 > dist.p95) {
        issues.push({
          path: `${path}.p5`,
          message: `low (${dist.p5}) is greater than high (${dist.p95})`,
        });
      } else if (dist.type === 'lognormal' && dist.p5 <= 0) {
        issues.push({
          path: `${path}.p5`,
          message: `a lognormal range needs a low value above 0, got ${dist.p5}; use a normal range for values that can reach 0`,
        });
      }
      break;
    }
    case 'bernoulli':
      if (checkFinite(d['p'], `${path}.p`, issues) && (dist.p < 0 || dist.p > 1)) {
        issues.push({
          path: `${path}.p`,
          message: `probability must be between 0 and 1, got ${dist.p}`,
        });
      }
      break;
    default:
      dist satisfies never;
  }
  return issues;
}
