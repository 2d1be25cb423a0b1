import { useFathom, useFathomStore } from '../state/use-fathom.ts';
import type { Tab } from '../state/view-slice.ts';
import { InputsPanel } from '../inputs/InputsPanel.tsx';
import { ResultsPanel } from '../results/ResultsPanel.tsx';
import { TasksTab } from '../tabs/TasksTab.tsx';
import { RisksTab } from '../tabs/RisksTab.tsx';
import { StartScreen } from './StartScreen.tsx';
import { Toolbar } from './Toolbar.tsx';
import { CompareTab } from '../compare/CompareTab.tsx';
import { ScenarioBar } from '../scenarios/ScenarioBar.tsx';
import { useEstimates } from './use-estimates.ts';
import { useSession } from './use-session.ts';
import { useAutosave } from './use-autosave.ts';
import { RestoreBackup } from './RestoreBackup.tsx';
import { useShortcuts } from './use-shortcuts.ts';
import type { KeyboardEvent } from 'react';

const tabs: { id: Tab; label: string }[] = [
  { id: 'results', label: 'Plan' },
  { id: 'tasks', label: 'Tasks' },
  { id: 'risks', label: 'Risks' },
  { id: 'compare', label: 'Compare' },
];

/** The planning screen: toolbar, tabs, inputs beside the live results. */
export function App() {
  const store = useFathomStore();
  const tab = useFathom((s) => s.tab);
  const showStart = useFathom((s) => s.showStart);
  useEstimates();
  useSession();
  useAutosave();
  useShortcuts();

  const onTabKey = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const delta = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!delta) return;
    event.preventDefault();
    const next = tabs[(index + delta + tabs.length) % tabs.length]!;
    store.getState().setTab(next.id);
    document.getElementById(`tab-${next.id}`)?.focus();
  };

  return (
    <div className="app">
      <Toolbar />
      <RestoreBackup />
      {showStart ? (
        <main className="start">
          <StartScreen onClose={() => store.getState().setShowStart(false)} />
        </main>
      ) : (
        <main>
          <ScenarioBar />
          <div className="tabs" role="tablist" aria-label="Views">
            {tabs.map((t, i) => (
              <button
                key={t.id}
                id={`tab-${t.id}`}
                role="tab"
                type="button"
                aria-selected={tab === t.id}
                aria-controls={`panel-${t.id}`}
                tabIndex={tab === t.id ? 0 : -1}
                onClick={() => store.getState().setTab(t.id)}
                onKeyDown={(e) => onTabKey(e, i)}
              >
                {t.label}
              </button>
            ))}
          </div>
          <div
            id={`panel-${tab}`}
            role="tabpanel"
            aria-labelledby={`tab-${tab}`}
            className={`panel panel-${tab}`}
          >
            {tab === 'results' ? (
              <div className="plan-layout">
                <InputsPanel />
                <ResultsPanel />
              </div>
            ) : tab === 'tasks' ? (
              <TasksTab />
            ) : tab === 'risks' ? (
              <RisksTab />
            ) : (
              <CompareTab />
            )}
          </div>
        </main>
      )}
    </div>
  );
}
