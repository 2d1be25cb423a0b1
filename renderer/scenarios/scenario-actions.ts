import {
  deleteScenario,
  duplicateScenario,
  FathomInputError,
  moveScenario,
  renameScenario,
  setBaseline,
  type Project,
} from '../../engine/index.ts';
import type { FathomStore } from '../state/store.ts';

/** A failed scenario operation's message, or undefined when it was applied as one undoable edit. */
export type ScenarioOutcome = string | undefined;

function apply(store: FathomStore, recipe: (project: Project) => Project): ScenarioOutcome {
  try {
    // Run the recipe first, so a refused change never reaches the undo history.
    const next = recipe(store.getState().project);
    store.getState().edit(() => next);
    return undefined;
  } catch (error) {
    if (error instanceof FathomInputError) return error.issues.map((i) => i.message).join('; ');
    return error instanceof Error ? error.message : String(error);
  }
}

/** Duplicates the current scenario; the copy becomes current. */
export function duplicateCurrent(store: FathomStore): ScenarioOutcome {
  const { project, scenarioId } = store.getState();
  const outcome = apply(store, (p) => duplicateScenario(p, scenarioId));
  if (outcome === undefined) {
    const index = project.scenarios.findIndex((s) => s.id === scenarioId);
    const copy = store.getState().project.scenarios[index + 1];
    if (copy) store.getState().setScenario(copy.id);
  }
  return outcome;
}

export function renameCurrent(store: FathomStore, name: string): ScenarioOutcome {
  if (!name.trim()) return 'A scenario needs a name.';
  return apply(store, (p) => renameScenario(p, store.getState().scenarioId, name));
}

/** Deletes the current scenario; the one before it (or the new first) becomes current. */
export function deleteCurrent(store: FathomStore): ScenarioOutcome {
  const { project, scenarioId } = store.getState();
  const index = project.scenarios.findIndex((s) => s.id === scenarioId);
  const outcome = apply(store, (p) => deleteScenario(p, scenarioId));
  if (outcome === undefined) {
    const left = store.getState().project.scenarios;
    store.getState().setScenario(left[Math.max(0, index - 1)]!.id);
  }
  return outcome;
}

export function moveCurrent(store: FathomStore, by: -1 | 1): ScenarioOutcome {
  const { project, scenarioId } = store.getState();
  const index = project.scenarios.findIndex((s) => s.id === scenarioId);
  return apply(store, (p) => moveScenario(p, scenarioId, index + by));
}

export function makeCurrentBaseline(store: FathomStore): ScenarioOutcome {
  return apply(store, (p) => setBaseline(p, store.getState().scenarioId));
}
