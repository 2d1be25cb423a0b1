import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseRiskCsv, parseTaskCsv, simulate } from '../engine/index.ts';
import { simulationJson } from './output/json.ts';
import { runFathom, type FathomRun } from '../test/run-fathom.ts';

const TASKS = 'examples/ml-pipeline.tasks.csv';
const RISKS = 'examples/ml-pipeline.risks.csv';
const HEADER = 'id,name,min,likely,max,depends_on,distribution,rate,fixed_cost';
/** Small runs keep the suite fast; the numbers are checked against the engine, not against truth. */
const FEW = ['--iterations', '2000'];

let dir: string;
const at = (name: string) => join(dir, name);

/** Input files for the bad-input cases, by name. */
const FILES: Record<string, string> = {
  'good.csv': `${HEADER}\na,Alpha,1,2,3,,,100,\nb,Beta,2,3,5,a,,200,50\n`,
  'extra-column.csv': `id,min,likely,max,owner\na,1,2,3,ana\n`,
  'empty.csv': '',
  'no-id.csv': 'name,min,likely,max\nAlpha,1,2,3\n',
  'duplicate.csv': `${HEADER}\na,A,1,2,3,,,,\na,B,1,2,3,,,,\n`,
  'unknown-dep.csv': `${HEADER}\na,A,1,2,3,,,,\nb,B,1,2,3,zzz,,,\n`,
  'cycle.csv': `${HEADER}\na,A,1,2,3,c,,,\nb,B,1,2,3,a,,,\nc,C,1,2,3,b,,,\n`,
  'bad-number.csv': `${HEADER}\na,A,1,2,3,,,,\nb,B,1,2,3,,,,\nc,C,1,2,abc,,,,\n`,
  'min-max.csv': `${HEADER}\na,A,9,5,3,,,,\n`,
  'likely-outside.csv': `${HEADER}\na,A,1,5,3,,,,\n`,
  'quote.csv': `${HEADER}\na,A,1,2,3,,,,\nb,"Beta,1,2,3,,,,\nc,C,1,2,3,,,,\n`,
  'distribution.csv': `${HEADER}\na,A,1,2,3,,beta,,\n`,
  'many.csv': `${HEADER}\na,A,1,2,x,,,,\nb,B,9,5,3,,,,\nc,C,1,2,3,nope,,,\n`,
  'risks-bad.csv': 'id,probability,task,delay_min,delay_likely,delay_max\nr1,1.5,a,1,2,3\n',
  'risks-task.csv': 'id,probability,task,delay_min,delay_likely,delay_max\nr1,0.5,zzz,1,2,3\n',
  'risks-mitigation.csv':
    'id,probability,task,delay_min,delay_likely,delay_max,mitigation_cost,mitigated_probability\nr1,0.9,b,10,20,30,5,0.1\n',
  'plan.fathom.json': '{"schemaVersion":1}',
  'notes.txt': 'id\na\n',
};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'fathom-cli-test-'));
  for (const [name, text] of Object.entries(FILES)) writeFileSync(at(name), text);
  mkdirSync(at('folder.csv'));
  // The first run may bundle the CLI; do it once rather than in every parallel test.
  const warm = await runFathom(['--version']);
  expect(warm.code).toBe(0);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function expectUserError(run: FathomRun, ...patterns: RegExp[]): void {
  expect(run.stdout).toBe('');
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(/^fathom: /);
  expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
  expect(run.stderr).not.toMatch(/internal error/);
  for (const pattern of patterns) expect(run.stderr).toMatch(pattern);
}

describe.concurrent('fathom simulate (a good run)', () => {
  it('--json prints one JSON object equal to simulate() in-process with the same seed', async () => {
    const args = ['--iterations', '3000', '--seed', '7', '--budget', '350000', '--deadline', '170'];
    const run = await runFathom(['simulate', TASKS, '--risks', RISKS, ...args, '--json']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const json = JSON.parse(run.stdout) as Record<string, unknown>;

    // The keys of DESIGN §3, exactly as users' scripts read them.
    expect(json).toMatchObject({ iterations: 3000, seed: 7, engineVersion: expect.any(String) });
    for (const key of ['duration', 'cost'] as const) {
      const summary = json[key] as Record<string, unknown>;
      for (const stat of ['mean', 'sd', 'p10', 'p50', 'p80', 'p90'])
        expect(summary[stat], `${key}.${stat}`).toEqual(expect.any(Number));
    }
    expect((json['duration'] as { unit: string }).unit).toBe('working days');
    expect((json['cost'] as { currency: string }).currency).toBe('USD');
    const sensitivity = json['sensitivity'] as Record<string, { id: string; rho: number }[]>;
    for (const output of ['cost', 'duration']) {
      expect(sensitivity[output]!.length).toBeGreaterThan(0);
      for (const entry of sensitivity[output]!)
        expect(entry).toMatchObject({ id: expect.any(String), rho: expect.any(Number) });
    }

    const tasks = parseTaskCsv(readFileSync(TASKS, 'utf8')).value;
    const risks = parseRiskCsv(readFileSync(RISKS, 'utf8')).value;
    const result = simulate(
      { ...tasks, risks },
      { iterations: 3000, seed: 7, budget: 350000, deadline: 170, mitigated: false },
    );
    const expected = simulationJson(
      result,
      tasks.tasks.map((t) => t.id),
    );
    // JSON round trip: doubles survive it exactly.
    expect(json).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(Object.keys(json['criticality'] as object)).toEqual(tasks.tasks.map((t) => t.id));
    expect(json['probabilities']).toEqual(result.probabilities);
  });

  it('prints a readable, aligned summary without --json', async () => {
    const run = await runFathom([
      'simulate',
      TASKS,
      '--risks',
      RISKS,
      ...FEW,
      '--budget',
      '350000',
      '--deadline',
      '180',
    ]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const out = run.stdout;
    expect(out).toContain(`Fathom simulation of ${TASKS} (17 tasks, 5 risks)`);
    const header = out.split('\n').find((l) => l.includes('Mean'))!;
    const durationLine = out.split('\n').find((l) => l.startsWith('Duration (working days)'))!;
    const costLine = out.split('\n').find((l) => l.startsWith('Cost (USD)'))!;
    // Right-aligned columns end where their headers end.
    expect(durationLine.length).toBe(header.length);
    expect(costLine.length).toBe(header.length);
    expect(costLine).toMatch(/\d{1,3},\d{3}/);
    for (const section of [
      'Chance of finishing',
      'within the budget of 350,000 USD',
      'within the deadline of 180 working days',
      'Critical path',
      '  always: frame, access, extract,',
      'What drives the cost',
      'What drives the duration',
      '2,000 iterations · seed 1 · engine ',
    ])
      expect(out).toContain(section);
    expect(out).toMatch(/\n {2}\d+% {2}serve\s+Serve model behind API\n/);
    expect(out).toMatch(/\n {2}poc\s+PoC experiments to target metric\s+\+0\.\d\d {2}█+\n/);
  });

  it('splits a big run across threads with the numbers of one thread', async () => {
    const args = [
      'simulate',
      TASKS,
      '--risks',
      RISKS,
      '--iterations',
      '120000',
      '--seed',
      '5',
      '--json',
    ];
    const [threaded, single] = await Promise.all([
      runFathom(args, { env: { FATHOM_THREADS: '3' } }),
      runFathom(args, { env: { FATHOM_THREADS: '1' } }),
    ]);
    expect(threaded).toMatchObject({ code: 0, stderr: '' });
    expect(threaded.stdout).toBe(single.stdout);
  });

  it('gives the same numbers for the same seed and others for another seed', async () => {
    const args = ['simulate', at('good.csv'), ...FEW, '--json'];
    const [a, b, c] = await Promise.all([
      runFathom([...args, '--seed', '3']),
      runFathom([...args, '--seed', '3']),
      runFathom([...args, '--seed', '4']),
    ]);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout).not.toBe(c.stdout);
  });

  it('accepts options before FILE, --name=value and grouped digits', async () => {
    const run = await runFathom([
      'simulate',
      '--iterations=1_000',
      '--seed',
      '0',
      at('good.csv'),
      '--json',
    ]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ iterations: 1000, seed: 0 });
  });

  it('uses the default iterations and seed', async () => {
    const run = await runFathom(['simulate', at('good.csv'), '--json']);
    expect(JSON.parse(run.stdout)).toMatchObject({ iterations: 10000, seed: 1 });
  });

  it('prints warnings on stderr and keeps stdout pure JSON', async () => {
    const run = await runFathom(['simulate', at('extra-column.csv'), ...FEW, '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toHaveProperty('iterations', 2000);
    expect(run.stderr).toMatch(
      /^fathom: warning: .*extra-column\.csv, row 1, column "owner": unknown column, ignored/,
    );
  });

  it('--mitigated simulates the risks after mitigation', async () => {
    const args = [
      'simulate',
      at('good.csv'),
      '--risks',
      at('risks-mitigation.csv'),
      ...FEW,
      '--json',
    ];
    const [before, after] = await Promise.all([
      runFathom(args),
      runFathom([...args, '--mitigated']),
    ]);
    const p50 = (run: FathomRun) =>
      (JSON.parse(run.stdout) as { duration: { p50: number } }).duration.p50;
    expect(p50(after)).toBeLessThan(p50(before));
    expect(JSON.parse(after.stdout)).toHaveProperty('mitigated', true);
  });

  it('warns when --mitigated has no mitigation to apply', async () => {
    const run = await runFathom(['simulate', at('good.csv'), ...FEW, '--mitigated', '--json']);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/warning: --mitigated: no risk has a mitigation/);
  });
});

describe.concurrent('fathom help and version', () => {
  it('prints the version', async () => {
    const run = await runFathom(['--version']);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(/^fathom \d+\.\d+\.\d+ \(engine \d+\.\d+\.\d+\)\n$/);
  });

  it.each([['--help'], ['-h'], ['help']])('prints the overview for %s', async (arg) => {
    const run = await runFathom([arg]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(/^Usage: fathom COMMAND/);
    for (const command of ['simulate', 'report', 'templates', 'new', 'compare'])
      expect(run.stdout).toContain(`  ${command} `);
  });

  it.each([[['help', 'simulate']], [['simulate', '--help']]])(
    '%j prints the simulate help',
    async (args) => {
      const run = await runFathom(args);
      expect(run).toMatchObject({ code: 0, stderr: '' });
      expect(run.stdout).toMatch(/^Usage: fathom simulate FILE/);
      for (const option of [
        '--risks',
        '--iterations',
        '--seed',
        '--json',
        '--mitigated',
        '--budget',
        '--deadline',
      ])
        expect(run.stdout).toContain(option);
    },
  );

  it('prints the usage on stderr with exit code 2 when no command is given', async () => {
    const run = await runFathom([]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^Usage: fathom COMMAND/);
  });
});

describe.concurrent(
  'fathom with bad input: exit code 2, one message naming file, row and field, empty stdout',
  () => {
    const simulateFile = (name: string, ...more: string[]) =>
      runFathom(['simulate', at(name), ...FEW, ...more]);

    it('missing file', async () => {
      expectUserError(await simulateFile('nope.csv'), /cannot read .*nope\.csv: no such file\n$/);
    });

    it('a directory', async () => {
      expectUserError(
        await simulateFile('folder.csv'),
        /cannot read .*folder\.csv: it is a directory/,
      );
    });

    it.skipIf(process.getuid?.() === 0)('an unreadable file', async () => {
      const file = at('locked.csv');
      writeFileSync(file, FILES['good.csv']!);
      chmodSync(file, 0o000);
      expectUserError(
        await runFathom(['simulate', file]),
        /cannot read .*locked\.csv: permission denied/,
      );
    });

    it('an empty file', async () => {
      expectUserError(await simulateFile('empty.csv'), /empty\.csv: the file is empty/);
    });

    it('a header without an id column', async () => {
      expectUserError(
        await simulateFile('no-id.csv'),
        /no-id\.csv, row 1: the header has no "id" column.*found: name, min, likely, max/,
      );
    });

    it('duplicate ids', async () => {
      expectUserError(
        await simulateFile('duplicate.csv'),
        /duplicate\.csv, row 3, column "id": duplicate task id "a" \(first used on row 2\)/,
      );
    });

    it('an unknown dependency', async () => {
      expectUserError(
        await simulateFile('unknown-dep.csv'),
        /unknown-dep\.csv, row 3, column "depends_on": unknown task id "zzz"/,
      );
    });

    it('a dependency cycle, naming its rows', async () => {
      const run = await simulateFile('cycle.csv');
      expectUserError(run, /cycle\.csv, row \d, column "depends_on": dependency cycle: /);
      for (const row of ['"a" (row 2)', '"b" (row 3)', '"c" (row 4)'])
        expect(run.stderr).toContain(row);
    });

    it('a bad number', async () => {
      expectUserError(
        await simulateFile('bad-number.csv'),
        /bad-number\.csv, row 4, column "max": "abc" is not a number\n$/,
      );
    });

    it('min greater than max', async () => {
      expectUserError(
        await simulateFile('min-max.csv'),
        /min-max\.csv, row 2, column "min": min \(9\) is greater than max \(3\)/,
      );
    });

    it('likely outside min–max', async () => {
      expectUserError(
        await simulateFile('likely-outside.csv'),
        /likely-outside\.csv, row 2, column "likely": likely \(5\) is outside the range/,
      );
    });

    it('an unterminated quote, with its line', async () => {
      expectUserError(await simulateFile('quote.csv'), /quote\.csv, line 3: .*closing quote/);
    });

    it('an unknown distribution name', async () => {
      expectUserError(
        await simulateFile('distribution.csv'),
        /distribution\.csv, row 2, column "distribution": unknown distribution "beta"; use one of pert, triangular/,
      );
    });

    it('several problems: all listed, each naming the file', async () => {
      const run = await simulateFile('many.csv');
      expectUserError(run, /^fathom: .*many\.csv has 3 problems:\n/);
      for (const where of [
        'row 2, column "max"',
        'row 3, column "min"',
        'row 4, column "depends_on"',
      ])
        expect(run.stderr).toMatch(new RegExp(`many\\.csv, ${where.replaceAll('"', '"')}`));
    });

    it('risks CSV errors name the risks file', async () => {
      expectUserError(
        await simulateFile('good.csv', '--risks', at('risks-bad.csv')),
        /risks-bad\.csv, row 2, column "probability": must be between 0 and 1/,
      );
      expectUserError(
        await simulateFile('good.csv', '--risks', at('risks-task.csv')),
        /risks-task\.csv, row 2, column "task": unknown task id "zzz"/,
      );
      expectUserError(
        await simulateFile('good.csv', '--risks', at('no-risks.csv')),
        /cannot read .*no-risks\.csv: no such file/,
      );
    });

    it('a project file that is not valid', async () => {
      expectUserError(
        await simulateFile('plan.fathom.json'),
        /plan\.fathom\.json, scenarios: is missing/,
      );
    });

    it('a file of another type', async () => {
      expectUserError(await simulateFile('notes.txt'), /cannot tell what .*notes\.txt is/);
    });

    it('--scenario with a task-list CSV', async () => {
      expectUserError(
        await simulateFile('good.csv', '--scenario', 'base'),
        /--scenario applies to project files/,
      );
    });

    it('no FILE, or two', async () => {
      expectUserError(await runFathom(['simulate']), /simulate needs a FILE/);
      expectUserError(
        await runFathom(['simulate', at('good.csv'), at('good.csv')]),
        /takes one FILE, got 2/,
      );
    });

    it('an unknown option, by name', async () => {
      expectUserError(
        await simulateFile('good.csv', '--itrations', '5'),
        /unknown option --itrations for "fathom simulate"/,
      );
      expectUserError(await runFathom(['--frobnicate']), /unknown option --frobnicate/);
    });

    it('a missing option value', async () => {
      expectUserError(
        await runFathom(['simulate', at('good.csv'), '--seed']),
        /option --seed needs a value/,
      );
      expectUserError(
        await runFathom(['simulate', at('good.csv'), '--iterations', '--json']),
        /option --iterations needs a value/,
      );
      expectUserError(
        await runFathom(['simulate', at('good.csv'), '--risks']),
        /option --risks needs a value/,
      );
    });

    it('a flag given a value, an option given twice', async () => {
      expectUserError(await simulateFile('good.csv', '--json=yes'), /option --json takes no value/);
      expectUserError(
        await simulateFile('good.csv', '--seed', '1', '--seed', '2'),
        /option --seed is given twice/,
      );
    });

    it.each(['0', '-5', '1.5', 'abc', '20000000', '1e9'])('--iterations %s', async (value) => {
      expectUserError(
        await runFathom(['simulate', at('good.csv'), '--iterations', value]),
        new RegExp(
          `--iterations must be a whole number from 1 to 10000000, got "${value.replace('.', '\\.')}"`,
        ),
      );
    });

    it.each(['-1', '1.5', 'x'])('--seed %s', async (value) => {
      expectUserError(
        await runFathom(['simulate', at('good.csv'), '--seed', value]),
        /--seed must be a whole number from 0 to \d+, got/,
      );
    });

    it.each([
      ['--budget', '-10'],
      ['--budget', 'lots'],
      ['--deadline', '-1'],
    ])('%s %s', async (option, value) => {
      expectUserError(
        await runFathom(['simulate', at('good.csv'), option, value]),
        new RegExp(`${option} must be a number of at least 0`),
      );
    });

    it('a bad FATHOM_THREADS', async () => {
      expectUserError(
        await runFathom(['simulate', at('good.csv')], { env: { FATHOM_THREADS: 'many' } }),
        /FATHOM_THREADS must be a whole number from 1 to 256, got "many"/,
      );
    });

    it('an unknown command, with a suggestion', async () => {
      expectUserError(
        await runFathom(['simulat', 'x.csv']),
        /unknown command "simulat"; did you mean "simulate"\?/,
      );
      expectUserError(await runFathom(['plan.csv']), /did you mean "fathom simulate plan\.csv"\?/);
      expectUserError(await runFathom(['help', 'frobnicate']), /unknown command "frobnicate"/);
    });
  },
);
