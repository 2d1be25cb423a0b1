import { describe, expect, it } from 'vitest';
import { createProject, createTemplateRegistry, simulateScenario } from '../../engine/index.ts';
import { builtScenarioOf } from '../app/use-built-scenario.ts';
import { buildInWorker } from './model-in-worker.ts';
import { runScenarioInChunks } from './run-in-chunks.ts';

const templates = createTemplateRegistry();
const project = createProject(templates.get('churn'), {
  today: '2026-01-05',
  region: 'us',
  currency: 'USD',
});
const scenarioId = project.scenarios[0]!.id;
const hooks = {
  isCancelled: () => false,
  onProgress: () => {},
  yieldToEvents: () => Promise.resolve(),
};

describe('runScenarioInChunks', () => {
  it('gives the CLI’s numbers with the scenario the page built and with the one the worker builds', async () => {
    const expected = simulateScenario(project, scenarioId, templates, {
      iterations: 10_000,
      detail: 'full',
    });
    const page = builtScenarioOf(project, scenarioId);
    if (!page.ok) throw new Error(page.message);
    const fromPage = await runScenarioInChunks(
      project,
      scenarioId,
      page.value,
      10_000,
      'full',
      hooks,
    );
    const built = buildInWorker(project, scenarioId);
    const fromWorker = await runScenarioInChunks(project, scenarioId, built, 10_000, 'full', hooks);
    expect(fromPage).toEqual(expected);
    expect(fromWorker).toEqual(expected);
  });

  it('an unknown scenario is the same input error whoever built the network', async () => {
    const page = builtScenarioOf(project, scenarioId);
    if (!page.ok) throw new Error(page.message);
    await expect(
      runScenarioInChunks(project, 'no-such', page.value, 2048, 'headline', hooks),
    ).rejects.toThrow(/no scenario "no-such"/);
    expect(() => buildInWorker(project, 'no-such')).toThrow(/no scenario "no-such"/);
  });

  it('a scenario the page cannot build is built, and refused with the reason, in the worker', () => {
    const broken = {
      ...project,
      scenarios: [{ ...project.scenarios[0]!, template: 'no-such-template' }],
    };
    const page = builtScenarioOf(broken, scenarioId);
    expect(page).toMatchObject({ ok: false, message: expect.stringMatching(/no-such-template/) });
    expect(() => buildInWorker(broken, scenarioId)).toThrow(/unknown template "no-such-template"/);
  });
});
