import { describe, expect, it, vi } from 'vitest';
import type { BridgeMethods, InvokeChannel } from '../contract.ts';
import { ipcArgumentSchemas } from '../main/ipc-schemas.ts';
import { createBridge, type IpcRendererLike } from './bridge.ts';

function fakeIpc() {
  const listeners = new Map<string, Set<(event: unknown, payload: unknown) => void>>();
  const ipc = {
    invoke: vi.fn(async (channel: string) => `answer from ${channel}`),
    on: vi.fn((channel: string, listener: (event: unknown, payload: unknown) => void) => {
      listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener));
    }),
    removeListener: vi.fn((channel: string, listener: (e: unknown, p: unknown) => void) =>
      listeners.get(channel)?.delete(listener),
    ),
  } satisfies IpcRendererLike;
  const emit = (channel: string, payload: unknown) =>
    listeners.get(channel)?.forEach((l) => l({ sender: 'ipcRenderer internals' }, payload));
  return { ipc, emit, listeners };
}

/** Each bridge method, sample arguments, and the one channel and arguments it must send. */
const file = { name: 'plan.fathom.json', size: 10 };
const calls: { [M in keyof BridgeMethods]: [unknown[], InvokeChannel, unknown[]] } = {
  openProject: [[], 'open-project', []],
  openRecent: [['/p.fathom.json'], 'open-recent', ['/p.fathom.json']],
  openDroppedFile: [[file], 'open-dropped-file', ['/dropped/plan.fathom.json']],
  saveProject: [['/p', '{}'], 'save-project', ['/p', '{}']],
  saveProjectAs: [['{}', 'a.fathom.json'], 'save-project-as', ['{}', 'a.fathom.json']],
  openTextFile: [[['.csv']], 'open-text-file', [['.csv']]],
  exportFile: [['r.csv', 'text/csv', 'a'], 'export-file', ['r.csv', 'text/csv', 'a']],
  loadSession: [[], 'load-session', []],
  storeSession: [['{}'], 'store-session', ['{}']],
  recentFiles: [[], 'recent-files', []],
  setDocumentState: [
    [{ name: 'a', dirty: true }],
    'set-document-state',
    [{ name: 'a', dirty: true }],
  ],
  closeWindow: [[], 'close-window', []],
  openExternal: [['https://x'], 'open-external', ['https://x']],
  writeBackup: [['id', 'n', '{}'], 'write-backup', ['id', 'n', '{}']],
  listBackups: [[], 'list-backups', []],
  restoreBackup: [['id'], 'restore-backup', ['id']],
  discardBackup: [['id'], 'discard-backup', ['id']],
};

describe('preload bridge', () => {
  it.each(Object.entries(calls))(
    '%s wraps exactly one ipcRenderer.invoke on its channel',
    async (method, [args, channel, sent]) => {
      const { ipc } = fakeIpc();
      const bridge = createBridge(ipc, (f) => `/dropped/${f.name}`) as unknown as Record<
        string,
        (...a: unknown[]) => Promise<unknown>
      >;
      await expect(bridge[method]!(...args)).resolves.toBe(`answer from ${channel}`);
      expect(ipc.invoke).toHaveBeenCalledTimes(1);
      expect(ipc.invoke).toHaveBeenCalledWith(channel, ...sent);
    },
  );

  it('covers every channel main handles, and exposes nothing else', () => {
    const bridge = createBridge(fakeIpc().ipc, () => '');
    expect(Object.keys(bridge).sort()).toEqual([...Object.keys(calls), 'on'].sort());
    expect(
      Object.values(calls)
        .map(([, channel]) => channel)
        .sort(),
    ).toEqual(Object.keys(ipcArgumentSchemas).sort());
    expect(JSON.stringify(Object.keys(bridge))).not.toMatch(/ipcRenderer|send|invoke/);
  });

  it('passes main’s events to listeners without the IPC event object, until unsubscribed', () => {
    const { ipc, emit } = fakeIpc();
    const bridge = createBridge(ipc, () => '');
    const listener = vi.fn();
    const off = bridge.on('menu-command', listener);
    emit('menu-command', 'save');
    expect(listener).toHaveBeenCalledWith('save');
    expect(listener.mock.calls[0]).toHaveLength(1);
    off();
    emit('menu-command', 'open');
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('refuses to subscribe to channels outside the allow-list', () => {
    const { ipc } = fakeIpc();
    const bridge = createBridge(ipc, () => '');
    expect(() => bridge.on('open-project' as never, vi.fn())).toThrow(/Unknown event channel/);
    expect(() => bridge.on('ELECTRON_BROWSER_REQUIRE' as never, vi.fn())).toThrow();
    expect(ipc.on).not.toHaveBeenCalled();
  });
});
