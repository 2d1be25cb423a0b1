import { useMemo } from 'react';
import { formatShorthand, parseShorthand, type DriverEntry } from '../../engine/index.ts';
import { useBuiltScenario } from '../app/use-built-scenario.ts';
import { currentScenario, updateScenario } from '../state/edit-project.ts';
import { useFathom, useFathomStore } from '../state/use-fathom.ts';
import { CellInput } from './CellInput.tsx';

/**
 * The drivers: shared uncertain multipliers on groups of tasks (how Fathom correlates work). Each
 * range accepts the shorthand: `0.9 to 1.5` (90% interval), `0.9, 1, 1.6` (min, likely, max).
 */
export function DriversEditor() {
  const store = useFathomStore();
  const scenarioId = useFathom((s) => s.scenarioId);
  const entries = useFathom((s) => currentScenario(s.project, scenarioId).drivers);
  const built = useBuiltScenario();
  const drivers = useMemo(() => (built.ok ? built.value.drivers : []), [built]);

  const setEntry = (id: string, patch: Partial<DriverEntry> | undefined) => {
    const state = store.getState();
    state.edit((project) =>
      updateScenario(project, state.scenarioId, (s) => {
        const rest = s.drivers.filter((d) => d.id !== id);
        const existing = s.drivers.find((d) => d.id === id);
        return {
          ...s,
          drivers: patch === undefined ? rest : [...rest, { ...existing, ...patch, id }],
        };
      }),
    );
  };

  if (!built.ok) return <p className="field-error">{built.message}</p>;
  return (
    <div className="drivers-editor">
      <p className="field-help">
        A driver multiplies the duration of a group of tasks: “if the data is worse than we think,
        cleaning, labeling and training all grow together”. Write a range as <code>0.9 to 1.5</code>{' '}
        or <code>0.9, 1, 1.6</code>. The risk register is in the Risks tab.
      </p>
      <table>
        <caption className="visually-hidden">Drivers</caption>
        <thead>
          <tr>
            <th scope="col">Driver</th>
            <th scope="col">Multiplier</th>
            <th scope="col">Tasks</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {drivers.map((driver) => {
            const changed = entries.some((e) => e.id === driver.id);
            return (
              <tr key={driver.id} className={changed ? 'overridden' : undefined}>
                <th scope="row" title={driver.explain}>
                  {driver.name}
                  {changed ? <span className="badge">changed</span> : null}
                </th>
                <td>
                  <CellInput
                    label={`Multiplier of ${driver.name}`}
                    value={formatShorthand(driver.multiplier)}
                    onCommit={(text) => {
                      const parsed = parseShorthand(text);
                      if (!parsed.ok) return parsed.message;
                      setEntry(driver.id, { multiplier: parsed.value });
                      return undefined;
                    }}
                  />
                </td>
                <td>{driver.tasks.length}</td>
                <td>
                  {changed ? (
                    <button
                      type="button"
                      className="link-button small"
                      onClick={() => setEntry(driver.id, undefined)}
                    >
                      Reset
                    </button>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
