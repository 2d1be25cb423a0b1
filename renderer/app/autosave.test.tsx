import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { serializeProject } from '../../engine/index.ts';
import { createMemoryAdapter } from '../platform/memory-adapter.ts';
import { churnProject, renderApp } from '../test-support/render-app.tsx';
import { saveProject } from './file-actions.ts';

afterEach(() => vi.restoreAllMocks());

describe('autosave and recovery', () => {
  it('writes a backup a few seconds after a change, never over the file, and drops it once saved', async () => {
    const { store, platform } = renderApp();
    store.getState().edit((p) => ({ ...p, meta: { ...p.meta, name: 'Changed plan' } }));
    await waitFor(() => expect(platform.backups.size).toBe(1), { timeout: 6000 });
    const [backup] = [...platform.backups.values()];
    expect(JSON.parse(backup!.text).meta.name).toBe('Changed plan');
    expect(platform.files.size).toBe(0);

    platform.nextChoice = 'plan.fathom.json';
    await saveProject(store, platform);
    await waitFor(() => expect(platform.backups.size).toBe(0));
  }, 15_000);

  it('guards closing the tab while there are unsaved changes', () => {
    const { store } = renderApp();
    const clean = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(clean);
    expect(clean.defaultPrevented).toBe(false);
    act(() => store.getState().edit((p) => ({ ...p, meta: { ...p.meta, name: 'Changed plan' } })));
    const dirty = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(dirty);
    expect(dirty.defaultPrevented).toBe(true);
  });

  it('offers to restore a backup left by a crash, as one undoable edit', async () => {
    const platform = createMemoryAdapter();
    const saved = churnProject();
    const lost = { ...saved, meta: { ...saved.meta, name: 'Work not saved' } };
    platform.backups.set('crashed-run', {
      name: 'churn.fathom.json',
      text: serializeProject(lost),
    });
    // A fresh start after the "crash": the app opens the last saved document.
    const { store } = renderApp(saved, platform);
    const dialog = await screen.findByRole('alertdialog', {}, { timeout: 10_000 });
    expect(within(dialog).getByRole('heading').textContent).toBe('Unsaved changes were found');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Restore' }));
    expect(store.getState().project.meta.name).toBe('Work not saved');
    expect(store.getState().dirty).toBe(true);
    await waitFor(() => expect(platform.backups.has('crashed-run')).toBe(false));
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(store.getState().project.meta.name).toBe(saved.meta.name);
  });

  it('discards the backup on request, leaving the document as it was', async () => {
    const platform = createMemoryAdapter();
    const saved = churnProject();
    const lost = { ...saved, meta: { ...saved.meta, name: 'Work not saved' } };
    platform.backups.set('crashed-run', { name: 'churn', text: serializeProject(lost) });
    const { store } = renderApp(saved, platform);
    const dialog = await screen.findByRole('alertdialog', {}, { timeout: 10_000 });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Discard' }));
    expect(store.getState().project).toBe(saved);
    expect(screen.queryByRole('alertdialog')).toBeNull();
    await waitFor(() => expect(platform.backups.size).toBe(0));
  });

  it('makes no offer when the backup is the document itself', async () => {
    const platform = createMemoryAdapter();
    const saved = churnProject();
    platform.backups.set('clean-run', { name: 'churn', text: serializeProject(saved) });
    renderApp(saved, platform);
    await waitFor(() => expect(platform.backups.size).toBe(0));
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });
});
