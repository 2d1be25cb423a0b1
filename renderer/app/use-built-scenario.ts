import { useMemo } from 'react';
import {
  buildScenario,
  formatIssue,
  FathomInputError,
  type BuiltScenario,
} from '../../engine/index.ts';
import { currentScenario } from '../state/edit-project.ts';
import { useFathom } from '../state/use-fathom.ts';
import { builtinTemplates } from './builtin-templates.ts';

/** The current scenario compiled into its task network (cheap: milliseconds), for the tables. */
export function useBuiltScenario():
  { ok: true; value: BuiltScenario } | { ok: false; message: string } {
  const project = useFathom((s) => s.project);
  const scenarioId = useFathom((s) => s.scenarioId);
  return useMemo(() => {
    try {
      const scenario = currentScenario(project, scenarioId);
      return {
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
      return { ok: false, message };
    }
  }, [project, scenarioId]);
}
