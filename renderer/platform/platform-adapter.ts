import { MAX_TEXT_FILE_BYTES, type MenuCommand } from '../../electron/contract.ts';

/** A file the user picked, read as text. `handle` lets a later save write back to it. */
export type OpenedFile = { name: string; text: string; handle?: unknown };
/** The rejection of a text file over MAX_TEXT_FILE_BYTES (what every platform says). */
export function textFileTooLarge(name: string, bytes: number): Error {
  return new Error(
    `${name} is ${(bytes / 1048576).toFixed(1)} MB; Fathom imports files up to ${MAX_TEXT_FILE_BYTES / 1048576} MB`,
  );
}
/** Where a document was saved. */
export type SavedFile = { name: string; handle?: unknown };
export type RecentFile = { name: string; path?: string; openedAt: string };
/** An autosaved copy of an unsaved document (recovery after a crash). */
export type BackupInfo = { id: string; name: string; savedAt: string };
/** A command from the host's native menus (desktop): the names of electron/contract.ts. */
export type HostCommand = MenuCommand;
/** What the host tells the renderer: menu commands and files opened from the OS. */
export type HostListener = {
  command(command: HostCommand): void;
  openFile(file: OpenedFile): void;
};

/**
 * Everything the renderer needs from the platform it runs on (DESIGN §1): one interface, an
 * Electron implementation (via the preload) and a browser one (web build), chosen in one place.
 * Every method resolves `undefined` when the user cancels; errors reject with a message to show.
 */
export type PlatformAdapter = {
  readonly kind: 'browser' | 'electron' | 'memory';
  /** Asks the user for a project file and reads it. */
  openProject(): Promise<OpenedFile | undefined>;
  /** Writes the document to its file (`handle`), or asks where when it has none. */
  saveProject(
    text: string,
    suggestedName: string,
    handle?: unknown,
  ): Promise<SavedFile | undefined>;
  /** Always asks where to write the document. */
  saveProjectAs(text: string, suggestedName: string): Promise<SavedFile | undefined>;
  /**
   * Asks the user for a text file to import (a task-list CSV) and reads it. `accept` lists the
   * extensions the dialog offers (`['.csv']`). Files over MAX_TEXT_FILE_BYTES reject with a
   * message naming the file and the limit. The file is read once: no handle, not a recent plan.
   */
  openTextFile(options: { accept: readonly string[] }): Promise<OpenedFile | undefined>;
  /** Offers a file to the user (PDF, CSV, JSON export). Resolves false when cancelled. */
  exportFile(suggestedName: string, mimeType: string, data: string | Uint8Array): Promise<boolean>;
  /** The document of the last session (so it survives a reload), if any. */
  loadSession(): Promise<string | undefined>;
  storeSession(text: string): Promise<void>;
  recentFiles(): Promise<RecentFile[]>;

  // Recovery: autosave backups and the offer after a crash. Optional until every platform has
  // them (Electron keeps them in the app's data folder).
  /** Keeps an autosaved copy of the document `id` (replacing the previous copy). */
  writeBackup?(id: string, name: string, text: string): Promise<void>;
  /** Backups left by a run that did not end cleanly: what a recovery offer lists. */
  listBackups?(): Promise<BackupInfo[]>;
  /** The text of a backup, or undefined when it is gone. */
  restoreBackup?(id: string): Promise<string | undefined>;
  discardBackup?(id: string): Promise<void>;

  // Desktop host: present where the app runs in a window of its own (Electron).
  /** Opens a file from `recentFiles()`. */
  openRecent?(file: RecentFile): Promise<OpenedFile | undefined>;
  /** Opens a project file dropped on the window. */
  openDroppedFile?(file: File): Promise<OpenedFile | undefined>;
  /** Tells the host the document's name and unsaved state (window title, close prompt). */
  setDocumentState?(state: { name: string; dirty: boolean }): Promise<void>;
  /** Listens to the host's menus and OS file opens; returns the function that stops it. */
  subscribe?(listener: HostListener): () => void;
  /** Closes the window once the document is saved (after the host's close prompt). */
  closeWindow?(): Promise<void>;
};
