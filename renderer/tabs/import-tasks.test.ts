import { describe, expect, it } from 'vitest';
import { createProject, createTemplateRegistry, type Scenario } from '../../engine/index.ts';
import { locate, planTaskImport } from './import-tasks.ts';

const templates = createTemplateRegistry();
const template = templates.get('churn');

function plan(text: string, edit: (s: Scenario) => Scenario = (s) => s) {
  const project = createProject(template, { today: '2026-11-28' });
  const scenario = edit(project.scenarios[0]!);
  project.scenarios[0] = scenario;
  return planTaskImport(project, scenario.id, scenario, template, { name: 'f.csv', text });
}

describe('locate', () => {
  it('splits the engine’s locations into row and column', () => {
    expect(locate({ path: 'row 4, column "max"', message: 'm' })).toEqual({
      row: 4,
      column: 'max',
      message: 'm',
    });
    expect(locate({ path: 'row 1', message: 'm' })).toEqual({ row: 1, message: 'm' });
    expect(locate({ path: 'line 7', message: 'm' })).toEqual({ row: 7, message: 'm' });
    expect(locate({ path: 'column "rate"', message: 'm' })).toEqual({
      column: 'rate',
      message: 'm',
    });
    expect(locate({ path: '', message: 'the file is empty' })).toEqual({
      message: 'The file is empty',
    });
  });
});

describe('planTaskImport', () => {
  it('renames an id the template uses to a free one, and its dependents with it', () => {
    const check = plan(
      'id,likely,depends_on,distribution\nfeatures,2,,fixed\nfeatures-2,1,features,fixed\n',
    );
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    expect(check.plan.replace.extraTasks.map((t) => [t.id, t.dependsOn])).toEqual([
      ['features-3', []],
      ['features-2', ['features-3']],
    ]);
    expect(check.plan.warnings[0]).toMatchObject({ row: 2, column: 'id' });
    expect(check.plan.replace.overrides.filter((o) => o.task === 'features')).toEqual([
      { task: 'features', removed: true },
    ]);
    expect(check.plan.replace.overrides).toHaveLength(template.tasks.length);
  });

  it('offers no add when the scenario already has a task of that id, but still a replace', () => {
    const check = plan('id,likely,distribution\nmine,2,fixed\n', (s) => ({
      ...s,
      extraTasks: [
        {
          id: 'mine',
          name: 'Mine',
          phase: 'custom',
          category: 'management',
          roles: [],
          duration: { type: 'fixed', value: 1 },
          dependsOn: [],
          fixedCost: 0,
        },
      ],
    }));
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    expect(check.plan.add).toEqual({
      ok: false,
      reason: expect.stringMatching(/^row 2: the scenario already has an added task "mine"/),
    });
    expect(check.plan.replace.extraTasks.map((t) => t.id)).toEqual(['mine']);
  });

  it('says why a file with more tasks than a scenario holds cannot be imported', () => {
    const rows = Array.from({ length: 2001 }, (_, i) => `t${i},1,fixed`).join('\n');
    const check = plan(`id,likely,distribution\n${rows}\n`);
    expect(check).toEqual({
      ok: false,
      file: 'f.csv',
      issues: [{ message: expect.stringMatching(/extraTasks has more than 2000 items/) }],
    });
  });
});
