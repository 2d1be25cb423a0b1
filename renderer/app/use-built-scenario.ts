import { useMemo } from 'react';
import {
  buildScenario,
  formatIssue,
  FathomInputError,
  type BuiltScenario,
  type Project,
} from '../../engine/index.ts';
import { currentScenario } from '../state/edit-project.ts';
import { useFathom } from '../state/use-fathom.ts';
import { builtinTemplates } from './builtin-templates.ts';

export type BuiltScenarioResult =
  { ok: true; value: BuiltScenario } | { ok: false; message: string };

/** Builds per document version (projects are immutable), shared by every view and the estimates. */
const builds = new WeakMap<Project, Map<string, BuiltScenarioResult>>();

/**
 * The scenario compiled into its task network (cheap: milliseconds), or why it cannot be. Built
 * once per document version and scenario: the tables, the drivers editor and the estimate (which
 * hands it to the simulation worker) share it.
 */
export function builtScenarioOf(project: Project, scenarioId: string): BuiltScenarioResult {
  let byScenario = builds.get(project);
  if (!byScenario) builds.set(project, (byScenario = new Map()));
  let built = byScenario.get(scenarioId);
  if (!built) {
    try {
      const scenario = currentScenario(project, scenarioId);
      built = {
        ok: true,
        value: buildScenario(
          builtinTemplates.get(scenario.template),
          scenario,
          project.settings,
          project.meta.currency,
        ),
      };
    } catch (error) {
      const message =
        error instanceof FathomInputError
          ? error.issues.map(formatIssue).join('; ')
          : (error as Error).message;
      built = { ok: false, message };
    }
    byScenario.set(scenarioId, built);
  }
  return built;
}

/** The current scenario compiled into its task network, for the tables. */
export function useBuiltScenario(): BuiltScenarioResult {
  const project = useFathom((s) => s.project);
  const scenarioId = useFathom((s) => s.scenarioId);
  return useMemo(() => builtScenarioOf(project, scenarioId), [project, scenarioId]);
}
