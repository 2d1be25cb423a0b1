import { describe, expect, it, vi } from 'vitest';
import type {
  BackupInfo,
  EventChannel,
  EventContract,
  FathomBridge,
  RecentDocument,
} from '../../electron/contract.ts';
import { MAX_TEXT_FILE_BYTES } from '../../electron/contract.ts';
import { platformAdapterContract } from './adapter-contract.ts';
import { textFileTooLarge } from './platform-adapter.ts';
import { choosePlatform } from './choose-platform.ts';
import { createElectronAdapter } from './electron-adapter.ts';

/**
 * A fake preload bridge that behaves as main does: dialogs answer with the next choice, files
 * live under /docs, save writes only to paths opened or saved before, recent files are listed.
 */
function fakeBridge() {
  const files = new Map<string, string>();
  const granted = new Set<string>();
  const recent: RecentDocument[] = [];
  const backups = new Map<string, { name: string; text: string }>();
  const listeners = new Map<string, Set<(payload: never) => void>>();
  let session: string | undefined;
  let choice: string | undefined;
  const pathOf = (name: string) => `/docs/${name}`;
  const grant = (path: string) => {
    granted.add(path);
    recent.unshift({ path, name: path.slice(6), openedAt: '2026-01-01T00:00:00.000Z' });
  };
  const read = (path: string) => {
    const text = files.get(path);
    if (text === undefined) throw new Error(`${path}: no such file`);
    grant(path);
    return { path, name: path.slice(6), text };
  };
  const bridge: FathomBridge = {
    openProject: async () => (choice === undefined ? undefined : read(pathOf(choice))),
    openRecent: async (path) => read(path),
    openDroppedFile: async (file) => read(pathOf(file.name)),
    openTextFile: async (extensions) => {
      if (choice === undefined) return undefined;
      if (!extensions.some((e) => choice!.endsWith(e))) throw new Error('not offered');
      const text = files.get(pathOf(choice));
      if (text === undefined) throw new Error(`${choice}: no such file`);
      // As main: read once, nothing granted, not a recent plan.
      const bytes = new TextEncoder().encode(text).byteLength;
      if (bytes > MAX_TEXT_FILE_BYTES) throw textFileTooLarge(choice, bytes);
      return { name: choice, text };
    },
    saveProject: async (path, text) => {
      if (!granted.has(path)) throw new Error('not a granted path');
      files.set(path, text);
      return { path, name: path.slice(6) };
    },
    saveProjectAs: async (text) => {
      if (choice === undefined) return undefined;
      const path = pathOf(choice);
      files.set(path, text);
      grant(path);
      return { path, name: choice };
    },
    exportFile: async (name, _type, data) => {
      files.set(pathOf(name), typeof data === 'string' ? data : new TextDecoder().decode(data));
      return true;
    },
    loadSession: async () => session,
    storeSession: async (text) => void (session = text),
    recentFiles: async () => [...recent],
    setDocumentState: vi.fn(async () => undefined),
    closeWindow: vi.fn(async () => undefined),
    openExternal: async () => false,
    writeBackup: async (id, name, text) => void backups.set(id, { name, text }),
    listBackups: async (): Promise<BackupInfo[]> =>
      [...backups].map(([id, b]) => ({ id, name: b.name, savedAt: '2026-01-01' })),
    restoreBackup: async (id) => backups.get(id)?.text,
    discardBackup: async (id) => void backups.delete(id),
    on(channel, listener) {
      const set = listeners.get(channel) ?? new Set();
      set.add(listener as (payload: never) => void);
      listeners.set(channel, set);
      return () => set.delete(listener as (payload: never) => void);
    },
  };
  const emit = <K extends EventChannel>(channel: K, payload: EventContract[K]) =>
    listeners.get(channel)?.forEach((l) => (l as (p: EventContract[K]) => void)(payload));
  return {
    bridge,
    files,
    emit,
    listeners,
    choose: (name: string | undefined) => (choice = name),
    pathOf,
  };
}

describe('Electron platform adapter (fake bridge)', () => {
  platformAdapterContract(() => {
    const fake = fakeBridge();
    return {
      adapter: createElectronAdapter(fake.bridge),
      choose: fake.choose,
      seedFile: (name, text) => fake.files.set(fake.pathOf(name), text),
      readFile: async (name) => fake.files.get(fake.pathOf(name)),
      savesInPlace: true,
    };
  });
});

describe('Electron platform adapter: desktop additions', () => {
  it('is chosen when the preload’s bridge is on the window, the browser adapter otherwise', () => {
    const fake = fakeBridge();
    expect(choosePlatform(Object.assign(Object.create(window), { fathom: fake.bridge })).kind).toBe(
      'electron',
    );
    expect(choosePlatform(window).kind).toBe('browser');
  });

  it('refuses export types main would refuse, before asking', async () => {
    const adapter = createElectronAdapter(fakeBridge().bridge);
    await expect(adapter.exportFile('x.sh', 'application/x-sh', 'x')).rejects.toThrow(
      /does not export/,
    );
    expect(await adapter.exportFile('r.csv', 'text/csv', 'a,b')).toBe(true);
  });

  it('opens recent and dropped files with their path as the save handle', async () => {
    const fake = fakeBridge();
    fake.files.set('/docs/a.fathom.json', '{"a":1}');
    const adapter = createElectronAdapter(fake.bridge);
    const recent = await adapter.openRecent!({
      name: 'a.fathom.json',
      path: '/docs/a.fathom.json',
      openedAt: '',
    });
    expect(recent).toEqual({
      name: 'a.fathom.json',
      text: '{"a":1}',
      handle: '/docs/a.fathom.json',
    });
    const dropped = await adapter.openDroppedFile!(new File(['x'], 'a.fathom.json'));
    expect(dropped?.handle).toBe('/docs/a.fathom.json');
    expect((await adapter.recentFiles())[0]).toMatchObject({ path: '/docs/a.fathom.json' });
  });

  it('keeps, lists, restores and discards backups', async () => {
    const adapter = createElectronAdapter(fakeBridge().bridge);
    await adapter.writeBackup!('doc-1', 'plan', '{"p":1}');
    expect(await adapter.listBackups!()).toEqual([
      { id: 'doc-1', name: 'plan', savedAt: '2026-01-01' },
    ]);
    expect(await adapter.restoreBackup!('doc-1')).toBe('{"p":1}');
    await adapter.discardBackup!('doc-1');
    expect(await adapter.listBackups!()).toEqual([]);
  });

  it('passes menu commands and opened files to one listener, until it stops', () => {
    const fake = fakeBridge();
    const adapter = createElectronAdapter(fake.bridge);
    const listener = { command: vi.fn(), openFile: vi.fn() };
    const stop = adapter.subscribe!(listener);
    fake.emit('menu-command', 'save');
    fake.emit('open-file', { path: '/docs/b.fathom.json', name: 'b.fathom.json', text: '{}' });
    expect(listener.command).toHaveBeenCalledWith('save');
    expect(listener.openFile).toHaveBeenCalledWith({
      name: 'b.fathom.json',
      text: '{}',
      handle: '/docs/b.fathom.json',
    });
    stop();
    fake.emit('menu-command', 'open');
    expect(listener.command).toHaveBeenCalledTimes(1);
  });

  it('shows main’s message when it refuses a text file, without Electron’s wrapping', async () => {
    const fake = fakeBridge();
    fake.bridge.openTextFile = async () => {
      throw new Error(
        "Error invoking remote method 'open-text-file': Error: huge.csv is 6.0 MB; Fathom imports files up to 5 MB",
      );
    };
    await expect(
      createElectronAdapter(fake.bridge).openTextFile({ accept: ['.csv'] }),
    ).rejects.toThrow(/^huge\.csv is 6\.0 MB; Fathom imports files up to 5 MB$/);
  });

  it('tells main the document state and asks it to close', async () => {
    const fake = fakeBridge();
    const adapter = createElectronAdapter(fake.bridge);
    await adapter.setDocumentState!({ name: 'a.fathom.json', dirty: true });
    await adapter.closeWindow!();
    expect(fake.bridge.setDocumentState).toHaveBeenCalledWith({
      name: 'a.fathom.json',
      dirty: true,
    });
    expect(fake.bridge.closeWindow).toHaveBeenCalled();
  });
});
