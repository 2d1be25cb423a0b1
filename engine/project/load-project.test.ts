import { describe, expect, it } from 'vitest';
import { FathomInputError, type InputIssue } from '../errors.ts';
import { inputsSchema } from './inputs-schema.ts';
import { parseProject, projectFromJson, serializeProject } from './load-project.ts';
import { regions } from './roles.ts';
import { simulateScenario } from './simulate-scenario.ts';
import { newProject, registry, templateIds } from '../../test/fixtures/projects.ts';

/** The issues of the input error `fn` throws; fails when it throws none or another kind. */
function issuesOf(fn: () => unknown): readonly InputIssue[] {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(FathomInputError);
    return (error as FathomInputError).issues;
  }
  throw new Error('expected a FathomInputError, nothing was thrown');
}

/** A minimal file: everything but the scenario's identity comes from defaults. */
function minimalFile(inputs: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    schemaVersion: 1,
    scenarios: [{ id: 'base', name: 'Base', template: 'churn', inputs }],
  };
}

describe('round trip', () => {
  it.each(templateIds)('a new %s project survives serialize → parse unchanged', (id) => {
    for (const [region, currency] of [
      ['us', 'USD'],
      [regions[1], 'EUR'],
      ['india', 'USD'],
    ] as const) {
      const project = newProject(id, { region, currency });
      const text = serializeProject(project);
      expect(text.endsWith('}\n')).toBe(true);
      expect(parseProject(text)).toEqual(project);
      // Serializing the parsed project gives the same bytes: the format is stable.
      expect(serializeProject(parseProject(text))).toBe(text);
    }
  });

  it('fills every default into a minimal file', () => {
    const project = projectFromJson(minimalFile());
    expect(project.scenarios[0]!.inputs).toEqual(inputsSchema.parse({}));
    expect(project.settings).toMatchObject({
      iterations: 10_000,
      seed: 1,
      startDate: '2027-01-04',
      workdaysPerWeek: 5,
      horizonMonths: 12,
      referenceClassUplift: false,
    });
    expect(project.meta.currency).toBe('USD');
    expect(project.scenarios[0]).toMatchObject({
      overrides: [],
      extraTasks: [],
      risks: [],
      drivers: [],
    });
  });
});

describe('versions', () => {
  it('refuses a file from a newer Fathom', () => {
    const issues = issuesOf(() => projectFromJson({ ...minimalFile(), schemaVersion: 99 }));
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toBe('schemaVersion');
    expect(issues[0]!.message).toContain('made by a newer version of Fathom');
  });

  it('refuses a file without schemaVersion as not a project', () => {
    const { schemaVersion: _, ...file } = minimalFile();
    expect(issuesOf(() => projectFromJson(file))).toEqual([
      { path: 'schemaVersion', message: 'missing: this is not a Fathom project file' },
    ]);
  });

  it('refuses a schemaVersion that is not a whole number from 1', () => {
    for (const version of ['1', 0, 1.5, null]) {
      const issues = issuesOf(() => projectFromJson({ ...minimalFile(), schemaVersion: version }));
      expect(issues[0]!.path).toBe('schemaVersion');
      expect(issues[0]!.message).toContain('must be a whole number');
    }
  });

  it('refuses what is not a JSON object', () => {
    for (const value of [[], null, 'text', 3]) {
      expect(issuesOf(() => projectFromJson(value))[0]!.message).toContain('not a Fathom project');
    }
  });
});

describe('field errors name their path', () => {
  it('wrong types, each at its own path, all reported at once', () => {
    const issues = issuesOf(() =>
      projectFromJson(
        minimalFile({
          labels: { items: 'many' },
          data: { sources: 2.5, quality: 'dirty' },
          goal: { baselineKnown: 'yes' },
        }),
      ),
    );
    expect(issues.map((i) => i.path).sort()).toEqual([
      'scenarios[0].inputs.data.quality',
      'scenarios[0].inputs.data.sources',
      'scenarios[0].inputs.goal.baselineKnown',
      'scenarios[0].inputs.labels.items',
    ]);
  });

  it('NaN-like strings are refused, in numbers and in quantities', () => {
    expect(issuesOf(() => projectFromJson(minimalFile({ labels: { items: 'NaN' } })))).toEqual([
      { path: 'scenarios[0].inputs.labels.items', message: expect.any(String) },
    ]);
    for (const text of ['NaN', 'Infinity', '', 'lots']) {
      const issues = issuesOf(() => projectFromJson(minimalFile({ data: { volumeGb: text } })));
      expect(issues).toEqual([
        {
          path: 'scenarios[0].inputs.data.volumeGb',
          message: `"${text}" is not a quantity in GB (e.g. "250 GB")`,
        },
      ]);
    }
    const negative = issuesOf(() => projectFromJson(minimalFile({ data: { volumeGb: '-5 GB' } })));
    expect(negative[0]!.path).toBe('scenarios[0].inputs.data.volumeGb');
  });

  it('settings, dates and duplicate scenario ids are located', () => {
    const file = minimalFile();
    file['settings'] = { iterations: 5, startDate: '2027-02-30', workdaysPerWeek: 8 };
    const scenario = (file['scenarios'] as unknown[])[0];
    file['scenarios'] = [scenario, scenario];
    const issues = issuesOf(() => projectFromJson(file));
    expect(issues.map((i) => i.path).sort()).toEqual([
      'scenarios[1].id',
      'settings.iterations',
      'settings.startDate',
      'settings.workdaysPerWeek',
    ]);
    expect(issues.find((i) => i.path === 'settings.startDate')!.message).toBe(
      'is not a real calendar date',
    );
    expect(issues.find((i) => i.path === 'scenarios[1].id')!.message).toBe(
      'duplicate scenario id "base"',
    );
  });

  it('a distribution in an override is checked by the engine’s rules at its path', () => {
    const file = minimalFile();
    (file['scenarios'] as Record<string, unknown>[])[0]!['overrides'] = [
      { task: 'clean-data', effort: { type: 'pert', min: 5, mode: 3, max: 4 } },
    ];
    expect(issuesOf(() => projectFromJson(file))).toEqual([
      { path: 'scenarios[0].overrides[0].effort.min', message: 'min (5) is greater than max (4)' },
    ]);
  });

  it('an unknown template id is an input error at simulation, naming the known ones', () => {
    const file = minimalFile();
    (file['scenarios'] as Record<string, unknown>[])[0]!['template'] = 'no-such-template';
    const project = projectFromJson(file); // the file itself is well-formed
    const issues = issuesOf(() =>
      simulateScenario(project, undefined, registry, { iterations: 100, seed: 1 }),
    );
    expect(issues[0]!.path).toContain('template');
    expect(issues[0]!.message).toContain('unknown template "no-such-template"');
    expect(issues[0]!.message).toContain('churn');
  });

  it('an unknown scenario id names the scenarios there are', () => {
    const project = projectFromJson(minimalFile());
    expect(issuesOf(() => simulateScenario(project, 'other', registry))).toEqual([
      { path: 'scenario', message: 'no scenario "other" in this project; it has "base"' },
    ]);
  });
});

describe('quantities with units', () => {
  it('"2.5 TB" becomes 2,500 GB, and other units convert to the field’s unit', () => {
    const project = projectFromJson(
      minimalFile({
        data: { volumeGb: '2.5 TB', growthGbPerMonth: '500 MB' },
        compute: { storageGb: ' 12 ', training: { hoursPerExperiment: '3 days' } },
      }),
    );
    const { data, compute } = project.scenarios[0]!.inputs;
    expect(data.volumeGb).toBe(2500);
    expect(data.growthGbPerMonth).toBeCloseTo(0.5, 12);
    expect(compute.storageGb).toBe(12);
    expect(compute.training.hoursPerExperiment).toBe(72);
    // Saved back, a quantity is a plain number.
    expect(serializeProject(project)).toContain('"volumeGb": 2500');
  });

  it('a unit of the wrong kind is refused', () => {
    const issues = issuesOf(() => projectFromJson(minimalFile({ data: { volumeGb: '3 days' } })));
    expect(issues[0]!.path).toBe('scenarios[0].inputs.data.volumeGb');
  });
});

describe('JSON syntax errors', () => {
  it('name the line and column', () => {
    const text = '{\n  "schemaVersion": 1,\n  scenarios: []\n}\n';
    const issues = issuesOf(() => parseProject(text));
    expect(issues).toHaveLength(1);
    expect(issues[0]!.message).toMatch(/^not valid JSON at line 3, column 3: /);
  });

  it('name the line and column of a trailing comma deep in a file', () => {
    const text =
      '{\n  "schemaVersion": 1,\n  "scenarios": [\n    { "id": "a", "name": "b", }\n  ]\n}';
    expect(issuesOf(() => parseProject(text))[0]!.message).toContain('line 4, column 31');
  });

  // Regression (fixed in 6f1a644): the line and column came only from "position N" in V8's
  // message, which V8 leaves out for an unexpected token (`Unexpected token 'N', ..."items": NaN
  // }..." is not valid JSON`) and for a truncated file ("Unexpected end of JSON input").
  it('name the line and column of an unexpected token such as NaN', () => {
    const text =
      '{\n  "schemaVersion": 1,\n  "scenarios": [\n    { "inputs": { "labels": { "items": NaN } } }\n  ]\n}';
    expect(issuesOf(() => parseProject(text))[0]!.message).toContain('line 4, column 40');
  });

  it('name the line and column of a truncated file', () => {
    const text = '{\n  "schemaVersion": 1,\n  "scenarios": [';
    expect(issuesOf(() => parseProject(text))[0]!.message).toMatch(/line 3, column \d+/);
  });
});
