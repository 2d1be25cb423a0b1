import { parseProject } from '../../engine/index.ts';
import type { HostCommand, OpenedFile } from '../platform/platform-adapter.ts';
import type { FathomStore } from '../state/store.ts';
import { exportSummaryCsv } from './export-actions.ts';
import { exportPdf, openProject, saveProject, type ActionOutcome } from './file-actions.ts';
import type { Services } from './services.ts';

/** Asks before the open document's unsaved changes are thrown away. */
export type ConfirmDiscard = () => boolean;

function isTextField(element: Element | null): boolean {
  if (!element) return false;
  if (element instanceof HTMLTextAreaElement) return true;
  if (element instanceof HTMLInputElement)
    return !['checkbox', 'radio', 'button'].includes(element.type);
  return element instanceof HTMLElement && element.isContentEditable;
}

/**
 * Runs a command from the desktop menus. Undo and Redo act on the text being typed when a field
 * has focus (as every editor's Edit menu does), on the document otherwise.
 */
export async function runHostCommand(
  command: HostCommand,
  store: FathomStore,
  services: Pick<Services, 'platform' | 'simulation' | 'templates'>,
  confirmDiscard: ConfirmDiscard,
  doc: Document = document,
): Promise<ActionOutcome> {
  const { platform } = services;
  switch (command) {
    case 'open':
      return confirmDiscard() ? openProject(store, platform) : { ok: true };
    case 'save':
      return saveProject(store, platform);
    case 'save-as':
      return saveProject(store, platform, true);
    case 'save-and-close': {
      const outcome = await saveProject(store, platform);
      if (outcome.ok && !store.getState().dirty) await platform.closeWindow?.();
      return outcome;
    }
    case 'new-from-template':
      if (confirmDiscard()) store.getState().setShowStart(true);
      return { ok: true };
    case 'undo':
    case 'redo':
      if (isTextField(doc.activeElement)) doc.execCommand(command);
      else if (command === 'undo') store.getState().undo();
      else store.getState().redo();
      return { ok: true };
    case 'export-pdf':
      return exportPdf(store, platform, services.templates, () => undefined);
    case 'export-csv':
      return exportSummaryCsv(store, platform, services.simulation);
    case 'import-tasks-csv':
      // The Tasks tab runs it, so its confirmation and row-level errors show where the tasks are.
      store.getState().setShowStart(false);
      store.getState().setTab('tasks');
      store.getState().requestTaskImport(true);
      return { ok: true };
    default:
      return command satisfies never;
  }
}

/** Replaces the document with a file the host opened (OS, command line, drop, Open Recent). */
export function openHostFile(
  file: OpenedFile,
  store: FathomStore,
  confirmDiscard: ConfirmDiscard,
): ActionOutcome {
  if (!confirmDiscard()) return { ok: true };
  try {
    store
      .getState()
      .replaceDocument(parseProject(file.text), { name: file.name, handle: file.handle });
    store.getState().setShowStart(false);
    return { ok: true, message: `Opened ${file.name}` };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `${file.name} was not opened: ${message}` };
  }
}
