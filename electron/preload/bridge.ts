import {
  EVENT_CHANNELS,
  type DroppedFile,
  type EventChannel,
  type EventContract,
  type FathomBridge,
  type InvokeChannel,
  type InvokeContract,
} from '../contract.ts';

/** The part of Electron's `ipcRenderer` the bridge uses (a fake in tests). */
export type IpcRendererLike = {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, payload: unknown) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, payload: unknown) => void): unknown;
};

/**
 * The object the preload exposes as `window.fathom`: one method per operation, each wrapping
 * exactly one `ipcRenderer.invoke`, and `on` for main's events restricted to an allow-list. The
 * renderer never sees `ipcRenderer` or the IPC event object (Electron's context-isolation guide).
 */
export function createBridge(ipc: IpcRendererLike, pathForFile: (file: DroppedFile) => string) {
  /** Typed invoke: the channel fixes the arguments and the result (STYLE.md "IPC"). */
  const invoke = <K extends InvokeChannel>(channel: K, ...args: Parameters<InvokeContract[K]>) =>
    ipc.invoke(channel, ...args) as ReturnType<InvokeContract[K]>;
  const bridge = {
    openProject: () => invoke('open-project'),
    openRecent: (path) => invoke('open-recent', path),
    openDroppedFile: (file) => invoke('open-dropped-file', pathForFile(file)),
    saveProject: (path, text) => invoke('save-project', path, text),
    saveProjectAs: (text, suggestedName) => invoke('save-project-as', text, suggestedName),
    openTextFile: (extensions) => invoke('open-text-file', extensions),
    exportFile: (suggestedName, mimeType, data) =>
      invoke('export-file', suggestedName, mimeType, data),
    loadSession: () => invoke('load-session'),
    storeSession: (text) => invoke('store-session', text),
    recentFiles: () => invoke('recent-files'),
    setDocumentState: (state) => invoke('set-document-state', state),
    closeWindow: () => invoke('close-window'),
    openExternal: (url) => invoke('open-external', url),
    writeBackup: (id, name, text) => invoke('write-backup', id, name, text),
    listBackups: () => invoke('list-backups'),
    restoreBackup: (id) => invoke('restore-backup', id),
    discardBackup: (id) => invoke('discard-backup', id),
    on<K extends EventChannel>(channel: K, listener: (payload: EventContract[K]) => void) {
      if (!(EVENT_CHANNELS as readonly string[]).includes(channel)) {
        throw new Error(`Unknown event channel: ${String(channel)}`);
      }
      const wrapped = (_event: unknown, payload: unknown) => listener(payload as EventContract[K]);
      ipc.on(channel, wrapped);
      return () => void ipc.removeListener(channel, wrapped);
    },
  } satisfies FathomBridge;
  return bridge;
}
