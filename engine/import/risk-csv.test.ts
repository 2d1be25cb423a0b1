import { describe, expect, it } from 'vitest';
import { FathomInputError, type InputIssue } from '../errors.ts';
import { compileNetwork } from '../network/compile.ts';
import { parseRiskCsv } from './risk-csv.ts';

const HEADER =
  'id,name,probability,task,delay_min,delay_likely,delay_max,cost_min,cost_likely,cost_max,distribution';

function issuesOf(text: string, taskIds?: string[]): readonly InputIssue[] {
  try {
    parseRiskCsv(text, taskIds ? { taskIds } : {});
  } catch (error) {
    if (error instanceof FathomInputError) return error.issues;
    throw error;
  }
  throw new Error('expected a FathomInputError');
}

describe('parseRiskCsv', () => {
  it('reads delays, costs, percentages and opportunities', () => {
    const csv = [
      HEADER,
      'access,Access delayed,0.35,a,5,10,30,,,,',
      'relabel,Relabeling,20%,a,2,4,8,1000,2000,6000,triangular',
      'grant,Grant arrives,0.1,,,,,-20000,,-5000,uniform',
    ].join('\n');
    const { value, warnings } = parseRiskCsv(csv, { taskIds: ['a'] });
    expect(warnings).toEqual([]);
    expect(value).toEqual([
      {
        id: 'access',
        name: 'Access delayed',
        probability: 0.35,
        task: 'a',
        delay: { type: 'pert', min: 5, mode: 10, max: 30 },
      },
      {
        id: 'relabel',
        name: 'Relabeling',
        probability: 0.2,
        task: 'a',
        delay: { type: 'triangular', min: 2, mode: 4, max: 8 },
        cost: { type: 'triangular', min: 1000, mode: 2000, max: 6000 },
      },
      {
        id: 'grant',
        name: 'Grant arrives',
        probability: 0.1,
        cost: { type: 'uniform', min: -20000, max: -5000 },
      },
    ]);
    const tasks = [{ id: 'a', duration: { type: 'fixed', value: 1 } } as const];
    expect(() => compileNetwork({ tasks, risks: value })).not.toThrow();
  });

  it('reads the optional mitigation columns', () => {
    const csv = `id,probability,cost_likely,distribution,mitigation_cost,mitigated_probability\nk,0.4,900,fixed,300,10%`;
    expect(parseRiskCsv(csv).value[0]!.mitigation).toEqual({ cost: 300, probability: 0.1 });
  });

  it('accepts a header without risks (an empty register)', () => {
    expect(parseRiskCsv(`${HEADER}\n`).value).toEqual([]);
  });

  it('collects every problem with its row and column', () => {
    const csv = [
      HEADER,
      'r1,,1.5,a,1,2,3,,,,', // row 2: probability > 1
      'r2,,35,a,1,2,3,,,,', // row 3: percentage without %
      'r3,,0.2,zzz,1,2,3,,,,', // row 4: unknown task
      'r4,,0.2,,1,2,3,,,,', // row 5: delay without a task
      'r5,,,a,1,2,3,,,,', // row 6: missing probability
      'r6,,0.2,a,,,,9,5,3,', // row 7: cost_min > cost_max
      'r1,,0.2,a,1,2,3,,,,', // row 8: duplicate id
      'r8,,0.2,a,1,2,3,,,,gamma', // row 9: unknown distribution
      'r9,,abc,a,1,2,3,,,,', // row 10: bad number
    ].join('\n');
    expect(issuesOf(csv, ['a'])).toEqual([
      {
        path: 'row 2, column "probability"',
        message: 'must be between 0 and 1 (or 0% and 100%), got 1.5',
      },
      {
        path: 'row 3, column "probability"',
        message: 'must be between 0 and 1, got 35; write 0.35 or 35%',
      },
      {
        path: 'row 4, column "task"',
        message: 'unknown task id "zzz"; the task list has no row with that id',
      },
      {
        path: 'row 5, column "task"',
        message: 'missing; a risk with a delay needs the id of the task it delays',
      },
      {
        path: 'row 6, column "probability"',
        message: 'missing; the chance that the risk happens, e.g. 0.3 or 30%',
      },
      { path: 'row 7, column "cost_min"', message: 'cost_min (9) is greater than cost_max (3)' },
      { path: 'row 8, column "id"', message: 'duplicate risk id "r1" (first used on row 2)' },
      {
        path: 'row 9, column "distribution"',
        message: expect.stringMatching(/unknown distribution "gamma"/),
      },
      { path: 'row 10, column "probability"', message: '"abc" is not a number' },
    ]);
  });

  it('does not check task ids when none are given', () => {
    expect(parseRiskCsv(`${HEADER}\nr,,0.2,zzz,1,2,3,,,,`).value[0]!.task).toBe('zzz');
  });

  it('warns about a risk without any impact', () => {
    const { warnings } = parseRiskCsv(`${HEADER}\nr,,0.2,,,,,,,,`);
    expect(warnings).toEqual([
      { path: 'row 2', message: expect.stringMatching(/changes nothing/) },
    ]);
  });

  it('explains a header without an id column', () => {
    expect(issuesOf('name,probability\nx,0.2')[0]!.message).toMatch(/no "id" column/);
  });
});
