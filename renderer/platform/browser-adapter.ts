import { MAX_TEXT_FILE_BYTES } from '../../electron/contract.ts';
import {
  textFileTooLarge,
  type OpenedFile,
  type PlatformAdapter,
  type RecentFile,
  type SavedFile,
} from './platform-adapter.ts';

const SESSION_KEY = 'fathom.session.v1';
/** Autosaved copies of unsaved documents, by document id; apart from the session on purpose. */
const BACKUP_KEY = 'fathom.backups.v1';

type StoredBackups = Record<string, { name: string; text: string; savedAt: string }>;
const RECENT_KEY = 'fathom.recent.v1';
const PROJECT_TYPES = [{ description: 'Fathom plan', accept: { 'application/json': ['.json'] } }];

type FileHandle = {
  name: string;
  getFile(): Promise<File>;
  createWritable(): Promise<{ write(data: string): Promise<void>; close(): Promise<void> }>;
};
type PickerWindow = Window & {
  showOpenFilePicker?: (options: unknown) => Promise<FileHandle[]>;
  showSaveFilePicker?: (options: unknown) => Promise<FileHandle>;
};

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/** Asks for a file with a hidden `<input type="file">`; resolves undefined when nothing is picked. */
function pickWithInput(
  doc: Document,
  accept = '.json,application/json',
): Promise<File | undefined> {
  return new Promise((resolve) => {
    const input = doc.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.style.display = 'none';
    input.addEventListener('change', () => {
      resolve(input.files?.[0] ?? undefined);
      input.remove();
    });
    input.addEventListener('cancel', () => {
      resolve(undefined);
      input.remove();
    });
    doc.body.append(input);
    input.click();
  });
}

/** Offers data as a download (the fallback where the File System Access API is missing). */
export function download(
  doc: Document,
  name: string,
  mimeType: string,
  data: string | Uint8Array,
): void {
  const blob = new Blob([typeof data === 'string' ? data : new Uint8Array(data)], {
    type: mimeType,
  });
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = name;
  link.style.display = 'none';
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * The web build's platform: the File System Access API where the browser has it (save writes
 * back to the opened file), a file input and downloads elsewhere; the session in localStorage.
 */
export function createBrowserAdapter(win: Window = window): PlatformAdapter {
  const picker = win as PickerWindow;
  const storage = win.localStorage;
  const remember = (name: string) => {
    const list: RecentFile[] = JSON.parse(storage.getItem(RECENT_KEY) ?? '[]') as RecentFile[];
    const next = [
      { name, openedAt: new Date().toISOString() },
      ...list.filter((r) => r.name !== name),
    ].slice(0, 10);
    storage.setItem(RECENT_KEY, JSON.stringify(next));
  };
  const backups = (): StoredBackups => {
    try {
      const parsed: unknown = JSON.parse(storage.getItem(BACKUP_KEY) ?? '{}');
      return parsed && typeof parsed === 'object' ? (parsed as StoredBackups) : {};
    } catch {
      return {};
    }
  };
  const saveAs = async (text: string, suggestedName: string): Promise<SavedFile | undefined> => {
    if (picker.showSaveFilePicker) {
      try {
        const handle = await picker.showSaveFilePicker({ suggestedName, types: PROJECT_TYPES });
        const writable = await handle.createWritable();
        await writable.write(text);
        await writable.close();
        remember(handle.name);
        return { name: handle.name, handle };
      } catch (error) {
        if (isAbort(error)) return undefined;
        throw error;
      }
    }
    download(win.document, suggestedName, 'application/json', text);
    return { name: suggestedName };
  };
  return {
    kind: 'browser',
    async openProject(): Promise<OpenedFile | undefined> {
      if (picker.showOpenFilePicker) {
        try {
          const [handle] = await picker.showOpenFilePicker({
            types: PROJECT_TYPES,
            multiple: false,
          });
          if (!handle) return undefined;
          const file = await handle.getFile();
          remember(handle.name);
          return { name: handle.name, text: await file.text(), handle };
        } catch (error) {
          if (isAbort(error)) return undefined;
          throw error;
        }
      }
      const file = await pickWithInput(win.document);
      if (!file) return undefined;
      remember(file.name);
      return { name: file.name, text: await file.text() };
    },
    // A file input even where the File System Access API exists: an import needs no handle to
    // write back to, and every browser shows the same dialog.
    async openTextFile({ accept }) {
      const file = await pickWithInput(win.document, accept.join(','));
      if (!file) return undefined;
      if (file.size > MAX_TEXT_FILE_BYTES) throw textFileTooLarge(file.name, file.size);
      return { name: file.name, text: await file.text() };
    },
    async saveProject(text, suggestedName, handle) {
      const fileHandle = handle as FileHandle | undefined;
      if (fileHandle && typeof fileHandle.createWritable === 'function') {
        const writable = await fileHandle.createWritable();
        await writable.write(text);
        await writable.close();
        return { name: fileHandle.name, handle: fileHandle };
      }
      return saveAs(text, suggestedName);
    },
    saveProjectAs: saveAs,
    async exportFile(name, mimeType, data) {
      download(win.document, name, mimeType, data);
      return true;
    },
    async loadSession() {
      return storage.getItem(SESSION_KEY) ?? undefined;
    },
    async storeSession(text) {
      storage.setItem(SESSION_KEY, text);
    },
    async recentFiles() {
      return JSON.parse(storage.getItem(RECENT_KEY) ?? '[]') as RecentFile[];
    },
    async writeBackup(id, name, text) {
      const all = backups();
      all[id] = { name, text, savedAt: new Date().toISOString() };
      storage.setItem(BACKUP_KEY, JSON.stringify(all));
    },
    async listBackups() {
      return Object.entries(backups()).map(([id, b]) => ({ id, name: b.name, savedAt: b.savedAt }));
    },
    async restoreBackup(id) {
      return Object.hasOwn(backups(), id) ? backups()[id]!.text : undefined;
    },
    async discardBackup(id) {
      const all = backups();
      delete all[id];
      storage.setItem(BACKUP_KEY, JSON.stringify(all));
    },
  };
}
