import { describe, expect, it } from 'vitest';
import type { BuiltTask, Scenario } from '../../engine/index.ts';
import { formatRange, percentText } from './format-range.ts';
import { parseDependencies } from './parse-dependencies.ts';
import { riskIdFor } from './risk-edits.ts';
import { deleteTask, restoreTask } from './task-edits.ts';

const scenario = (patch: Partial<Scenario>) =>
  ({ overrides: [], extraTasks: [], risks: [], drivers: [], ...patch }) as unknown as Scenario;
const task = (id: string, origin: 'template' | 'user') => ({ id, origin }) as BuiltTask;

describe('task edits', () => {
  it('bridges the dependents of a deleted added task to its own dependencies', () => {
    const s = scenario({
      extraTasks: [
        { id: 'a', dependsOn: ['x', 'y'] },
        { id: 'b', dependsOn: ['a', 'y'] },
      ] as Scenario['extraTasks'],
      overrides: [{ task: 'launch', dependsOn: ['a'] }],
    });
    const next = deleteTask(s, task('a', 'user'));
    expect(next.extraTasks).toEqual([{ id: 'b', dependsOn: ['x', 'y'] }]);
    expect(next.overrides).toEqual([{ task: 'launch', dependsOn: ['x', 'y'] }]);
  });

  it('restores a deleted template task with the edits it had', () => {
    const s = scenario({ overrides: [{ task: 'etl', name: 'ETL' }] });
    const deleted = deleteTask(s, task('etl', 'template'));
    expect(deleted.overrides).toEqual([{ task: 'etl', name: 'ETL', removed: true }]);
    expect(restoreTask(deleted, 'etl').overrides).toEqual([{ task: 'etl', name: 'ETL' }]);
    const plain = deleteTask(scenario({}), task('etl', 'template'));
    expect(restoreTask(plain, 'etl').overrides).toEqual([]);
  });
});

describe('dependency text', () => {
  const known = new Set(['a', 'b']);
  it('reads ids separated by ";" and drops repeats and blanks', () => {
    expect(parseDependencies(' a ;b; ;a', 'c', known)).toEqual({ ok: true, ids: ['a', 'b'] });
  });
  it('names unknown, deleted and self ids', () => {
    expect(parseDependencies('a; x; y', 'c', known)).toMatchObject({
      message: 'no task with the id "x", "y"',
    });
    expect(parseDependencies('a, b', 'c', known)).toMatchObject({
      message: expect.stringMatching(/separate ids with ";"/),
    });
    expect(parseDependencies('d', 'c', known, new Set(['d']))).toMatchObject({
      message: '"d" is deleted; restore it first',
    });
    expect(parseDependencies('a; c', 'c', known)).toMatchObject({
      message: '"c" cannot depend on itself',
    });
  });
});

describe('display helpers', () => {
  it('rounds computed ranges for reading and keeps typed percentages exact', () => {
    expect(formatRange({ type: 'pert', min: 5.278031, mode: 10.556063, max: 126.39 })).toBe(
      '5.3, 10.6, 126',
    );
    expect(percentText(0.07, true)).toBe('7');
    expect(percentText(0.30000000000000004, false)).toBe('30');
  });
  it('makes a risk id from its name, unlike the taken ones', () => {
    expect(riskIdFor('The CRM vendor changes its API!', new Set())).toBe(
      'the-crm-vendor-changes-its-api',
    );
    expect(riskIdFor('Key person', new Set(['key-person']))).toBe('key-person-2');
    expect(riskIdFor('¿¿', new Set())).toBe('risk');
  });
});
