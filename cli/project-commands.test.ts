import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTemplateRegistry, parseProject, simulateScenario } from '../engine/index.ts';
import { runFathom, type FathomRun } from '../test/run-fathom.ts';

let dir: string;
const at = (name: string) => join(dir, name);
/** No user templates unless a test gives some: HOME points at an empty folder. */
const env = () => ({ HOME: at('home'), FATHOM_TEMPLATES: '' });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'fathom-project-cli-'));
  mkdirSync(at('home'));
  expect((await runFathom(['--version'])).code).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function expectUserError(run: FathomRun, pattern: RegExp): void {
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr).not.toMatch(/\n\s+at /);
  expect(run.stderr).toMatch(pattern);
}

describe('fathom templates', () => {
  it('lists every built-in template as JSON with id, name and description', async () => {
    const run = await runFathom(['templates', '--json'], { env: env() });
    expect(run.code).toBe(0);
    const list = JSON.parse(run.stdout) as { id: string; name: string; description: string }[];
    const builtin = createTemplateRegistry().list();
    expect(list.map((t) => t.id)).toEqual(builtin.map((t) => t.id));
    for (const t of list) expect(Object.keys(t)).toEqual(['id', 'name', 'description']);
    expect(list.map((t) => t.id)).toEqual(
      expect.arrayContaining([
        'churn',
        'cv-edge',
        'nlp-docs',
        'llm-rag',
        'recommender',
        'demand-forecast',
      ]),
    );
  });

  it('prints a readable list', async () => {
    const run = await runFathom(['templates'], { env: env() });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/churn\s+Churn prediction/);
  });

  it('reads the user’s own templates from $FATHOM_TEMPLATES and warns about broken ones', async () => {
    const folder = at('house-templates');
    mkdirSync(folder);
    const churn = JSON.parse(readFileSync('presets/templates/churn.json', 'utf8')) as Record<
      string,
      unknown
    >;
    writeFileSync(
      join(folder, 'house.json'),
      JSON.stringify({ ...churn, id: 'house-churn', name: 'House churn model' }),
    );
    writeFileSync(join(folder, 'broken.json'), '{ not json');
    const run = await runFathom(['templates', '--json'], {
      env: { ...env(), FATHOM_TEMPLATES: folder },
    });
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { id: string }[]).map((t) => t.id)).toContain('house-churn');
    expect(run.stderr).toMatch(/warning: template .*broken\.json/);
    const created = await runFathom(['new', '--template', 'house-churn'], {
      env: { ...env(), FATHOM_TEMPLATES: folder },
    });
    expect(created.code).toBe(0);
    expect(parseProject(created.stdout).scenarios[0]!.template).toBe('house-churn');
  });
});

describe('fathom new', () => {
  it('prints a valid project file for a template, region and currency', async () => {
    const run = await runFathom(
      [
        'new',
        '--template',
        'cv-edge',
        '--region',
        'india',
        '--currency',
        'INR',
        '--name',
        'Shelf scanner',
      ],
      {
        env: env(),
      },
    );
    expect(run.code).toBe(0);
    const project = parseProject(run.stdout);
    expect(project.meta).toMatchObject({ name: 'Shelf scanner', currency: 'INR' });
    expect(project.scenarios[0]!.inputs.team.region).toBe('india');
    expect(project.scenarios[0]!.inputs.team.roles.length).toBeGreaterThan(0);
  });

  it.each([
    [['new'], /needs --template ID/],
    [['new', '--template', 'nope'], /--template: unknown template "nope"; known: churn/],
    [['new', '--template', 'churn', '--region', 'mars'], /--region: unknown region "mars"/],
    [['new', '--template', 'churn', '--currency', 'XYZ'], /--currency: no exchange rate for "XYZ"/],
    [['new', '--template', 'churn', 'out.json'], /takes no FILE/],
  ])('%j is refused with a message', async (args, pattern) => {
    expectUserError(await runFathom(args, { env: env() }), pattern);
  });
});

describe('fathom simulate PROJECT', () => {
  let file: string;
  beforeAll(async () => {
    const run = await runFathom(['new', '--template', 'churn'], { env: env() });
    const project = parseProject(run.stdout);
    project.scenarios.push({ ...project.scenarios[0]!, id: 'vendor', name: 'Vendor labels' });
    project.scenarios[1]!.inputs = {
      ...project.scenarios[1]!.inputs,
      labels: { ...project.scenarios[1]!.inputs.labels, items: 20000 },
    };
    file = at('churn.fathom.json');
    writeFileSync(file, JSON.stringify(project));
  });

  it('prints the DESIGN §3 keys, equal to the engine’s numbers for the same seed', async () => {
    const run = await runFathom(
      ['simulate', file, '--json', '--iterations', '3000', '--seed', '11', '--scenario', 'vendor'],
      {
        env: env(),
      },
    );
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as Record<string, unknown> & {
      cost: { p80: number };
      finish: Record<string, string>;
    };
    for (const key of [
      'iterations',
      'seed',
      'engineVersion',
      'duration',
      'cost',
      'criticality',
      'sensitivity',
      'scenario',
      'finish',
      'costByCategory',
      'hiddenShare',
      'runCostPerMonth',
      'tco',
      'noGo',
    ]) {
      expect(json).toHaveProperty(key);
    }
    const project = parseProject(readFileSync(file, 'utf8'));
    const expected = simulateScenario(project, 'vendor', createTemplateRegistry(), {
      iterations: 3000,
      seed: 11,
    });
    expect(json.cost.p80).toBe(expected.cost.p80);
    expect(json.finish).toEqual(expected.finish);
    expect(json['scenario']).toEqual({ id: 'vendor', name: 'Vendor labels', template: 'churn' });
    expect(json['noGo']).toBe(expected.noGo);
  });

  it('prints launch dates, the hidden share and the advisor in the readable summary', async () => {
    const run = await runFathom(['simulate', file, '--iterations', '2000'], { env: env() });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Launch \(calendar/);
    expect(run.stdout).toMatch(/Hidden work: \d+% of the build cost/);
    expect(run.stdout).toMatch(/What the plan may have forgotten/);
  });

  it.each([
    [
      ['--scenario', 'nope'],
      /--scenario: no scenario "nope" in this project; it has "baseline", "vendor"/,
    ],
    [['--risks', 'r.csv'], /--risks applies to task-list CSVs/],
  ])('%j is refused with a message', async (args, pattern) => {
    expectUserError(await runFathom(['simulate', file, ...args], { env: env() }), pattern);
  });

  it('names the field of an invalid project and refuses newer formats', async () => {
    const bad = at('bad.fathom.json');
    writeFileSync(
      bad,
      '{"schemaVersion":1,"scenarios":[{"id":"a","name":"A","template":"churn","inputs":{"labels":{"items":"many"}}}]}',
    );
    expectUserError(
      await runFathom(['simulate', bad], { env: env() }),
      /bad\.fathom\.json, scenarios\[0\]\.inputs\.labels\.items: must be a number/,
    );
    const newer = at('newer.fathom.json');
    writeFileSync(newer, '{"schemaVersion":7}');
    expectUserError(
      await runFathom(['simulate', newer], { env: env() }),
      /made by a newer version of Fathom/,
    );
    const unknown = at('unknown.fathom.json');
    writeFileSync(
      unknown,
      '{"schemaVersion":1,"scenarios":[{"id":"a","name":"A","template":"nope"}]}',
    );
    expectUserError(
      await runFathom(['simulate', unknown], { env: env() }),
      /scenarios\[0\]\.template: unknown template "nope"/,
    );
  });
});

describe('fathom compare', () => {
  let file: string;
  beforeAll(async () => {
    const run = await runFathom(['new', '--template', 'churn'], { env: env() });
    const project = parseProject(run.stdout);
    const base = project.scenarios[0]!;
    project.scenarios.push({
      ...base,
      id: 'in-house',
      name: 'In-house labels',
      inputs: { ...base.inputs, labels: { ...base.inputs.labels, items: 20000, mode: 'in-house' } },
    });
    project.scenarios.push({
      ...base,
      id: 'vendor',
      name: 'Vendor labels',
      inputs: { ...base.inputs, labels: { ...base.inputs.labels, items: 20000, mode: 'vendor' } },
    });
    file = at('compare.fathom.json');
    writeFileSync(file, JSON.stringify(project));
  });

  it('prints every scenario with its difference from the baseline', async () => {
    const run = await runFathom(['compare', file, '--iterations', '2000'], { env: env() });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Baseline \[baseline\]/);
    expect(run.stdout).toMatch(/In-house labels .*\(\+/);
    expect(run.stdout).toMatch(/Vendor labels/);
  });

  it('gives the same numbers as the engine in JSON, and zero deltas for the baseline', async () => {
    const run = await runFathom(
      ['compare', file, '--json', '--iterations', '2000', '--seed', '5'],
      { env: env() },
    );
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as {
      baselineId: string;
      scenarios: { id: string; cost: { p80: { value: number; delta: { absolute: number } } } }[];
    };
    expect(json.baselineId).toBe('baseline');
    const project = parseProject(readFileSync(file, 'utf8'));
    const vendor = simulateScenario(project, 'vendor', createTemplateRegistry(), {
      iterations: 2000,
      seed: 5,
      detail: 'headline',
    });
    expect(json.scenarios.find((s) => s.id === 'vendor')!.cost.p80.value).toBe(vendor.cost.p80);
    expect(json.scenarios[0]!.cost.p80.delta.absolute).toBe(0);
  });

  it('writes the summary CSV with a header row and plain numbers', async () => {
    const run = await runFathom(['compare', file, '--csv', '--iterations', '2000'], { env: env() });
    expect(run.code).toBe(0);
    const [header, ...rows] = run.stdout.trim().split(/\r?\n/);
    expect(header).toMatch(/^scenario_id,/);
    expect(rows).toHaveLength(3);
    const columns = header!.split(',');
    const cost = columns.indexOf('cost_p50');
    expect(cost).toBeGreaterThan(0);
    for (const row of rows) expect(row.split(',')[cost]).toMatch(/^\d+(\.\d+)?$/);
  });

  it.each([
    [['compare'], /needs one PROJECT file/],
    [['compare', 'plan.csv'], /reads a project file/],
    [['compare', 'x.fathom.json', '--json', '--csv'], /cannot be used together/],
  ])('%j is refused with a message', async (args, pattern) => {
    expectUserError(await runFathom(args, { env: env() }), pattern);
  });

  it('names an unknown baseline', async () => {
    expectUserError(
      await runFathom(['compare', file, '--baseline', 'nope'], { env: env() }),
      /--baseline: no scenario "nope"/,
    );
  });
});
