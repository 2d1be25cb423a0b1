import { MAX_TEXT_FILE_BYTES } from '../../electron/contract.ts';
import {
  textFileTooLarge,
  type OpenedFile,
  type PlatformAdapter,
  type RecentFile,
  type SavedFile,
} from './platform-adapter.ts';

/** An in-memory platform for tests: a fake file system and a queue of the user's choices. */
export type MemoryPlatform = PlatformAdapter & {
  files: Map<string, string>;
  exports: { name: string; mimeType: string; data: string | Uint8Array }[];
  /** The next file the user "picks" in an open or save dialog; `undefined` means cancel. */
  nextChoice: string | undefined;
  session: string | undefined;
  backups: Map<string, { name: string; text: string }>;
};

export function createMemoryAdapter(): MemoryPlatform {
  const recent: RecentFile[] = [];
  const remember = (name: string) => {
    recent.unshift({ name, openedAt: new Date(0).toISOString() });
    recent.splice(10);
  };
  const platform: MemoryPlatform = {
    kind: 'memory',
    files: new Map(),
    exports: [],
    nextChoice: undefined,
    session: undefined,
    backups: new Map(),
    async openProject(): Promise<OpenedFile | undefined> {
      const name = platform.nextChoice;
      if (name === undefined) return undefined;
      const text = platform.files.get(name);
      if (text === undefined) throw new Error(`${name}: no such file`);
      remember(name);
      return { name, text, handle: name };
    },
    async openTextFile(): Promise<OpenedFile | undefined> {
      const name = platform.nextChoice;
      if (name === undefined) return undefined;
      const text = platform.files.get(name);
      if (text === undefined) throw new Error(`${name}: no such file`);
      const bytes = new TextEncoder().encode(text).byteLength;
      if (bytes > MAX_TEXT_FILE_BYTES) throw textFileTooLarge(name, bytes);
      return { name, text };
    },
    async saveProject(text, suggestedName, handle): Promise<SavedFile | undefined> {
      if (typeof handle === 'string') {
        platform.files.set(handle, text);
        return { name: handle, handle };
      }
      return platform.saveProjectAs(text, suggestedName);
    },
    async saveProjectAs(text): Promise<SavedFile | undefined> {
      const name = platform.nextChoice;
      if (name === undefined) return undefined;
      platform.files.set(name, text);
      remember(name);
      return { name, handle: name };
    },
    async exportFile(name, mimeType, data) {
      platform.exports.push({ name, mimeType, data });
      return true;
    },
    async loadSession() {
      return platform.session;
    },
    async storeSession(text) {
      platform.session = text;
    },
    async recentFiles() {
      return [...recent];
    },
    async writeBackup(id, name, text) {
      platform.backups.set(id, { name, text });
    },
    async listBackups() {
      return [...platform.backups].map(([id, b]) => ({ id, name: b.name, savedAt: '1970-01-01' }));
    },
    async restoreBackup(id) {
      return platform.backups.get(id)?.text;
    },
    async discardBackup(id) {
      platform.backups.delete(id);
    },
  };
  return platform;
}
