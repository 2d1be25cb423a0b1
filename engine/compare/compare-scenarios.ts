import type { TemplateRegistry } from '../model/template-registry.ts';
import type { Project } from '../project/project-schema.ts';
import { baselineId as defaultBaseline } from '../project/scenario-operations.ts';
import { findScenario, simulateScenario } from '../project/simulate-scenario.ts';
import type { ScenarioOverrides } from '../project/scenario-run.ts';
import { compareScenarioResults } from './compare-results.ts';
import type { Comparison } from './comparison.ts';

export type CompareOptions = {
  /** Default: the project's settings. */
  iterations?: number;
  /** Default: the project's settings. One seed for all, so shared tasks share random numbers. */
  seed?: number;
  /** Scenarios to compare, default all; the baseline is always included. */
  scenarioIds?: readonly string[];
  /** Default: `project.baseline`, else the first scenario. */
  baselineId?: string;
  /** `headline` (default) skips the tornado and per-task statistics a comparison does not show. */
  detail?: ScenarioOverrides['detail'];
};

/**
 * Simulates scenarios of a project on the calling thread (CLI, tests) with one seed and one
 * number of iterations, and compares each with the baseline (see `compareScenarioResults`, which
 * the app calls with the results of its worker). Unknown scenario ids throw `FathomInputError`.
 */
export function compareScenarios(
  project: Project,
  templates: TemplateRegistry,
  options: CompareOptions = {},
): Comparison {
  const baseline = findScenario(project, options.baselineId ?? defaultBaseline(project)).id;
  const wanted = new Set(
    (options.scenarioIds ?? project.scenarios.map((s) => s.id)).map(
      (id) => findScenario(project, id).id,
    ),
  );
  wanted.add(baseline);
  const simulation = {
    iterations: options.iterations ?? project.settings.iterations,
    seed: options.seed ?? project.settings.seed,
    detail: options.detail ?? 'headline',
  };
  const results = project.scenarios
    .filter((s) => wanted.has(s.id))
    .map((s) => simulateScenario(project, s.id, templates, simulation));
  return compareScenarioResults(project, results, baseline);
}
