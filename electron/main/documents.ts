import { promises as fs } from 'node:fs';
import path from 'node:path';
import { MAX_PROJECT_BYTES } from '../../engine/project/load-project.ts';
import {
  EXPORT_TYPES,
  MAX_TEXT_FILE_BYTES,
  type ExportMimeType,
  type OpenedDocument,
  type OpenedTextFile,
  type SavedDocument,
} from '../contract.ts';
import { atomicWrite } from './atomic-write.ts';
import type { RecentDocuments } from './recent-documents.ts';

/** The project file extension the OS associates with Fathom. */
export const PROJECT_EXTENSION = '.fathom.json';
const PROJECT_FILTERS = [
  { name: 'Fathom plan', extensions: ['fathom.json', 'json'] },
  { name: 'All files', extensions: ['*'] },
];

type FileFilter = { name: string; extensions: string[] };

/** The dialogs the documents use (Electron's `dialog`, bound to a window; a fake in tests). */
export type Dialogs = {
  showOpen(options: {
    title: string;
    filters: FileFilter[];
  }): Promise<{ canceled: boolean; filePaths: string[] }>;
  showSave(options: {
    title: string;
    defaultPath: string;
    filters: FileFilter[];
  }): Promise<{ canceled: boolean; filePath?: string | undefined }>;
};

/** Whether a path names a project file (what the OS, the command line and drops may open). */
export function isProjectPath(file: string): boolean {
  return file.toLowerCase().endsWith('.json');
}

/** A file name safe to suggest in a save dialog: no folders, no characters the OS refuses. */
export function safeFileName(name: string, fallback: string): string {
  const cleaned = path
    .basename(name.replace(/\\/g, '/'))
    // eslint-disable-next-line no-control-regex -- control characters are what it removes
    .replace(/[<>:"/\\|?*\u0000-\u001f]/g, '')
    .trim();
  return cleaned && cleaned !== '.' && cleaned !== '..' ? cleaned : fallback;
}

/**
 * Reading and writing the user's files. Main remembers every path the user chose (in a dialog,
 * from the OS, a drop or Open Recent): the renderer can save only to those, so a compromised page
 * cannot write anywhere else.
 */
export type Documents = {
  open(dialogs: Dialogs): Promise<OpenedDocument | undefined>;
  /**
   * Asks for a text file to import (`extensions` such as `.csv`) and reads it. Unlike `open`, it
   * grants no save and joins no recent list: an imported CSV is read once, never written.
   */
  openText(dialogs: Dialogs, extensions: readonly string[]): Promise<OpenedTextFile | undefined>;
  /** Reads a file the user chose outside a dialog (OS, command line, drop, Open Recent). */
  read(file: string): Promise<OpenedDocument>;
  openRecent(file: string): Promise<OpenedDocument | undefined>;
  save(file: string, text: string): Promise<SavedDocument>;
  saveAs(dialogs: Dialogs, text: string, suggestedName: string): Promise<SavedDocument | undefined>;
  exportFile(
    dialogs: Dialogs,
    suggestedName: string,
    mimeType: ExportMimeType,
    data: string | Uint8Array,
  ): Promise<boolean>;
  isGranted(file: string): boolean;
};

export function createDocuments(recent: RecentDocuments, defaultFolder: () => string): Documents {
  const granted = new Set<string>();
  let lastFolder: string | undefined;
  const grant = async (file: string) => {
    const resolved = path.resolve(file);
    granted.add(resolved);
    lastFolder = path.dirname(resolved);
    await recent.add(resolved);
    return resolved;
  };
  const folder = () => lastFolder ?? defaultFolder();

  const read = async (file: string): Promise<OpenedDocument> => {
    const resolved = path.resolve(file);
    const stats = await fs.stat(resolved);
    if (!stats.isFile()) throw new Error(`${path.basename(resolved)} is not a file`);
    if (stats.size > MAX_PROJECT_BYTES) {
      throw new Error(
        `${path.basename(resolved)} is too large for a project (the limit is ${MAX_PROJECT_BYTES / 1048576} MB)`,
      );
    }
    const text = await fs.readFile(resolved, 'utf8');
    await grant(resolved);
    return { path: resolved, name: path.basename(resolved), text };
  };

  return {
    async open(dialogs) {
      const result = await dialogs.showOpen({ title: 'Open a plan', filters: PROJECT_FILTERS });
      const file = result.filePaths[0];
      if (result.canceled || !file) return undefined;
      return read(file);
    },
    read,
    async openText(dialogs, extensions) {
      const types = extensions.map((e) => e.replace(/^\./, '').toLowerCase());
      const result = await dialogs.showOpen({
        title: 'Import a task list',
        filters: [
          { name: types.map((t) => t.toUpperCase()).join(', '), extensions: types },
          { name: 'All files', extensions: ['*'] },
        ],
      });
      const file = result.filePaths[0];
      if (result.canceled || !file) return undefined;
      const name = path.basename(file);
      const stats = await fs.stat(file);
      if (!stats.isFile()) throw new Error(`${name} is not a file`);
      if (stats.size > MAX_TEXT_FILE_BYTES) {
        throw new Error(
          `${name} is ${(stats.size / 1048576).toFixed(1)} MB; Fathom imports files up to ${MAX_TEXT_FILE_BYTES / 1048576} MB`,
        );
      }
      lastFolder = path.dirname(path.resolve(file));
      return { name, text: await fs.readFile(file, 'utf8') };
    },
    async openRecent(file) {
      if (!recent.has(file)) throw new Error('That file is not in the recent list.');
      return read(file);
    },
    async save(file, text) {
      const resolved = path.resolve(file);
      if (!granted.has(resolved)) {
        throw new Error('Fathom can save only to a file opened or saved in this window.');
      }
      await atomicWrite(resolved, text);
      return { path: resolved, name: path.basename(resolved) };
    },
    async saveAs(dialogs, text, suggestedName) {
      const name = safeFileName(suggestedName, `plan${PROJECT_EXTENSION}`);
      const result = await dialogs.showSave({
        title: 'Save the plan',
        defaultPath: path.join(folder(), name),
        filters: PROJECT_FILTERS,
      });
      if (result.canceled || !result.filePath) return undefined;
      const target = isProjectPath(result.filePath)
        ? result.filePath
        : `${result.filePath}${PROJECT_EXTENSION}`;
      await atomicWrite(target, text);
      const saved = await grant(target);
      return { path: saved, name: path.basename(saved) };
    },
    async exportFile(dialogs, suggestedName, mimeType, data) {
      const extension = EXPORT_TYPES[mimeType];
      const result = await dialogs.showSave({
        title: 'Export',
        defaultPath: path.join(folder(), safeFileName(suggestedName, `export.${extension}`)),
        filters: [{ name: extension.toUpperCase(), extensions: [extension] }],
      });
      if (result.canceled || !result.filePath) return false;
      await atomicWrite(result.filePath, data);
      lastFolder = path.dirname(result.filePath);
      return true;
    },
    isGranted: (file) => granted.has(path.resolve(file)),
  };
}
