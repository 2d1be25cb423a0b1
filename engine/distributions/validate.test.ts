import { describe, expect, it } from 'vitest';
import type { Distribution } from './distribution.ts';
import { validateDistribution } from './validate.ts';

const PATH = 'tasks[2].duration';

/** Validates a distribution built from loosely typed input, as a parsed file would give it. */
function issuesOf(dist: Record<string, unknown>) {
  return validateDistribution(dist as Distribution, PATH);
}

describe('validateDistribution', () => {
  it.each<Distribution>([
    { type: 'fixed', value: 0 },
    { type: 'pert', min: 1, mode: 2, max: 9 },
    { type: 'triangular', min: -3, mode: -3, max: 0 },
    { type: 'uniform', min: 0, max: 1 },
    { type: 'lognormal', p5: 0.1, p95: 10 },
    { type: 'normal', p5: -5, p95: 5 },
    { type: 'bernoulli', p: 0 },
    { type: 'bernoulli', p: 1 },
  ])('accepts %o', (dist) => {
    expect(validateDistribution(dist, PATH)).toEqual([]);
  });

  it.each<Distribution>([
    { type: 'uniform', min: 4, max: 4 },
    { type: 'pert', min: 4, mode: 4, max: 4 },
    { type: 'triangular', min: 4, mode: 4, max: 4 },
    { type: 'normal', p5: 4, p95: 4 },
    { type: 'lognormal', p5: 4, p95: 4 },
  ])('accepts the zero-width range %o as a constant', (dist) => {
    expect(validateDistribution(dist, PATH)).toEqual([]);
  });

  it.each([
    [
      { type: 'pert', min: 9, mode: 5, max: 1 },
      `${PATH}.min`,
      /min \(9\) is greater than max \(1\)/,
    ],
    [{ type: 'triangular', min: 9, mode: 5, max: 1 }, `${PATH}.min`, /min .* greater than max/],
    [{ type: 'uniform', min: 9, max: 1 }, `${PATH}.min`, /min \(9\) is greater than max \(1\)/],
    [{ type: 'normal', p5: 9, p95: 1 }, `${PATH}.p5`, /low \(9\) is greater than high \(1\)/],
    [{ type: 'lognormal', p5: 9, p95: 1 }, `${PATH}.p5`, /low \(9\) is greater than high \(1\)/],
  ])('rejects min > max in %o, naming the field', (dist, path, message) => {
    const issues = issuesOf(dist);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toBe(path);
    expect(issues[0]!.message).toMatch(message);
  });

  it.each([
    [{ type: 'pert', min: 1, mode: 10, max: 9 }],
    [{ type: 'pert', min: 1, mode: 0.5, max: 9 }],
    [{ type: 'triangular', min: 1, mode: 10, max: 9 }],
  ])('rejects a mode outside [min, max] in %o at .mode', (dist) => {
    const issues = issuesOf(dist);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toBe(`${PATH}.mode`);
    expect(issues[0]!.message).toMatch(/most likely value \(.+\) is outside \[1, 9\]/);
  });

  it.each([0, -1, -0])('rejects a lognormal with p5 = %s at .p5', (p5) => {
    const issues = issuesOf({ type: 'lognormal', p5, p95: 5 });
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toBe(`${PATH}.p5`);
    expect(issues[0]!.message).toMatch(/lognormal .* above 0/);
  });

  it.each([
    ['value', { type: 'fixed', value: Number.NaN }],
    ['min', { type: 'pert', min: Number.NaN, mode: 2, max: 3 }],
    ['mode', { type: 'pert', min: 1, mode: Number.NaN, max: 3 }],
    ['max', { type: 'triangular', min: 1, mode: 2, max: Number.NaN }],
    ['max', { type: 'uniform', min: 1, max: Number.NaN }],
    ['p5', { type: 'normal', p5: Number.NaN, p95: 3 }],
    ['p95', { type: 'lognormal', p5: 1, p95: Number.NaN }],
    ['p', { type: 'bernoulli', p: Number.NaN }],
  ])('rejects NaN in .%s', (field, dist) => {
    const issues = issuesOf(dist);
    expect(issues).toContainEqual({
      path: `${PATH}.${field}`,
      message: 'must be a finite number, got NaN',
    });
    expect(issues).toHaveLength(1);
  });

  it('rejects infinities, strings and missing fields, each at its own path', () => {
    expect(issuesOf({ type: 'uniform', min: -Infinity, max: 1 })).toEqual([
      { path: `${PATH}.min`, message: 'must be a finite number, got -Infinity' },
    ]);
    expect(issuesOf({ type: 'pert', min: '1', mode: 2 })).toEqual([
      { path: `${PATH}.min`, message: 'must be a finite number, got "1"' },
      { path: `${PATH}.max`, message: 'must be a finite number, got nothing' },
    ]);
  });

  it.each([-0.1, 1.5, 2])('rejects bernoulli probability %s at .p', (p) => {
    const issues = issuesOf({ type: 'bernoulli', p });
    expect(issues).toEqual([
      { path: `${PATH}.p`, message: `probability must be between 0 and 1, got ${p}` },
    ]);
  });

  it('rejects an unknown type at .type and lists the known ones', () => {
    const issues = issuesOf({ type: 'gaussian', mean: 1 });
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toBe(`${PATH}.type`);
    expect(issues[0]!.message).toMatch(/unknown distribution "gaussian"/);
    expect(issues[0]!.message).toMatch(/pert/);
  });
});
