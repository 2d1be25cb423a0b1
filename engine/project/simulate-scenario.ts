import { FathomInputError } from '../errors.ts';
import { buildScenario } from '../model/build-scenario.ts';
import type { TemplateRegistry } from '../model/template-registry.ts';
import type { SimulationOptions } from '../simulation/options.ts';
import { simulate } from '../simulation/runner.ts';
import type { Project } from './project-schema.ts';
import type { ScenarioResult } from './project-result.ts';
import type { Scenario } from './scenario-schema.ts';
import type { BuiltScenario } from '../model/built-scenario.ts';
import {
  completeScenarioResult,
  findScenario,
  scenarioOptions,
  type ScenarioOverrides,
} from './scenario-run.ts';

export {
  VISIBLE_CATEGORIES,
  findScenario,
  calendarOf,
  scenarioOptions,
  completeScenarioResult,
} from './scenario-run.ts';

/** What to simulate for a scenario: its network and the options from the project's settings. */
export function prepareScenario(
  project: Project,
  scenario: Scenario,
  templates: TemplateRegistry,
  overrides: ScenarioOverrides = {},
): { built: BuiltScenario; options: SimulationOptions; deadlineWorkingDays?: number } {
  let template;
  try {
    template = templates.get(scenario.template);
  } catch (error) {
    if (!(error instanceof FathomInputError)) throw error;
    const index = project.scenarios.indexOf(scenario);
    throw new FathomInputError(
      error.issues.map((issue) => ({ ...issue, path: `scenarios[${index}].template` })),
    );
  }
  const built = buildScenario(template, scenario, project.settings, project.meta.currency);
  return { built, ...scenarioOptions(project, overrides) };
}

/** Builds and simulates one scenario of a project on the calling thread (CLI, tests, reports). */
export function simulateScenario(
  project: Project,
  scenarioId: string | undefined,
  templates: TemplateRegistry,
  overrides: ScenarioOverrides = {},
): ScenarioResult {
  const scenario = findScenario(project, scenarioId);
  const { built, options, deadlineWorkingDays } = prepareScenario(
    project,
    scenario,
    templates,
    overrides,
  );
  const result = simulate(built.network, options);
  return completeScenarioResult(project, scenario, built, result, deadlineWorkingDays);
}
