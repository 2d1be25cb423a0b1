import { useCallback } from 'react';
import type { Scenario } from '../../engine/index.ts';
import { currentScenario, updateScenario } from '../state/edit-project.ts';
import { useFathomStore } from '../state/use-fathom.ts';
import { scenarioProblem } from './scenario-problem.ts';

/**
 * Applies a change to the current scenario through `edit` (so undo covers it), unless it would
 * break a plan that works: then it returns the builder's message and the document stays as it was.
 */
export type ScenarioEdit = (update: (scenario: Scenario) => Scenario) => string | undefined;

export function useScenarioEdit(): ScenarioEdit {
  const store = useFathomStore();
  return useCallback(
    (update) => {
      const state = store.getState();
      const scenario = currentScenario(state.project, state.scenarioId);
      const changed = update(scenario);
      // Typing that parses to what is already there (a trailing space, "3 to 8.") is no edit.
      if (changed === scenario || JSON.stringify(changed) === JSON.stringify(scenario))
        return undefined;
      const next = updateScenario(state.project, state.scenarioId, () => changed);
      const problem = scenarioProblem(next, state.scenarioId);
      // A plan that is already broken (say, a file with a cycle) can still be edited towards a fix.
      if (problem !== undefined && scenarioProblem(state.project, state.scenarioId) === undefined)
        return problem;
      state.edit(() => next);
      return undefined;
    },
    [store],
  );
}
