/** A file the user picked, read as text. `handle` lets a later save write back to it. */
export type OpenedFile = { name: string; text: string; handle?: unknown };
/** Where a document was saved. */
export type SavedFile = { name: string; handle?: unknown };
export type RecentFile = { name: string; path?: string; openedAt: string };

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
  /** Offers a file to the user (PDF, CSV, JSON export). Resolves false when cancelled. */
  exportFile(suggestedName: string, mimeType: string, data: string | Uint8Array): Promise<boolean>;
  /** The document of the last session (so it survives a reload), if any. */
  loadSession(): Promise<string | undefined>;
  storeSession(text: string): Promise<void>;
  recentFiles(): Promise<RecentFile[]>;
};
