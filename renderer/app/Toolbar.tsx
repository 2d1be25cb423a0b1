import { useState } from 'react';
import { useFathom, useFathomStore } from '../state/use-fathom.ts';
import { exportPdf, openProject, saveProject, type ActionOutcome } from './file-actions.ts';
import { exportResultJson, exportSummaryCsv, exportTaskStatisticsCsv } from './export-actions.ts';
import { useServices } from './services.ts';

/** File and edit commands, with the document's name and its unsaved-changes marker. */
export function Toolbar() {
  const store = useFathomStore();
  const { platform, templates, simulation } = useServices();
  const name = useFathom((s) => s.project.meta.name);
  const fileName = useFathom((s) => s.fileName);
  const dirty = useFathom((s) => s.dirty);
  const canUndo = useFathom((s) => s.past.length > 0);
  const canRedo = useFathom((s) => s.future.length > 0);
  const [status, setStatus] = useState<ActionOutcome | undefined>();
  const run = async (action: () => Promise<ActionOutcome>) => setStatus(await action());
  const confirmDiscard = () =>
    !store.getState().dirty || window.confirm('Discard the unsaved changes to this plan?');

  return (
    <header className="toolbar">
      <div className="toolbar-title">
        <span className="brand" aria-hidden="true">
          Fathom
        </span>
        <h1 title={name}>{name}</h1>
        <span className="file-name">
          {fileName ?? 'not saved yet'}
          {dirty ? (
            <span title="Unsaved changes">
              {' '}
              • <span className="visually-hidden">unsaved changes</span>
            </span>
          ) : null}
        </span>
      </div>
      <nav className="toolbar-actions" aria-label="File and edit">
        <button
          type="button"
          onClick={() => confirmDiscard() && store.getState().setShowStart(true)}
        >
          New
        </button>
        <button
          type="button"
          onClick={() => confirmDiscard() && void run(() => openProject(store, platform))}
        >
          Open…
        </button>
        <button type="button" onClick={() => void run(() => saveProject(store, platform))}>
          Save
        </button>
        <button type="button" onClick={() => void run(() => saveProject(store, platform, true))}>
          Save as…
        </button>
        <button type="button" onClick={() => void run(() => exportResultJson(store, platform))}>
          Export result JSON
        </button>
        <button
          type="button"
          onClick={() => void run(() => exportSummaryCsv(store, platform, simulation))}
        >
          Export summary CSV
        </button>
        <button
          type="button"
          onClick={() => void run(() => exportTaskStatisticsCsv(store, platform))}
        >
          Export task statistics CSV
        </button>
        <button
          type="button"
          onClick={() =>
            void run(() =>
              exportPdf(store, platform, templates, (message) => setStatus({ ok: true, message })),
            )
          }
        >
          Export PDF
        </button>
        <button
          type="button"
          disabled={!canUndo}
          onClick={() => store.getState().undo()}
          aria-keyshortcuts="Control+Z"
        >
          Undo
        </button>
        <button
          type="button"
          disabled={!canRedo}
          onClick={() => store.getState().redo()}
          aria-keyshortcuts="Control+Shift+Z"
        >
          Redo
        </button>
      </nav>
      <div
        className={`status${status && !status.ok ? ' status-error' : ''}`}
        role={status && !status.ok ? 'alert' : 'status'}
      >
        {status?.message ?? ''}
      </div>
    </header>
  );
}
