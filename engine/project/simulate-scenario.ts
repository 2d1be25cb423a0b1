import { finishDate, workingDaysUntil, type WorkCalendar } from '../calendar/working-days.ts';
import { adviseScenario } from '../advisor/advise.ts';
import { FathomInputError } from '../errors.ts';
import { buildScenario } from '../model/build-scenario.ts';
import type { TemplateRegistry } from '../model/template-registry.ts';
import type { SimulationOptions } from '../simulation/options.ts';
import type { SimulationResult } from '../simulation/result.ts';
import { simulate } from '../simulation/runner.ts';
import type { Project } from './project-schema.ts';
import type { ScenarioResult } from './project-result.ts';
import type { Scenario } from './scenario-schema.ts';
import type { BuiltScenario } from '../model/built-scenario.ts';

/** The visible work; everything else is the hidden share. */
export const VISIBLE_CATEGORIES = ['model'] as const;

export function findScenario(project: Project, scenarioId: string | undefined): Scenario {
  if (scenarioId === undefined) return project.scenarios[0]!;
  const found = project.scenarios.find((s) => s.id === scenarioId);
  if (!found) {
    throw new FathomInputError([
      {
        path: 'scenario',
        message: `no scenario "${scenarioId}" in this project; it has ${project.scenarios.map((s) => `"${s.id}"`).join(', ')}`,
      },
    ]);
  }
  return found;
}

export function calendarOf(project: Project): WorkCalendar {
  const { startDate, workdaysPerWeek, holidays } = project.settings;
  return { startDate, workdaysPerWeek, holidays };
}

/** What to simulate for a scenario: its network and the options from the project's settings. */
export function prepareScenario(
  project: Project,
  scenario: Scenario,
  templates: TemplateRegistry,
  overrides: Partial<Pick<SimulationOptions, 'iterations' | 'seed' | 'detail'>> = {},
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
  const { settings } = project;
  const deadlineWorkingDays = settings.deadline
    ? workingDaysUntil(calendarOf(project), settings.deadline)
    : undefined;
  const options: SimulationOptions = {
    iterations: overrides.iterations ?? settings.iterations,
    seed: overrides.seed ?? settings.seed,
    mitigated: settings.mitigated,
    currency: project.meta.currency,
    visibleCategories: VISIBLE_CATEGORIES,
    ...(overrides.detail ? { detail: overrides.detail } : {}),
    ...(settings.budget !== undefined ? { budget: settings.budget } : {}),
    ...(deadlineWorkingDays !== undefined ? { deadline: deadlineWorkingDays } : {}),
  };
  return { built, options, ...(deadlineWorkingDays !== undefined ? { deadlineWorkingDays } : {}) };
}

/** Adds calendar dates, the scenario's identity and the advisor's findings to a simulation. */
export function completeScenarioResult(
  project: Project,
  scenario: Scenario,
  built: BuiltScenario,
  result: SimulationResult,
  deadlineWorkingDays: number | undefined,
): ScenarioResult {
  const calendar = calendarOf(project);
  const date = (days: number) => finishDate(calendar, days);
  return {
    ...result,
    scenario: { id: scenario.id, name: scenario.name, template: scenario.template },
    startDate: date(0),
    finish: {
      p10: date(result.duration.p10),
      p50: date(result.duration.p50),
      p80: date(result.duration.p80),
      p90: date(result.duration.p90),
    },
    finishSCurve: result.sCurve.duration.map((p) => ({
      date: date(p.value),
      probability: p.probability,
    })),
    ...(deadlineWorkingDays !== undefined ? { deadlineWorkingDays } : {}),
    findings: adviseScenario(scenario, built, result, project.settings.workdaysPerWeek),
    built,
  };
}

/** Builds and simulates one scenario of a project on the calling thread (CLI, tests, reports). */
export function simulateScenario(
  project: Project,
  scenarioId: string | undefined,
  templates: TemplateRegistry,
  overrides: Partial<Pick<SimulationOptions, 'iterations' | 'seed' | 'detail'>> = {},
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
