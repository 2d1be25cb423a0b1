import { describe, expect, it } from 'vitest';
import { FathomInputError, type InputIssue } from '../errors.ts';
import { compileNetwork } from '../network/compile.ts';
import { parseTaskCsv } from './task-csv.ts';

function issuesOf(text: string): readonly InputIssue[] {
  try {
    parseTaskCsv(text);
  } catch (error) {
    if (error instanceof FathomInputError) return error.issues;
    throw error;
  }
  throw new Error('expected a FathomInputError');
}

const HEADER = 'id,name,min,likely,max,depends_on,distribution,rate,fixed_cost';

describe('parseTaskCsv', () => {
  it('reads every column into a network the engine accepts', () => {
    const csv = [
      HEADER,
      'access,Data access agreement,5,10,30,,,400,2500',
      'clean,"Clean, join sources",3,5,12,access,triangular,800,',
      'label,Label pilot batch,2,,6,access; clean ,uniform,600,',
      'train,Train,4,,20,clean;label,lognormal,900,',
      'noise,Noise,-1,,3,,normal,,',
      'launch,Launch,,2,,train;noise,fixed,,1000',
      'review,Review,3,,,launch,FIXED,,',
    ].join('\n');
    const { value, warnings } = parseTaskCsv(csv);
    expect(warnings).toEqual([]);
    expect(value.tasks).toEqual([
      {
        id: 'access',
        name: 'Data access agreement',
        duration: { type: 'pert', min: 5, mode: 10, max: 30 },
        rate: 400,
        fixedCost: 2500,
      },
      {
        id: 'clean',
        name: 'Clean, join sources',
        duration: { type: 'triangular', min: 3, mode: 5, max: 12 },
        dependsOn: ['access'],
        rate: 800,
      },
      {
        id: 'label',
        name: 'Label pilot batch',
        duration: { type: 'uniform', min: 2, max: 6 },
        dependsOn: ['access', 'clean'],
        rate: 600,
      },
      {
        id: 'train',
        name: 'Train',
        duration: { type: 'lognormal', p5: 4, p95: 20 },
        dependsOn: ['clean', 'label'],
        rate: 900,
      },
      { id: 'noise', name: 'Noise', duration: { type: 'normal', p5: -1, p95: 3 } },
      {
        id: 'launch',
        name: 'Launch',
        duration: { type: 'fixed', value: 2 },
        dependsOn: ['train', 'noise'],
        fixedCost: 1000,
      },
      {
        id: 'review',
        name: 'Review',
        duration: { type: 'fixed', value: 3 },
        dependsOn: ['launch'],
      },
    ]);
    expect(() => compileNetwork(value)).not.toThrow();
  });

  it('matches header names loosely, in any order, and ignores unknown columns with a warning', () => {
    const csv = 'Owner,ID,Depends On,Likely,MAX,Min\nana,a,,2,3,1\nbo,b,a,2,3,1\n';
    const { value, warnings } = parseTaskCsv(csv);
    expect(value.tasks.map((t) => [t.id, t.dependsOn])).toEqual([
      ['a', undefined],
      ['b', ['a']],
    ]);
    expect(warnings).toEqual([
      { path: 'row 1, column "Owner"', message: expect.stringMatching(/unknown column, ignored/) },
    ]);
  });

  it('skips blank and all-empty rows but keeps file line numbers in messages', () => {
    const csv = `${HEADER}\n\n,,,,,,,,\na,A,1,2,3,,,,\nb,B,1,x,3,,,,\n`;
    expect(issuesOf(csv)).toEqual([
      { path: 'row 5, column "likely"', message: '"x" is not a number' },
    ]);
  });

  it('counts rows by line when a quoted name spans lines', () => {
    const csv = `${HEADER}\na,"two\nlines",1,2,3,,,,\nb,B,1,2,abc,,,,\n`;
    expect(issuesOf(csv)).toEqual([
      { path: 'row 4, column "max"', message: '"abc" is not a number' },
    ]);
  });

  it('collects every problem, not just the first', () => {
    const csv = [
      HEADER,
      'a,A,1,2,abc,,,,', // row 2: bad number
      'b,B,9,5,3,,,,', // row 3: min > max
      'c,C,1,5,3,,,,', // row 4: likely outside
      'a,D,1,2,3,,,,', // row 5: duplicate id
      'e,E,1,2,3,zzz,,,', // row 6: unknown dependency
      'f,F,1,2,3,,beta,,', // row 7: unknown distribution
      'g,G,1,2,3,,,-5,', // row 8: negative rate
      ',H,1,2,3,,,,', // row 9: missing id
    ].join('\n');
    expect(issuesOf(csv).map((i) => i.path)).toEqual([
      'row 2, column "max"',
      'row 3, column "min"',
      'row 4, column "likely"',
      'row 5, column "id"',
      'row 7, column "distribution"',
      'row 8, column "rate"',
      'row 9, column "id"',
      'row 6, column "depends_on"',
    ]);
  });

  it('names the values in range errors', () => {
    const [minMax] = issuesOf(`${HEADER}\na,A,9,5,3,,,,`);
    expect(minMax!.message).toBe('min (9) is greater than max (3)');
    const [outside] = issuesOf(`${HEADER}\na,A,1,5,3,,,,`);
    expect(outside!.message).toBe('likely (5) is outside the range min–max (1 to 3)');
  });

  it('refuses thousands separators and decimal commas with a hint', () => {
    const issues = issuesOf(`${HEADER}\na,A,1,2,3,,,"1,200",\nb,B,"1,5",2,3,,,,`);
    expect(issues.map((i) => i.message)).toEqual([
      '"1,200" is not a number; write it without thousands separators',
      '"1,5" is not a number; use a dot as the decimal separator',
    ]);
  });

  it('requires min, likely and max for pert and triangular', () => {
    const issues = issuesOf(`${HEADER}\na,A,1,,3,,,,\nb,B,,,,,,,\nc,C,1,2,,,triangular,,`);
    expect(issues).toEqual([
      {
        path: 'row 2, column "likely"',
        message: 'missing; a pert duration needs min, likely and max',
      },
      {
        path: 'row 3, column "likely"',
        message: 'missing; the task has no duration (fill min, likely and max in working days)',
      },
      {
        path: 'row 4, column "max"',
        message: 'missing; a triangular duration needs min, likely and max',
      },
    ]);
  });

  it('refuses negative durations, but not a normal 5th percentile', () => {
    expect(issuesOf(`${HEADER}\na,A,-1,2,3,,,,`)).toEqual([
      { path: 'row 2, column "min"', message: 'a duration cannot be negative, got -1' },
    ]);
    expect(() => parseTaskCsv(`${HEADER}\na,A,-1,,3,,normal,,`)).not.toThrow();
  });

  it('refuses a lognormal range that starts at zero, naming the min column', () => {
    const [issue] = issuesOf(`${HEADER}\na,A,0,,3,,lognormal,,`);
    expect(issue!.path).toBe('row 2, column "min"');
    expect(issue!.message).toMatch(/above 0/);
  });

  it('warns about cells a distribution does not read', () => {
    const { warnings } = parseTaskCsv(`${HEADER}\na,A,1,2,3,,uniform,,\nb,B,1,2,3,,fixed,,`);
    expect(warnings.map((w) => w.path)).toEqual([
      'row 2, column "likely"',
      'row 3, column "min"',
      'row 3, column "max"',
    ]);
  });

  it('names the rows of a dependency cycle', () => {
    const csv = `${HEADER}\na,A,1,2,3,c,,,\nb,B,1,2,3,a,,,\nc,C,1,2,3,b,,,\nd,D,1,2,3,,,,`;
    const issues = issuesOf(csv);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toMatch(/^row [234], column "depends_on"$/);
    for (const row of ['"a" (row 2)', '"b" (row 3)', '"c" (row 4)'])
      expect(issues[0]!.message).toContain(row);
    expect(issues[0]!.message).not.toContain('"d"');
  });

  it('refuses self-dependencies and unknown ids, but not ids of rows that had other errors', () => {
    const csv = `${HEADER}\na,A,1,2,3,a,,,\nb,B,1,2,x,,,,\nc,C,1,2,3,b;nope,,,`;
    expect(issuesOf(csv)).toEqual([
      { path: 'row 3, column "max"', message: '"x" is not a number' },
      { path: 'row 2, column "depends_on"', message: 'task "a" depends on itself' },
      {
        path: 'row 4, column "depends_on"',
        message: 'unknown task id "nope"; no row has that id',
      },
    ]);
  });

  it('checks the dependencies of a row that has other errors too', () => {
    const csv = `${HEADER}\na,A,1,2,3,,,,\nb,B,9,5,3,acess,,,`;
    expect(issuesOf(csv)).toEqual([
      { path: 'row 3, column "min"', message: 'min (9) is greater than max (3)' },
      {
        path: 'row 3, column "depends_on"',
        message: 'unknown task id "acess"; no row has that id',
      },
    ]);
  });

  it('explains a missing id column, an empty file and a file without tasks', () => {
    expect(issuesOf('name,min,likely,max\nA,1,2,3')).toEqual([
      {
        path: 'row 1',
        message: expect.stringMatching(/^the header has no "id" column.*found: name, min/),
      },
    ]);
    expect(issuesOf('id;name;min\n')[0]!.message).toMatch(/semicolons/);
    expect(issuesOf('')[0]).toEqual({ path: '', message: expect.stringMatching(/empty/) });
    expect(issuesOf('\uFEFF\r\n')[0]!.message).toMatch(/empty/);
    expect(issuesOf(`${HEADER}\n`)).toEqual([
      { path: '', message: 'the file has a header but no tasks' },
    ]);
  });

  it('refuses duplicate columns and rows wider than the header', () => {
    expect(issuesOf('id,min,min\na,1,2')).toEqual([
      { path: 'row 1, column "min"', message: 'the column appears twice (columns 2 and 3)' },
    ]);
    expect(issuesOf('id,likely,distribution\na,2,fixed,oops')[0]).toEqual({
      path: 'row 2',
      message: expect.stringMatching(/4 fields but the header has 3 columns/),
    });
  });

  it('reports an unterminated quote with its line', () => {
    expect(issuesOf(`${HEADER}\na,A,1,2,3,,,,\nb,"B,1,2,3,,,,\n`)).toEqual([
      { path: 'line 3', message: expect.stringMatching(/closing quote/) },
    ]);
  });
});
