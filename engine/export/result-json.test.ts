import { describe, expect, it } from 'vitest';
import { simulate } from '../simulation/runner.ts';
import { simulateScenario } from '../project/simulate-scenario.ts';
import { resultJson } from './result-json.ts';
import { simulationJson } from './simulation-json.ts';
import { newProject, registry } from '../../test/fixtures/projects.ts';

describe('resultJson', () => {
  const project = newProject('churn');
  project.settings = { ...project.settings, budget: 300_000 };
  const result = simulateScenario(project, undefined, registry, { iterations: 1000, seed: 5 });
  const json = resultJson(result);

  it('has the keys of `simulate --json` (DESIGN §3), then those of a project', () => {
    const keys = Object.keys(json);
    expect(keys.slice(0, 7)).toEqual([
      'iterations',
      'seed',
      'engineVersion',
      'duration',
      'cost',
      'criticality',
      'sensitivity',
    ]);
    for (const key of [
      'scenario',
      'finish',
      'costByCategory',
      'hiddenShare',
      'runCostPerMonth',
      'tco',
      'noGo',
    ]) {
      expect(keys).toContain(key);
    }
    // Every key of a task-list simulation is there too, with the same values.
    const taskList = simulationJson(
      result,
      result.built.tasks.map((t) => t.id),
    );
    for (const [key, value] of Object.entries(taskList)) expect(json).toHaveProperty([key], value);
    expect(json).not.toHaveProperty('built');
  });

  it('is plain JSON: a JSON round trip changes nothing', () => {
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
    expect(json.finish.p50).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(json.cost.currency).toBe(project.meta.currency);
    expect(json.duration.unit).toBe('working days');
    expect(Object.keys(json.criticality)).toEqual(result.built.tasks.map((t) => t.id));
    expect(json.scenario).toEqual({ id: 'baseline', name: 'Baseline', template: 'churn' });
  });

  it('the CLI’s object for a task list is built by the same function', () => {
    const run = simulate(
      { tasks: [{ id: 'constructor', duration: { type: 'fixed', value: 2 } }] },
      {
        iterations: 100,
        seed: 1,
      },
    );
    expect(simulationJson(run, ['constructor']).criticality).toEqual({ constructor: 1 });
  });
});
