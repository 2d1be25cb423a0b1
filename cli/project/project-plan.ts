import type { Network, SimulationOptions, SimulationResult } from '../engine.ts';
import type { Context } from '../command.ts';
import { inFile, UserError } from '../errors.ts';
import { readTextFile } from '../read-text-file.ts';
import { loadRegistry } from './registry.ts';
import type { ScenarioResult } from './model.ts';

/** A scenario of a project file, ready to simulate, and how to turn its result into a plan's. */
export type ProjectPlan = {
  options: SimulationOptions;
  complete(result: SimulationResult): ScenarioResult;
  scenario: { id: string; name: string };
  scenarioCount: number;
};

/**
 * Reads a project file and prepares one scenario (the first unless `scenarioId`): its task
 * network built from the template, and the simulation options of the project's settings.
 */
export async function loadProjectPlan(
  file: string,
  scenarioId: string | undefined,
  context: Pick<Context, 'stderr'>,
): Promise<{ network: Network; plan: ProjectPlan; warnings: string[] }> {
  const model = await import('./model.ts');
  const text = readTextFile(file);
  const registry = await loadRegistry(context);
  try {
    const project = model.parseProject(text);
    const scenario = model.findScenario(project, scenarioId);
    const { built, options, deadlineWorkingDays } = model.prepareScenario(
      project,
      scenario,
      registry,
    );
    return {
      network: built.network,
      warnings: built.warnings.map((w) => `${file}, scenario "${scenario.id}": ${w}`),
      plan: {
        options,
        scenario: { id: scenario.id, name: scenario.name },
        scenarioCount: project.scenarios.length,
        complete: (result) =>
          model.completeScenarioResult(project, scenario, built, result, deadlineWorkingDays),
      },
    };
  } catch (error) {
    if (error instanceof model.FathomInputError) {
      if (error.issues.length === 1 && error.issues[0]!.path === 'scenario') {
        throw new UserError(`--scenario: ${error.issues[0]!.message}`);
      }
      throw inFile(file, error);
    }
    throw error;
  }
}
