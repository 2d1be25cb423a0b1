import { describe, expect, it } from 'vitest';
import { FathomInputError } from '../errors.ts';
import { buildScenario } from './build-scenario.ts';
import { loadTemplate } from './compile-template.ts';
import { miniScenario, miniSettings, miniTemplateRaw } from '../../test/fixtures/mini-template.ts';

/** The error `fn` throws; fails the test when it throws none or another kind. */
function inputError(fn: () => unknown): FathomInputError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(FathomInputError);
    return error as FathomInputError;
  }
  throw new Error('expected a FathomInputError, nothing was thrown');
}

function taskOf(raw: ReturnType<typeof miniTemplateRaw>, id: string): Record<string, unknown> {
  return raw.tasks.find((t) => t['id'] === id)!;
}

describe('loadTemplate', () => {
  it('loads the mini template', () => {
    const template = loadTemplate(miniTemplateRaw(), 'mini.json');
    expect(template.id).toBe('mini');
    expect(template.tasks).toHaveLength(11);
  });

  it('a syntax error names the template, the task and the expression', () => {
    const raw = miniTemplateRaw();
    taskOf(raw, 'clean')['effort'] = ['5 * qualityFactor', '10 * (qualityFactor', '20'];
    const error = inputError(() => loadTemplate(raw, 'mini.json'));
    expect(error.issues).toHaveLength(1);
    expect(error.message).toContain('template "mini"');
    expect(error.message).toContain('task "clean" effort[1]');
    expect(error.message).toContain('10 * (qualityFactor');
  });

  it('checks expressions everywhere: when, dependsOn, costs, drivers, risks, running, poc', () => {
    const raw = miniTemplateRaw();
    taskOf(raw, 'labeling')['when'] = 'labels.items >';
    taskOf(raw, 'labeling')['costs'] = [{ name: 'Labeling', amount: 'labelingCost *' }];
    taskOf(raw, 'dataset')['dependsOn'] = ['clean', { task: 'labeling', when: '((' }];
    (raw['drivers'] as Record<string, unknown>[])[0]!['multiplier'] = [0.9, '1 +', 1.5];
    (raw['risks'] as Record<string, unknown>[])[0]!['probability'] = '0.3 )';
    (raw['running'] as Record<string, unknown>[])[0]!['monthly'] = 'inferenceMonthly +';
    (raw['poc'] as Record<string, unknown>)['noGo'] = '* 2';
    const error = inputError(() => loadTemplate(raw, 'mini.json'));
    const paths = error.issues.map((i) => i.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'template "mini", task "labeling" when',
        'template "mini", task "labeling" costs[0]',
        'template "mini", task "dataset" dependsOn[1].when',
        'template "mini", driver "messiness" multiplier[1]',
        'template "mini", risk "access-delayed" probability',
        'template "mini", running cost "inference" monthly',
        'template "mini", poc noGo',
      ]),
    );
    expect(error.issues.every((i) => i.message.startsWith('cannot read "'))).toBe(true);
  });

  it('an unknown dependency is located at its task', () => {
    const raw = miniTemplateRaw();
    taskOf(raw, 'deploy')['dependsOn'] = ['package', 'nowhere'];
    const error = inputError(() => loadTemplate(raw, 'mini.json'));
    expect(error.issues).toEqual([
      { path: 'template "mini", task "deploy"', message: 'depends on unknown task "nowhere"' },
    ]);
  });

  it('a duplicate task id is located by its index', () => {
    const raw = miniTemplateRaw();
    raw.tasks.push({ ...taskOf(raw, 'frame') });
    const error = inputError(() => loadTemplate(raw, 'mini.json'));
    expect(error.issues).toEqual([
      { path: 'template "mini", tasks[11].id', message: 'duplicate task id "frame"' },
    ]);
  });

  it('a task without explain, or with a token one, is refused at that task', () => {
    const raw = miniTemplateRaw();
    delete taskOf(raw, 'clean')['explain'];
    taskOf(raw, 'deploy')['explain'] = 'todo';
    const error = inputError(() => loadTemplate(raw, 'mini.json'));
    const byPath = Object.fromEntries(error.issues.map((i) => [i.path, i.message]));
    expect(Object.keys(byPath)).toEqual([
      'template "mini", tasks[2].explain',
      'template "mini", tasks[8].explain',
    ]);
    expect(byPath['template "mini", tasks[8].explain']).toContain('say in a sentence');
  });

  it('a task needs exactly one of effort and duration', () => {
    const raw = miniTemplateRaw();
    taskOf(raw, 'clean')['duration'] = [1, 2, 3];
    delete taskOf(raw, 'deploy')['effort'];
    const error = inputError(() => loadTemplate(raw, 'mini.json'));
    expect(error.issues.map((i) => i.path)).toEqual([
      'template "mini", tasks[2]',
      'template "mini", tasks[8]',
    ]);
    expect(error.issues[0]!.message).toContain('exactly one of "effort"');
  });

  it('unknown tasks named by the PoC, drivers and risks are located', () => {
    const raw = miniTemplateRaw();
    (raw['poc'] as Record<string, unknown>)['experimentTask'] = 'missing-experiments';
    (raw['drivers'] as Record<string, unknown>[])[0]!['tasks'] = ['ghost'];
    (raw['risks'] as Record<string, unknown>[])[0]!['task'] = 'phantom';
    const error = inputError(() => loadTemplate(raw, 'mini.json'));
    expect(error.issues).toEqual([
      {
        path: 'template "mini", poc.experimentTask',
        message: 'names unknown task "missing-experiments"',
      },
      { path: 'template "mini", driver "messiness"', message: 'names unknown task "ghost"' },
      { path: 'template "mini", risk "access-delayed"', message: 'names unknown task "phantom"' },
    ]);
  });

  it('names the file when the template has no readable id', () => {
    const raw = miniTemplateRaw();
    delete raw['id'];
    const error = inputError(() => loadTemplate(raw, 'house/broken.json'));
    expect(error.issues[0]!.path).toBe('template house/broken.json, id');
    expect(inputError(() => loadTemplate('not an object', 'x.json')).message).toContain(
      'template x.json, file',
    );
  });
});

describe('evaluating a template with inputs', () => {
  it('an unknown symbol names the template, the task, the bound and the expression', () => {
    const raw = miniTemplateRaw();
    taskOf(raw, 'clean')['effort'] = ['5 * qualityFactor', '10 * qualityFator', '20'];
    const template = loadTemplate(raw, 'mini.json'); // compiles: symbols are only known later
    const error = inputError(() => buildScenario(template, miniScenario(), miniSettings()));
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]!.path).toBe('template "mini", task "clean", effort[1]');
    expect(error.issues[0]!.message).toContain('"10 * qualityFator"');
    expect(error.issues[0]!.message).toContain('qualityFator');
  });

  it('an expression that gives no finite number is refused with its place', () => {
    const raw = miniTemplateRaw();
    (raw['variables'] as Record<string, unknown>)['ratio'] = '1 / (data.sources - data.sources)';
    const template = loadTemplate(raw, 'mini.json');
    const error = inputError(() => buildScenario(template, miniScenario(), miniSettings()));
    expect(error.message).toContain('template "mini", variable "ratio"');
    expect(error.message).toContain('not a finite number');
  });

  it('a range whose bounds cross is refused with its place', () => {
    const raw = miniTemplateRaw();
    taskOf(raw, 'clean')['effort'] = ['10', '5', '20'];
    const template = loadTemplate(raw, 'mini.json');
    const error = inputError(() => buildScenario(template, miniScenario(), miniSettings()));
    expect(error.issues[0]!.path).toContain('template "mini", task "clean", effort');
  });

  it('a negative cost line or a noGo outside [0, 1] is refused with its place', () => {
    const raw = miniTemplateRaw();
    taskOf(raw, 'frame')['costs'] = [{ name: 'Refund', amount: '-5' }];
    const negative = inputError(() =>
      buildScenario(loadTemplate(raw, 'mini.json'), miniScenario(), miniSettings()),
    );
    expect(negative.issues).toEqual([
      { path: 'template "mini", task "frame", cost "Refund"', message: 'is negative (-5)' },
    ]);
    const raw2 = miniTemplateRaw();
    (raw2['poc'] as Record<string, unknown>)['noGo'] = '1.5';
    const noGo = inputError(() =>
      buildScenario(loadTemplate(raw2, 'mini.json'), miniScenario(), miniSettings()),
    );
    expect(noGo.issues[0]!.path).toBe('template "mini", poc, noGo');
  });

  it('expressions cannot reach the functions that would run other code', () => {
    for (const source of ['evaluate("1 + 1")', 'parse("1")', 'import({}, {})']) {
      const raw = miniTemplateRaw();
      taskOf(raw, 'frame')['effort'] = { fixed: source };
      const error = inputError(() =>
        buildScenario(loadTemplate(raw, 'mini.json'), miniScenario(), miniSettings()),
      );
      expect(error.message).toContain('template "mini", task "frame", effort');
      expect(error.message).toContain('is not available in templates');
    }
  });
});
