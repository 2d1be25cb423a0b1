/**
 * The one contract between Fathom's renderer and its Electron main process (STYLE.md "IPC").
 * The preload's bridge `satisfies FathomBridge`; main's handler map is keyed by the same channel
 * names; the renderer's Electron adapter calls the bridge. This file imports nothing, so all three
 * sides (Node, the sandboxed preload and the browser) can share it.
 */

/** A project file the user opened: its path (the capability to save back to it), name and text. */
export type OpenedDocument = { path: string; name: string; text: string };
/** Where a document was written. */
export type SavedDocument = { path: string; name: string };
export type RecentDocument = { path: string; name: string; openedAt: string };
/** An autosaved copy of an unsaved document, kept in the app's data folder. */
export type BackupInfo = { id: string; name: string; savedAt: string };
/**
 * A text file the user picked to import (a task-list CSV). No path: main reads it once and grants
 * nothing, so the page cannot save over it or open it again unasked.
 */
export type OpenedTextFile = { name: string; text: string };
/** The largest text file the app imports (a task list of the 2,000 tasks a scenario may hold fits). */
export const MAX_TEXT_FILE_BYTES = 5 * 1024 * 1024;
/** A `File` from a drop event (typed structurally: this file has no DOM types). */
export type DroppedFile = { readonly name: string; readonly size: number };
/** The document state the window shows: its title and the unsaved-changes marker. */
export type DocumentState = { name: string; dirty: boolean };

/** The MIME types the renderer may export; main refuses others. */
export const EXPORT_TYPES = {
  'application/pdf': 'pdf',
  'text/csv': 'csv',
  'application/json': 'json',
} as const;
export type ExportMimeType = keyof typeof EXPORT_TYPES;

/**
 * Every request the renderer can make, keyed by its IPC channel (kebab-case). One method per
 * operation; each resolves `undefined` when the user cancels a dialog.
 */
export type InvokeContract = {
  'open-project': () => Promise<OpenedDocument | undefined>;
  /** Opens a file from the recent list (main refuses paths it did not put there). */
  'open-recent': (path: string) => Promise<OpenedDocument | undefined>;
  /** Opens a project file dropped on the window (main checks it is a valid project first). */
  'open-dropped-file': (path: string) => Promise<OpenedDocument>;
  /** Writes to a file this window opened or saved before (atomic save). */
  'save-project': (path: string, text: string) => Promise<SavedDocument>;
  /**
   * Asks for a text file with one of these extensions (`.csv`) and reads it (UTF-8, at most
   * MAX_TEXT_FILE_BYTES); the file is not added to the recent plans.
   */
  'open-text-file': (extensions: string[]) => Promise<OpenedTextFile | undefined>;
  'save-project-as': (text: string, suggestedName: string) => Promise<SavedDocument | undefined>;
  'export-file': (
    suggestedName: string,
    mimeType: ExportMimeType,
    data: string | Uint8Array,
  ) => Promise<boolean>;
  'load-session': () => Promise<string | undefined>;
  'store-session': (text: string) => Promise<void>;
  'recent-files': () => Promise<RecentDocument[]>;
  'set-document-state': (state: DocumentState) => Promise<void>;
  /** Closes the window after the renderer saved in answer to the close prompt. */
  'close-window': () => Promise<void>;
  'open-external': (url: string) => Promise<boolean>;
  'write-backup': (id: string, name: string, text: string) => Promise<void>;
  /** The backups on disk; at start, those a run that crashed left (a clean exit removes them). */
  'list-backups': () => Promise<BackupInfo[]>;
  'restore-backup': (id: string) => Promise<string | undefined>;
  'discard-backup': (id: string) => Promise<void>;
};
export type InvokeChannel = keyof InvokeContract;

/** The commands native menus send to the renderer. */
export const MENU_COMMANDS = [
  'new-from-template',
  'open',
  'save',
  'save-as',
  'export-pdf',
  'export-csv',
  'import-tasks-csv',
  'undo',
  'redo',
  /** The close prompt's "Save": save, then call `closeWindow()` if it worked. */
  'save-and-close',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** Events main sends to the renderer, keyed by channel; the payload each listener receives. */
export type EventContract = {
  'menu-command': MenuCommand;
  /** A file opened from the OS, the command line, a second instance, a drop or Open Recent. */
  'open-file': OpenedDocument;
};
export type EventChannel = keyof EventContract;
export const EVENT_CHANNELS = ['menu-command', 'open-file'] as const satisfies EventChannel[];

/** Bridge method names, each tied to exactly one invoke channel. */
export type BridgeMethods = {
  openProject: InvokeContract['open-project'];
  openRecent: InvokeContract['open-recent'];
  /** Takes the dropped `File`; the preload finds its path (`webUtils.getPathForFile`). */
  openDroppedFile: (file: DroppedFile) => ReturnType<InvokeContract['open-dropped-file']>;
  saveProject: InvokeContract['save-project'];
  openTextFile: InvokeContract['open-text-file'];
  saveProjectAs: InvokeContract['save-project-as'];
  exportFile: InvokeContract['export-file'];
  loadSession: InvokeContract['load-session'];
  storeSession: InvokeContract['store-session'];
  recentFiles: InvokeContract['recent-files'];
  setDocumentState: InvokeContract['set-document-state'];
  closeWindow: InvokeContract['close-window'];
  openExternal: InvokeContract['open-external'];
  writeBackup: InvokeContract['write-backup'];
  listBackups: InvokeContract['list-backups'];
  restoreBackup: InvokeContract['restore-backup'];
  discardBackup: InvokeContract['discard-backup'];
};

/** What the preload exposes as `window.fathom`. */
export type FathomBridge = BridgeMethods & {
  /** Subscribes to one of main's events; returns the unsubscribe function. */
  on<K extends EventChannel>(channel: K, listener: (payload: EventContract[K]) => void): () => void;
};

/** The origin the renderer is served from (see electron/main/protocol.ts). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'fathom';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
