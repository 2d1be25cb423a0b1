import {
  buildScenario,
  compileNetwork,
  FathomInputError,
  formatIssue,
  type Project,
} from '../../engine/index.ts';
import { currentScenario } from '../state/edit-project.ts';
import { templateOf } from './template-of.ts';

/** The message of an engine error: every issue, located, in the engine's one style. */
export function messageOf(error: unknown): string {
  return error instanceof FathomInputError
    ? error.issues.map(formatIssue).join('; ')
    : (error as Error).message;
}

/**
 * Why this scenario cannot be simulated, as the builder and the network compiler say it (unknown
 * dependencies, cycles naming the tasks on them, bad ranges), or undefined when it can.
 */
export function scenarioProblem(project: Project, scenarioId: string): string | undefined {
  const scenario = currentScenario(project, scenarioId);
  const template = templateOf(scenario.template);
  if (!template) return `unknown template "${scenario.template}"`;
  try {
    compileNetwork(
      buildScenario(template, scenario, project.settings, project.meta.currency).network,
    );
    return undefined;
  } catch (error) {
    return messageOf(error);
  }
}
