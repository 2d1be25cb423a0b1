import { describe, expect, it } from 'vitest';
import { moments } from '../distributions/moments.ts';
import { FathomInputError, type InputIssue } from '../errors.ts';
import { buildScenario } from '../model/build-scenario.ts';
import { parseProject, serializeProject } from '../project/load-project.ts';
import type { Scenario } from '../project/scenario-schema.ts';
import { simulateScenario } from '../project/simulate-scenario.ts';
import { importTaskCsvIntoScenario } from './task-csv-into-scenario.ts';
import { newProject, registry } from '../../test/fixtures/projects.ts';

function issuesOf(fn: () => unknown): readonly InputIssue[] {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(FathomInputError);
    return (error as FathomInputError).issues;
  }
  throw new Error('expected a FathomInputError, nothing was thrown');
}

const CSV = [
  'id,name,min,likely,max,depends_on,distribution,rate,fixed_cost,phase,category',
  'spec,Write the spec,2,3,5,,,,,framing,management',
  'pilot,"Pilot, with users",5,8,15,spec,,1000,2500,deployment,productionization',
  'buy,Buy hardware,,4,,spec,fixed,,12000,,',
  '',
].join('\n');

function project() {
  return newProject('churn');
}
function scenario(): Scenario {
  return project().scenarios[0]!;
}

describe('importTaskCsvIntoScenario: add', () => {
  it('adds each row as a task with its duration range, dependencies, phase and category', () => {
    const before = scenario();
    const { value, warnings } = importTaskCsvIntoScenario(before, CSV);
    expect(value.extraTasks.map((t) => t.id)).toEqual(['spec', 'pilot', 'buy']);
    const [spec, pilot, buy] = value.extraTasks;
    expect(spec).toMatchObject({
      name: 'Write the spec',
      phase: 'framing',
      category: 'management',
      duration: { type: 'pert', min: 2, mode: 3, max: 5 },
      dependsOn: [],
      fixedCost: 0,
    });
    expect(spec).not.toHaveProperty('effort');
    expect(pilot).toMatchObject({ name: 'Pilot, with users', dependsOn: ['spec'] });
    // Defaults of the schema where the CSV has no phase or category.
    expect(buy).toMatchObject({
      phase: 'custom',
      category: 'management',
      duration: { type: 'fixed', value: 4 },
      fixedCost: 12000,
    });
    // The overrides, risks and inputs are the scenario's own; the original is unchanged.
    expect({ ...value, extraTasks: [] }).toStrictEqual({ ...before, extraTasks: [] });
    expect(before.extraTasks).toEqual([]);
    // One note about the rate; no "unknown column" warning for phase and category.
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.path).toBe('column "rate"');
  });

  it('turns rate × mean duration into a one-off cost, explained in the task’s notes', () => {
    const { value } = importTaskCsvIntoScenario(scenario(), CSV);
    const pilot = value.extraTasks[1]!;
    const mean = moments({ type: 'pert', min: 5, mode: 8, max: 15 }).mean;
    expect(pilot.fixedCost).toBeCloseTo(2500 + 1000 * mean, 2);
    expect(pilot.notes).toContain('rate 1000 per working day');
    expect(pilot.notes).toContain('fixed cost 2500');
  });

  it('gives a scenario that saves, loads and simulates with the imported tasks in the plan', () => {
    const p = project();
    p.scenarios[0] = importTaskCsvIntoScenario(p.scenarios[0]!, CSV).value;
    const loaded = parseProject(serializeProject(p));
    expect(loaded).toStrictEqual(p);
    const result = simulateScenario(loaded, undefined, registry, { iterations: 300, seed: 2 });
    for (const id of ['spec', 'pilot', 'buy']) expect(result.criticality).toHaveProperty([id]);
  });

  it('refuses ids the scenario or its template already use, naming the row and column', () => {
    const once = importTaskCsvIntoScenario(scenario(), CSV).value;
    const again = issuesOf(() => importTaskCsvIntoScenario(once, CSV));
    expect(again.map((i) => i.path)).toEqual([
      'row 2, column "id"',
      'row 3, column "id"',
      'row 4, column "id"',
    ]);
    const template = registry.get('churn');
    const taken = template.tasks[0]!.id;
    const clash = `id,name,likely,distribution\n${taken},Clash,3,fixed\n`;
    expect(issuesOf(() => importTaskCsvIntoScenario(scenario(), clash, { template }))).toEqual([
      {
        path: 'row 2, column "id"',
        message: `the template "churn" has a task "${taken}" too; give the imported task another id`,
      },
    ]);
  });

  it('row-level errors from the CSV reader and from the scenario’s rules', () => {
    const bad = [
      'id,name,min,likely,max,depends_on,category,phase',
      'a,,5,3,4,,,',
      'b,B,1,2,3,zzz,,',
      'c d,C,1,2,3,,model,',
      'e,E,1,2,3,,dessert,',
      `f,${'n'.repeat(201)},1,2,3,,,${'p'.repeat(101)}`,
    ].join('\n');
    const first = issuesOf(() => importTaskCsvIntoScenario(scenario(), bad));
    // The CSV reader's checks come first (ranges, dependencies) …
    expect(first.map((i) => i.path)).toEqual(['row 2, column "min"', 'row 3, column "depends_on"']);
    // … then the scenario's own, each at its row and column.
    const rest = bad
      .split('\n')
      .filter((line) => !/^[ab],/.test(line))
      .join('\n');
    expect(issuesOf(() => importTaskCsvIntoScenario(scenario(), rest))).toEqual([
      {
        path: 'row 2, column "id"',
        message: 'use letters, digits, "-", "_" and "." only, starting with a letter or digit',
      },
      {
        path: 'row 3, column "category"',
        message:
          '"dessert" is not a category; use one of model, data, productionization, mlops, management',
      },
      { path: 'row 4, column "name"', message: 'must be at most 200 characters' },
      { path: 'row 4, column "phase"', message: 'must be at most 100 characters' },
    ]);
  });
});

describe('importTaskCsvIntoScenario: replace', () => {
  it('marks every task of the template removed and replaces the added tasks', () => {
    const template = registry.get('churn');
    const start: Scenario = {
      ...scenario(),
      overrides: [{ task: template.tasks[0]!.id, name: 'Renamed' }],
      extraTasks: [
        {
          id: 'old',
          name: 'Old',
          phase: 'custom',
          category: 'management',
          roles: [],
          duration: { type: 'fixed', value: 1 },
          dependsOn: [],
          fixedCost: 0,
        },
      ],
    };
    const { value, warnings } = importTaskCsvIntoScenario(start, CSV, {
      mode: 'replace',
      template,
    });
    expect(value.extraTasks.map((t) => t.id)).toEqual(['spec', 'pilot', 'buy']);
    expect(value.overrides).toEqual(template.tasks.map((t) => ({ task: t.id, removed: true })));
    expect(warnings.map((w) => w.message).join('\n')).toContain('marked removed');

    // Built, the plan is the CSV's tasks only, without a warning about tasks the inputs skip.
    const p = project();
    const built = buildScenario(template, value, p.settings, p.meta.currency);
    expect(built.tasks.map((t) => t.id)).toEqual(['spec', 'pilot', 'buy']);
    expect(built.warnings.filter((w) => w.includes('was ignored'))).toEqual([]);
  });
});
