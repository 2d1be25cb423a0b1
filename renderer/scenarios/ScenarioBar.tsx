import { useEffect, useState, type FormEvent } from 'react';
import { baselineId } from '../../engine/index.ts';
import { useFathom, useFathomStore } from '../state/use-fathom.ts';
import {
  deleteCurrent,
  duplicateCurrent,
  makeCurrentBaseline,
  moveCurrent,
  renameCurrent,
  type ScenarioOutcome,
} from './scenario-actions.ts';

/** The project's scenarios, the current one selected, and the operations on it (all undoable). */
export function ScenarioBar() {
  const store = useFathomStore();
  const scenarios = useFathom((s) => s.project.scenarios);
  const baseline = useFathom((s) => baselineId(s.project));
  const scenarioId = useFathom((s) => s.scenarioId);
  const [renaming, setRenaming] = useState<string | undefined>();
  const [message, setMessage] = useState<string | undefined>();
  const index = scenarios.findIndex((s) => s.id === scenarioId);
  const current = scenarios[index];

  // Undo can remove the scenario being shown (an undone duplicate): fall back to the first.
  useEffect(() => {
    if (!current) store.getState().setScenario(scenarios[0]!.id);
  }, [current, scenarios, store]);

  const run = (outcome: ScenarioOutcome) => setMessage(outcome);
  const submitRename = (event: FormEvent) => {
    event.preventDefault();
    const outcome = renameCurrent(store, renaming ?? '');
    setMessage(outcome);
    if (outcome === undefined) setRenaming(undefined);
  };
  const confirmDelete = () =>
    current &&
    window.confirm(`Delete the scenario "${current.name}"? Undo brings it back.`) &&
    run(deleteCurrent(store));

  return (
    <section className="scenario-bar" aria-label="Scenarios">
      <ul className="scenario-list">
        {scenarios.map((s) => (
          <li key={s.id}>
            <button
              type="button"
              aria-pressed={s.id === scenarioId}
              onClick={() => store.getState().setScenario(s.id)}
            >
              {s.name}
              {s.id === baseline ? <span className="baseline-mark"> (baseline)</span> : null}
            </button>
          </li>
        ))}
      </ul>
      {renaming !== undefined ? (
        <form className="scenario-rename" onSubmit={submitRename}>
          <label>
            Scenario name
            <input
              value={renaming}
              autoFocus
              aria-invalid={message !== undefined}
              onChange={(e) => setRenaming(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Escape') {
                  setRenaming(undefined);
                  setMessage(undefined);
                }
              }}
            />
          </label>
          <button type="submit">Rename</button>
          <button
            type="button"
            onClick={() => {
              setRenaming(undefined);
              setMessage(undefined);
            }}
          >
            Cancel
          </button>
        </form>
      ) : (
        <div className="scenario-actions" role="group" aria-label="Current scenario">
          <button type="button" onClick={() => run(duplicateCurrent(store))}>
            Duplicate
          </button>
          <button type="button" onClick={() => current && setRenaming(current.name)}>
            Rename…
          </button>
          <button type="button" disabled={scenarios.length < 2} onClick={confirmDelete}>
            Delete…
          </button>
          <button
            type="button"
            aria-label="Move scenario left"
            disabled={index <= 0}
            onClick={() => run(moveCurrent(store, -1))}
          >
            ←
          </button>
          <button
            type="button"
            aria-label="Move scenario right"
            disabled={index < 0 || index >= scenarios.length - 1}
            onClick={() => run(moveCurrent(store, 1))}
          >
            →
          </button>
          <button
            type="button"
            disabled={scenarioId === baseline}
            onClick={() => run(makeCurrentBaseline(store))}
          >
            Make baseline
          </button>
        </div>
      )}
      {message ? (
        <p role="alert" className="scenario-message">
          {message}
        </p>
      ) : null}
    </section>
  );
}
