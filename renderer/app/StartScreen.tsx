import { useState } from 'react';
import { builtinPresets, createProject, regions, type Region } from '../../engine/index.ts';
import { useFathomStore } from '../state/use-fathom.ts';
import { openProject } from './file-actions.ts';
import { useServices } from './services.ts';

const regionNames: Record<Region, string> = {
  us: 'United States',
  'western-europe': 'Western Europe',
  'eastern-europe': 'Eastern Europe',
  india: 'India',
};

/** Start a plan from a template, or open a file. */
export function StartScreen({ onClose }: { onClose: () => void }) {
  const store = useFathomStore();
  const { templates, platform, today } = useServices();
  const [region, setRegion] = useState<Region>('us');
  const [currency, setCurrency] = useState('USD');
  const [error, setError] = useState<string | undefined>();
  const currencies = Object.keys(builtinPresets().exchangeRates.rates);

  return (
    <section className="start-screen" aria-labelledby="start-title">
      <h2 id="start-title">Start a plan</h2>
      <p>
        Pick the kind of project. Fathom fills in the hidden work, the team and the prices; change
        anything afterwards.
      </p>
      <div className="start-options">
        <label>
          Team region
          <select value={region} onChange={(e) => setRegion(e.target.value as Region)}>
            {regions.map((r) => (
              <option key={r} value={r}>
                {regionNames[r]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Currency
          <select value={currency} onChange={(e) => setCurrency(e.target.value)}>
            {currencies.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </label>
      </div>
      <ul className="template-list">
        {templates.list().map((t) => (
          <li key={t.id}>
            <button
              type="button"
              className="template-card"
              onClick={() => {
                store
                  .getState()
                  .replaceDocument(
                    createProject(templates.get(t.id), { today: today(), region, currency }),
                  );
                onClose();
              }}
            >
              <span className="template-name">{t.name}</span>
              <span className="template-description">{t.description}</span>
            </button>
          </li>
        ))}
      </ul>
      <div className="start-footer">
        <button
          type="button"
          onClick={async () => {
            const outcome = await openProject(store, platform);
            if (!outcome.ok) setError(outcome.message);
            else if (outcome.message) onClose();
          }}
        >
          Open a plan file…
        </button>
        <button type="button" className="link-button" onClick={onClose}>
          Back to the current plan
        </button>
      </div>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
