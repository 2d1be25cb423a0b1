import { describe, expect, it } from 'vitest';
import { builtinTemplateFiles } from '../../presets/templates/index.ts';
import { FathomInputError } from '../errors.ts';
import { buildScenario } from './build-scenario.ts';
import { createTemplateRegistry } from './template-registry.ts';
import { miniScenario, miniSettings, miniTemplateRaw } from '../../test/fixtures/mini-template.ts';

describe('createTemplateRegistry', () => {
  it('lists every built-in template, churn among them', () => {
    const registry = createTemplateRegistry();
    const ids = registry.list().map((t) => t.id);
    expect(ids).toContain('churn');
    expect(ids).toHaveLength(builtinTemplateFiles.length);
    expect(new Set(ids).size).toBe(ids.length);
    for (const summary of registry.list()) {
      expect(summary.builtin).toBe(true);
      expect(summary.name.length).toBeGreaterThan(0);
      expect(summary.description.length).toBeGreaterThan(0);
      expect(registry.get(summary.id).id).toBe(summary.id);
    }
    expect(registry.problems).toEqual([]);
  });

  it('an unknown id is an input error that names the known templates', () => {
    const registry = createTemplateRegistry();
    expect(() => registry.get('no-such-template')).toThrow(FathomInputError);
    expect(() => registry.get('no-such-template')).toThrow(
      /unknown template "no-such-template"; known templates: .*churn/,
    );
  });

  it('a valid user template is listed, not built in, and usable', () => {
    const registry = createTemplateRegistry([{ file: 'mini.json', raw: miniTemplateRaw() }]);
    expect(registry.problems).toEqual([]);
    expect(registry.list()).toContainEqual({
      id: 'mini',
      name: 'Mini plan',
      description: 'A small chain of tasks for tests.',
      builtin: false,
    });
    const built = buildScenario(registry.get('mini'), miniScenario(), miniSettings());
    expect(built.templateId).toBe('mini');
    expect(built.tasks.map((t) => t.id)).toContain('launch');
  });

  it('a broken user template shows up in problems, named by file, and nothing crashes', () => {
    const broken = miniTemplateRaw();
    broken.id = 'broken';
    broken.tasks[2]!['effort'] = { fixed: '10 * (' };
    const notATemplate = { hello: 'world' };
    const registry = createTemplateRegistry([
      { file: 'broken.json', raw: broken },
      { file: 'junk.json', raw: notATemplate },
      { file: 'mini.json', raw: miniTemplateRaw() },
    ]);
    expect(registry.problems).toHaveLength(2);
    expect(registry.problems[0]).toMatch(/^broken\.json: template "broken", task "clean" effort/);
    expect(registry.problems[1]).toMatch(/^junk\.json: /);
    const ids = registry.list().map((t) => t.id);
    expect(ids).toContain('mini');
    expect(ids).not.toContain('broken');
    expect(ids).toContain('churn');
  });

  it('a user template with a built-in id replaces it (a house version)', () => {
    const house = miniTemplateRaw();
    house.id = 'churn';
    house['name'] = 'House churn';
    const registry = createTemplateRegistry([{ file: 'house-churn.json', raw: house }]);
    const churn = registry.list().find((t) => t.id === 'churn')!;
    expect(churn).toMatchObject({ name: 'House churn', builtin: false });
    expect(registry.get('churn').name).toBe('House churn');
    expect(registry.list().filter((t) => t.id === 'churn')).toHaveLength(1);
  });
});
