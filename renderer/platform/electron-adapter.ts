import {
  EXPORT_TYPES,
  type ExportMimeType,
  type FathomBridge,
  type OpenedDocument,
  type SavedDocument,
} from '../../electron/contract.ts';
import type { OpenedFile, PlatformAdapter, SavedFile } from './platform-adapter.ts';

declare global {
  // The preload's bridge (electron/preload): present only in the desktop app. Declared once here.
  interface Window {
    fathom?: FathomBridge;
  }
}

/** The desktop bridge, when the page runs inside Fathom's Electron shell. */
export function desktopBridge(win: Window = window): FathomBridge | undefined {
  return win.fathom;
}

/** An opened file for the renderer: the path is the handle a later save writes back to. */
const opened = (doc: OpenedDocument): OpenedFile => ({
  name: doc.name,
  text: doc.text,
  handle: doc.path,
});
const saved = (doc: SavedDocument): SavedFile => ({ name: doc.name, handle: doc.path });

function isExportType(type: string): type is ExportMimeType {
  return Object.hasOwn(EXPORT_TYPES, type);
}

/** Main's own message from a rejected invoke ("Error invoking remote method 'x': Error: …"). */
export function withoutIpcPrefix(message: string): string {
  return message.replace(/^Error invoking remote method '[^']*': (?:\w*Error: )?/, '');
}

/**
 * The platform adapter of the desktop app: every operation is one call on the preload's bridge;
 * main shows the dialogs, reads and writes the files (atomically) and keeps the backups.
 */
export function createElectronAdapter(bridge: FathomBridge): PlatformAdapter {
  const saveAs = async (text: string, suggestedName: string) => {
    const doc = await bridge.saveProjectAs(text, suggestedName);
    return doc && saved(doc);
  };
  return {
    kind: 'electron',
    async openProject() {
      const doc = await bridge.openProject();
      return doc && opened(doc);
    },
    async openTextFile({ accept }) {
      try {
        return await bridge.openTextFile([...accept]);
      } catch (error) {
        // The import shows main's message to the user, without Electron's wrapping.
        throw new Error(withoutIpcPrefix(error instanceof Error ? error.message : String(error)), {
          cause: error,
        });
      }
    },
    async saveProject(text, suggestedName, handle) {
      if (typeof handle === 'string') return saved(await bridge.saveProject(handle, text));
      return saveAs(text, suggestedName);
    },
    saveProjectAs: saveAs,
    async exportFile(suggestedName, mimeType, data) {
      if (!isExportType(mimeType)) throw new Error(`Fathom does not export ${mimeType} files.`);
      return bridge.exportFile(suggestedName, mimeType, data);
    },
    loadSession: () => bridge.loadSession(),
    storeSession: (text) => bridge.storeSession(text),
    async recentFiles() {
      return (await bridge.recentFiles()).map((r) => ({
        name: r.name,
        path: r.path,
        openedAt: r.openedAt,
      }));
    },
    writeBackup: (id, name, text) => bridge.writeBackup(id, name, text),
    listBackups: () => bridge.listBackups(),
    restoreBackup: (id) => bridge.restoreBackup(id),
    discardBackup: (id) => bridge.discardBackup(id),
    async openRecent(file) {
      if (!file.path) return undefined;
      const doc = await bridge.openRecent(file.path);
      return doc && opened(doc);
    },
    async openDroppedFile(file) {
      return opened(await bridge.openDroppedFile(file));
    },
    setDocumentState: (state) => bridge.setDocumentState(state),
    closeWindow: () => bridge.closeWindow(),
    subscribe(listener) {
      const stops = [
        bridge.on('menu-command', (command) => listener.command(command)),
        bridge.on('open-file', (doc) => listener.openFile(opened(doc))),
      ];
      return () => stops.forEach((stop) => stop());
    },
  };
}
