import { useState } from 'react';
import { baselineId, whatDiffers } from '../../engine/index.ts';
import { useFathom } from '../state/use-fathom.ts';
import { CompareTable, CostByCategoryTable } from './CompareTable.tsx';
import { CompareCharts } from './CompareCharts.tsx';
import { useComparison } from './use-comparison.ts';

/** Scenarios side by side against the baseline, computed in the simulation worker. */
export function CompareTab() {
  const scenarios = useFathom((s) => s.project.scenarios);
  const baseline = useFathom((s) => baselineId(s.project));
  const [excluded, setExcluded] = useState<ReadonlySet<string>>(new Set());
  const chosen = scenarios.filter((s) => s.id === baseline || !excluded.has(s.id));
  const { comparison, stale, running, progress, error } = useComparison(chosen.map((s) => s.id));
  const base = scenarios.find((s) => s.id === baseline)!;

  const toggle = (id: string, on: boolean) => {
    const next = new Set(excluded);
    if (on) next.delete(id);
    else next.add(id);
    setExcluded(next);
  };

  return (
    <div className="compare">
      <fieldset className="compare-choice">
        <legend>Scenarios to compare</legend>
        {scenarios.map((s) => (
          <label key={s.id}>
            <input
              type="checkbox"
              checked={s.id === baseline || !excluded.has(s.id)}
              disabled={s.id === baseline}
              onChange={(e) => toggle(s.id, e.target.checked)}
            />
            {s.name}
            {s.id === baseline ? ' (baseline, always compared)' : ''}
          </label>
        ))}
      </fieldset>
      <div role="status" aria-label="Comparison status" className="compare-status">
        {error
          ? null
          : running
            ? `Comparing… ${Math.round(progress * 100)}%`
            : stale
              ? 'Out of date'
              : ''}
      </div>
      {error ? (
        <p role="alert" className="status-error">
          Could not compare: {error}
        </p>
      ) : null}
      {scenarios.length < 2 ? (
        <p>Duplicate the scenario (above the tabs) and change it to compare the two.</p>
      ) : null}
      {comparison ? (
        <div className={stale || running ? 'compare-results is-stale' : 'compare-results'}>
          <CompareTable comparison={comparison} />
          <CompareCharts comparison={comparison} />
          <CostByCategoryTable comparison={comparison} />
        </div>
      ) : null}
      {chosen.length > 1 ? (
        <section aria-labelledby="what-differs">
          <h2 id="what-differs">What differs from {base.name}</h2>
          {chosen
            .filter((s) => s.id !== baseline)
            .map((s) => {
              const differences = whatDiffers(base, s);
              return (
                <div key={s.id}>
                  <h3>{s.name}</h3>
                  {differences.length ? (
                    <ul aria-label={`What differs in ${s.name}`}>
                      {differences.map((d) => (
                        <li key={d.path}>{d.text}</li>
                      ))}
                    </ul>
                  ) : (
                    <p>Nothing: the same inputs as the baseline.</p>
                  )}
                </div>
              );
            })}
        </section>
      ) : null}
    </div>
  );
}
