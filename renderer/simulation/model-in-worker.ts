import {
  baselineId,
  compareScenarioResults,
  createTemplateRegistry,
  findScenario,
  prepareScenario,
  simulateScenario,
  type BuiltScenario,
  type Comparison,
  type Project,
  type ScenarioResult,
} from '../../engine/index.ts';

/*
 * What the simulation worker does with the cost model (templates, mathjs, zod), loaded by a
 * dynamic import: ahead of need once the first full estimate is done and the worker is idle, or
 * by the first request that needs it (a comparison, or an estimate the page sent without a built
 * scenario because it could not build it, which this then reports). The page's estimates carry
 * their built scenario, so the first estimate does not wait for the model to load.
 */

const registry = createTemplateRegistry();

/** The scenario's task network; throws the engine's input error when it cannot be built. */
export function buildInWorker(project: Project, scenarioId: string): BuiltScenario {
  return prepareScenario(project, findScenario(project, scenarioId), registry).built;
}

/**
 * Simulates the chosen scenarios one by one with the project's seed and iterations (common random
 * numbers) and compares them with the baseline; progress after each, cancellable between them.
 * Returns undefined when cancelled.
 */
export async function compareInWorker(
  project: Project,
  scenarioIds: readonly string[],
  hooks: {
    isCancelled(): boolean;
    onProgress(fraction: number): void;
    yieldToEvents(): Promise<void>;
  },
): Promise<Comparison | undefined> {
  const baseline = baselineId(project);
  const wanted = new Set([baseline, ...scenarioIds.map((id) => findScenario(project, id).id)]);
  const chosen = project.scenarios.filter((s) => wanted.has(s.id));
  const settings = {
    iterations: project.settings.iterations,
    seed: project.settings.seed,
    detail: 'headline' as const,
  };
  const results: ScenarioResult[] = [];
  for (const scenario of chosen) {
    await hooks.yieldToEvents();
    if (hooks.isCancelled()) return undefined;
    results.push(simulateScenario(project, scenario.id, registry, settings));
    hooks.onProgress(results.length / chosen.length);
  }
  return compareScenarioResults(project, results, baseline);
}
