import { parseProject } from '../../engine/project/load-project.ts';
import type { DocumentState } from '../contract.ts';
import type { Backups } from './backups.ts';
import { isProjectPath, type Dialogs, type Documents } from './documents.ts';
import type { IpcHandlers } from './ipc.ts';
import type { RecentDocuments } from './recent-documents.ts';
import type { SessionStore } from './session-store.ts';

/** What the handlers need from a window: its dialogs, its title and closing it. */
export type HandlerWindow = {
  dialogs: Dialogs;
  setDocumentState(state: DocumentState): void;
  closeAfterSave(): void;
};

export type HandlerDeps = {
  documents: Documents;
  recent: RecentDocuments;
  session: SessionStore;
  backups: Backups;
  /** Opens an allow-listed https URL in the browser (security.ts `openInBrowser`). */
  openInBrowser(url: string): Promise<boolean>;
};

/** The implementation of every channel of the contract (arguments already validated). */
export function createIpcHandlers(deps: HandlerDeps): IpcHandlers<HandlerWindow> {
  return {
    'open-project': ({ window }) => deps.documents.open(window.dialogs),
    'open-recent': (_context, file) => deps.documents.openRecent(file),
    'open-dropped-file': async (_context, file) => {
      if (!isProjectPath(file)) throw new Error('Only Fathom plans (.fathom.json) can be dropped.');
      const opened = await deps.documents.read(file);
      // The path came from the page, so only a real project is handed back (never any file).
      parseProject(opened.text);
      return opened;
    },
    'save-project': (_context, file, text) => deps.documents.save(file, text),
    'save-project-as': ({ window }, text, suggestedName) =>
      deps.documents.saveAs(window.dialogs, text, suggestedName),
    'open-text-file': ({ window }, extensions) =>
      deps.documents.openText(window.dialogs, extensions),
    'export-file': ({ window }, suggestedName, mimeType, data) =>
      deps.documents.exportFile(window.dialogs, suggestedName, mimeType, data),
    'load-session': () => deps.session.load(),
    'store-session': (_context, text) => deps.session.store(text),
    'recent-files': async () => deps.recent.list(),
    'set-document-state': async ({ window }, state) => window.setDocumentState(state),
    'close-window': async ({ window }) => window.closeAfterSave(),
    'open-external': (_context, url) => deps.openInBrowser(url),
    'write-backup': (_context, id, name, text) => deps.backups.write(id, name, text),
    'list-backups': () => deps.backups.recoverable(),
    'restore-backup': (_context, id) => deps.backups.restore(id),
    'discard-backup': (_context, id) => deps.backups.discard(id),
  };
}
