import { finishDate, workingDaysUntil, type WorkCalendar } from '../calendar/working-days.ts';
import { adviseScenario } from '../advisor/advise.ts';
import { FathomInputError } from '../errors.ts';
import type { BuiltScenario } from '../model/built-scenario.ts';
import type { SimulationOptions } from '../simulation/options.ts';
import type { SimulationResult } from '../simulation/result.ts';
import type { Project } from './project-schema.ts';
import type { ScenarioResult } from './project-result.ts';
import type { Scenario } from './scenario-schema.ts';

/*
 * Running a scenario whose task network is already built. Apart from simulate-scenario.ts, which
 * builds it, so that a caller holding a built scenario (the app's simulation worker, given one by
 * the page) loads neither the cost model's expression engine nor its schemas.
 */

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

/**
 * What a caller may set for a scenario's run. A scenario's result is completed with dates and the
 * advisor's findings, which read criticality and cost by category, so `detail: 'outcome'` (which
 * leaves those empty) is not offered here.
 */
export type ScenarioOverrides = {
  iterations?: number;
  seed?: number;
  detail?: 'headline' | 'full';
};

/** The simulation options of a project's settings, and its deadline in working days if it has one. */
export function scenarioOptions(
  project: Project,
  overrides: ScenarioOverrides = {},
): { options: SimulationOptions; deadlineWorkingDays?: number } {
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
  return { options, ...(deadlineWorkingDays !== undefined ? { deadlineWorkingDays } : {}) };
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
