import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeProject, simulateScenario } from '../engine/index.ts';
import { reportFormat } from '../engine/report/format.ts';
import { registry, UNICODE, unicodeProject } from '../test/fixtures/report.ts';
import { pdfText, readPdf } from '../test/helpers/pdf-text.ts';
import { runFathom } from '../test/run-fathom.ts';
import { main } from './main.ts';

let dir: string;
const at = (name: string) => join(dir, name);

async function fathom(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
  });
  return { code, stdout, stderr };
}

const ITERATIONS = '1500';
const SEED = '11';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'fathom-report-cli-'));
  const project = unicodeProject('churn', 'GBP');
  const second = structuredClone(project.scenarios[0]!);
  second.id = 'bigger-team';
  second.name = 'Bigger team';
  second.inputs.team.roles = second.inputs.team.roles.map((r) => ({ ...r, count: r.count + 1 }));
  project.scenarios.push(second);
  writeFileSync(at('plan.fathom.json'), serializeProject(project));
  writeFileSync(at('tasks.csv'), 'id,min,likely,max\na,1,2,3\n');
  writeFileSync(at('broken.fathom.json'), '{"meta": {"name": "x"}}');
  const bad = JSON.parse(serializeProject(project)) as { settings: { iterations: number } };
  bad.settings.iterations = 5;
  writeFileSync(at('bad-field.fathom.json'), JSON.stringify(bad));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** P50/P80 cost and launch for the same file, scenario, iterations and seed, as printed. */
async function expectedFigures(scenario: string | undefined) {
  const project = unicodeProject('churn', 'GBP');
  const f = reportFormat('GBP', 'en-US');
  const json = await fathom([
    'simulate',
    at('plan.fathom.json'),
    '--json',
    '--iterations',
    ITERATIONS,
    '--seed',
    SEED,
    ...(scenario ? ['--scenario', scenario] : []),
  ]);
  if (json.code === 0) {
    // `simulate --json` of the project file: the numbers the report must repeat.
    const out = JSON.parse(json.stdout) as {
      cost: { p50: number; p80: number };
      finish: { p50: string; p80: string };
    };
    return [
      f.estimate(out.cost.p50),
      f.estimate(out.cost.p80),
      f.date(out.finish.p50),
      f.date(out.finish.p80),
    ];
  }
  // Until `simulate` reads project files, the engine call it will make.
  void project;
  const result = simulateScenario(
    JSON.parse(readFileSync(at('plan.fathom.json'), 'utf8')),
    scenario,
    registry,
    { iterations: Number(ITERATIONS), seed: Number(SEED) },
  );
  return [
    f.estimate(result.cost.p50),
    f.estimate(result.cost.p80),
    f.date(result.finish.p50),
    f.date(result.finish.p80),
  ];
}

describe('fathom report', () => {
  it('writes the PDF with the numbers of simulate --json for the same seed', async () => {
    const run = await fathom([
      'report',
      at('plan.fathom.json'),
      '--pdf',
      at('out.pdf'),
      '--iterations',
      ITERATIONS,
      '--seed',
      SEED,
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const text = (await pdfText(readFileSync(at('out.pdf')))).replace(/\s+/g, ' ');
    for (const figure of await expectedFigures(undefined)) {
      expect(text).toContain(figure);
      expect(run.stdout).toContain(figure);
    }
    expect(text).toContain(UNICODE.project);
    expect(text).toContain('Scenarios');
    expect(text).toContain('Bigger team');
  });

  it('reports on the scenario chosen with --scenario, on US Letter', async () => {
    const run = await fathom([
      'report',
      at('plan.fathom.json'),
      '--pdf',
      at('letter.pdf'),
      '--scenario',
      'bigger-team',
      '--paper',
      'letter',
      '--iterations',
      ITERATIONS,
      '--seed',
      SEED,
    ]);
    expect(run.code).toBe(0);
    const pages = await readPdf(readFileSync(at('letter.pdf')));
    expect([pages[0]!.width, pages[0]!.height]).toEqual([612, 792]);
    const cover = pages[0]!.text.replace(/\s+/g, ' ');
    expect(cover).toContain('Scenario: Bigger team');
    for (const figure of await expectedFigures('bigger-team')) expect(cover).toContain(figure);
  });

  // "@name" stands for a file in the test folder.
  const BAD: [string, string[], RegExp][] = [
    ['no --pdf', ['@plan.fathom.json'], /needs --pdf OUT\.pdf/],
    [
      'a paper size it does not know',
      ['@plan.fathom.json', '--pdf', '@x.pdf', '--paper', 'a5'],
      /--paper must be a4 or letter, got "a5"/,
    ],
    [
      'zero iterations',
      ['@plan.fathom.json', '--pdf', '@x.pdf', '--iterations', '0'],
      /--iterations must be a whole number/,
    ],
    [
      'a missing file',
      ['@missing.fathom.json', '--pdf', '@x.pdf'],
      /cannot read .*missing\.fathom\.json: no such file/,
    ],
    [
      'a task-list CSV',
      ['@tasks.csv', '--pdf', '@x.pdf'],
      /tasks\.csv: fathom report reads a project file/,
    ],
    [
      'a file that is not a project',
      ['@broken.fathom.json', '--pdf', '@x.pdf'],
      /broken\.fathom\.json, schemaVersion: missing/,
    ],
    [
      'a bad field',
      ['@bad-field.fathom.json', '--pdf', '@x.pdf'],
      /bad-field\.fathom\.json, settings\.iterations/,
    ],
    [
      'an unknown scenario',
      ['@plan.fathom.json', '--pdf', '@x.pdf', '--scenario', 'nope'],
      /no scenario "nope"/,
    ],
    [
      'a folder that does not exist',
      ['@plan.fathom.json', '--pdf', '@no/such/x.pdf'],
      /cannot write .*x\.pdf: the folder .* does not exist/,
    ],
  ];

  it.each(BAD)('exits 2 with one message naming the problem for %s', async (_, args, message) => {
    const argv = ['report', ...args.map((a) => (a.startsWith('@') ? at(a.slice(1)) : a))];
    if (!argv.includes('--iterations')) argv.push('--iterations', '200');
    const run = await fathom(argv);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^fathom: /);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(at('x.pdf'))).toBe(false);
  });

  it('gives the same PDF however its runs are laid out on threads', async () => {
    // Three runs (the chosen scenario, its mitigation counterpart, the other scenario), big
    // enough to go parallel: one after the other, dealt round two threads, one thread each, and
    // the first run split across two of four threads.
    const out = (threads: number) => at(`threads-${threads}.pdf`);
    const runs = await Promise.all(
      [1, 2, 3, 4].map((threads) =>
        runFathom(
          ['report', at('plan.fathom.json'), '--pdf', out(threads), '--iterations', '100000'],
          { env: { FATHOM_THREADS: String(threads) } },
        ),
      ),
    );
    for (const run of runs) expect(run).toMatchObject({ code: 0, stderr: '' });
    const single = readFileSync(out(1));
    expect(single.subarray(0, 5).toString()).toBe('%PDF-');
    for (const threads of [2, 3, 4]) expect(readFileSync(out(threads)).equals(single)).toBe(true);
  });

  it('runs through bin/fathom, loading the report code only when it is needed', async () => {
    const run = await runFathom([
      'report',
      at('plan.fathom.json'),
      '--pdf',
      at('bin.pdf'),
      '--iterations',
      '300',
      '--seed',
      SEED,
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/bin\.pdf: \d+ pages\. Build cost P50 £/);
    expect(readFileSync(at('bin.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  });
});
