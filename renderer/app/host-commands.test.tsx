import { act, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTemplateRegistry, serializeProject } from '../../engine/index.ts';
import { createMemoryAdapter, type MemoryPlatform } from '../platform/memory-adapter.ts';
import type { HostListener } from '../platform/platform-adapter.ts';
import { createFathomStore } from '../state/store.ts';
import { StoreContext } from '../state/use-fathom.ts';
import { DesktopHost } from './DesktopHost.tsx';
import { exampleProject } from './example-project.ts';
import { openHostFile, runHostCommand } from './host-commands.ts';
import { ServicesContext, type Services } from './services.ts';

const templates = createTemplateRegistry();
const project = () => exampleProject(templates, '2026-03-04');
const yes = () => true;
/** The app's services around a platform; the simulation fails fast (no worker in jsdom). */
const services = (platform: MemoryPlatform) =>
  ({
    platform,
    templates,
    simulation: {
      compare: (_p: unknown, _ids: unknown, hooks: { onError(message: string): void }) =>
        hooks.onError('no worker here'),
    },
  }) as unknown as Services;
const no = () => false;

function setup() {
  const store = createFathomStore(project());
  const platform = createMemoryAdapter();
  return { store, platform };
}

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

describe('desktop menu commands', () => {
  it('save and save as go through the platform', async () => {
    const { store, platform } = setup();
    platform.nextChoice = 'mine.fathom.json';
    expect(await runHostCommand('save', store, services(platform), yes)).toEqual({
      ok: true,
      message: 'Saved mine.fathom.json',
    });
    expect(platform.files.has('mine.fathom.json')).toBe(true);
    platform.nextChoice = 'copy.fathom.json';
    await runHostCommand('save-as', store, services(platform), yes);
    expect(store.getState().fileName).toBe('copy.fathom.json');
  });

  it('save-and-close closes the window only once the plan is saved', async () => {
    const { store, platform } = setup();
    const closeWindow = vi.fn(async () => undefined);
    const desktop: MemoryPlatform = Object.assign(platform, { closeWindow });
    store.getState().edit((p) => ({ ...p, meta: { ...p.meta, name: 'Edited' } }));
    platform.nextChoice = undefined; // the user cancels the save dialog
    await runHostCommand('save-and-close', store, services(desktop), yes);
    expect(closeWindow).not.toHaveBeenCalled();
    platform.nextChoice = 'edited.fathom.json';
    await runHostCommand('save-and-close', store, services(desktop), yes);
    expect(closeWindow).toHaveBeenCalled();
  });

  it('open and new ask before discarding changes', async () => {
    const { store, platform } = setup();
    platform.files.set(
      'other.fathom.json',
      serializeProject({ ...project(), meta: { ...project().meta, name: 'Other' } }),
    );
    platform.nextChoice = 'other.fathom.json';
    await runHostCommand('open', store, services(platform), no);
    expect(store.getState().project.meta.name).not.toBe('Other');
    await runHostCommand('open', store, services(platform), yes);
    expect(store.getState().project.meta.name).toBe('Other');
    await runHostCommand('new-from-template', store, services(platform), yes);
    expect(store.getState().showStart).toBe(true);
  });

  it('undo acts on the focused text field, else on the document', async () => {
    const { store, platform } = setup();
    store.getState().edit((p) => ({ ...p, meta: { ...p.meta, name: 'Edited' } }));
    const execCommand = vi.fn(() => true);
    const input = document.createElement('input');
    document.body.append(input);
    input.focus();
    const doc = { execCommand, activeElement: input } as unknown as Document;
    await runHostCommand('undo', store, services(platform), yes, doc);
    expect(execCommand).toHaveBeenCalledWith('undo');
    expect(store.getState().project.meta.name).toBe('Edited');
    const body = { execCommand, activeElement: document.body } as unknown as Document;
    await runHostCommand('undo', store, services(platform), yes, body);
    expect(store.getState().project.meta.name).not.toBe('Edited');
    await runHostCommand('redo', store, services(platform), yes, body);
    expect(store.getState().project.meta.name).toBe('Edited');
  });

  it('Export PDF runs the app’s PDF export', async () => {
    const { store, platform } = setup();
    // jsdom cannot fetch the report's fonts, so the export stops there (the e2e tests make the
    // PDF in Chromium); reaching it is what this checks.
    const outcome = await runHostCommand('export-pdf', store, services(platform), yes);
    expect(outcome.message).toMatch(/PDF/);
  });

  it('Export CSV compares the scenarios in the simulation worker', async () => {
    const { store, platform } = setup();
    const outcome = await runHostCommand('export-csv', store, services(platform), yes);
    expect(outcome).toEqual({ ok: false, message: expect.stringContaining('no worker here') });
  });
});

describe('Import Tasks from CSV in the File menu', () => {
  it('shows the Tasks tab and asks it to import (its dialog and errors show there)', async () => {
    const { store, platform } = setup();
    store.getState().setShowStart(true);
    expect(await runHostCommand('import-tasks-csv', store, services(platform), no)).toEqual({
      ok: true,
    });
    const { tab, showStart, taskImportRequested, dirty } = store.getState();
    expect({ tab, showStart, taskImportRequested, dirty }).toEqual({
      tab: 'tasks',
      showStart: false,
      taskImportRequested: true,
      dirty: false,
    });
  });
});

describe('files the host opens', () => {
  it('replaces the document with a valid plan, and keeps it when the file is invalid', () => {
    const { store } = setup();
    const other = { ...project(), meta: { ...project().meta, name: 'From the OS' } };
    expect(
      openHostFile(
        { name: 'a.fathom.json', text: serializeProject(other), handle: '/a' },
        store,
        yes,
      ),
    ).toEqual({ ok: true, message: 'Opened a.fathom.json' });
    expect(store.getState().fileHandle).toBe('/a');
    const bad = openHostFile({ name: 'b.fathom.json', text: '{"schemaVersion":1}' }, store, yes);
    expect(bad.ok).toBe(false);
    expect(store.getState().project.meta.name).toBe('From the OS');
  });
});

describe('<DesktopHost>', () => {
  function mount() {
    const { store, platform } = setup();
    let listener: HostListener | undefined;
    const stop = vi.fn();
    const desktop = Object.assign(platform, {
      setDocumentState: vi.fn(async () => undefined),
      subscribe: vi.fn((l: HostListener) => {
        listener = l;
        return stop;
      }),
      openDroppedFile: vi.fn(async (file: File) => ({
        name: file.name,
        text: serializeProject({ ...project(), meta: { ...project().meta, name: 'Dropped' } }),
        handle: `/drops/${file.name}`,
      })),
    });
    const services = {
      platform: desktop,
      templates,
      today: () => '2026-03-04',
    } as unknown as Services;
    const view = render(
      <ServicesContext.Provider value={services}>
        <StoreContext.Provider value={store}>
          <DesktopHost />
        </StoreContext.Provider>
      </ServicesContext.Provider>,
    );
    return { store, desktop, view, stop, listener: () => listener! };
  }

  it('reports the document name and unsaved state to the host as they change', () => {
    const { store, desktop } = mount();
    expect(desktop.setDocumentState).toHaveBeenLastCalledWith({
      name: store.getState().project.meta.name,
      dirty: false,
    });
    act(() => store.getState().edit((p) => ({ ...p, meta: { ...p.meta, name: 'Renamed' } })));
    expect(desktop.setDocumentState).toHaveBeenLastCalledWith({ name: 'Renamed', dirty: true });
  });

  it('runs menu commands and opens files from the OS; stops listening when unmounted', async () => {
    const { store, desktop, view, stop, listener } = mount();
    desktop.nextChoice = 'saved.fathom.json';
    await act(async () => listener().command('save'));
    expect(desktop.files.has('saved.fathom.json')).toBe(true);
    const other = { ...project(), meta: { ...project().meta, name: 'Opened by the OS' } };
    act(() =>
      listener().openFile({ name: 'x.fathom.json', text: serializeProject(other), handle: '/x' }),
    );
    expect(store.getState().project.meta.name).toBe('Opened by the OS');
    view.unmount();
    expect(stop).toHaveBeenCalled();
  });

  it('opens a plan dropped on the window', async () => {
    const { store, desktop } = mount();
    const file = new File(['{}'], 'dropped.fathom.json');
    const drop = new Event('drop', { cancelable: true }) as DragEvent;
    Object.defineProperty(drop, 'dataTransfer', { value: { files: [file], types: ['Files'] } });
    await act(async () => {
      window.dispatchEvent(drop);
      await Promise.resolve();
    });
    expect(drop.defaultPrevented).toBe(true);
    expect(desktop.openDroppedFile).toHaveBeenCalledWith(file);
    expect(store.getState().project.meta.name).toBe('Dropped');
    expect(store.getState().fileHandle).toBe('/drops/dropped.fathom.json');
  });
});
