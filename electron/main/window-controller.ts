import type { BrowserWindow, Dialog } from 'electron';
import type { DocumentState, EventContract, EventChannel, OpenedDocument } from '../contract.ts';
import type { Dialogs } from './documents.ts';
import type { HandlerWindow } from './ipc-handlers.ts';
import { closeChoice, closePromptOptions, windowTitle } from './window.ts';

export type WindowController = HandlerWindow & {
  readonly window: BrowserWindow;
  /** Hands a file to the renderer, or keeps it until the renderer listens. */
  openDocument(document: OpenedDocument): void;
  send<K extends EventChannel>(channel: K, payload: EventContract[K]): void;
};

/**
 * One document window: its dialogs, its title with the unsaved marker, the prompt when it closes
 * with unsaved changes, and the files waiting for its renderer. The renderer reports its document
 * state on start; that first report also says it is listening, so waiting files go out then.
 */
export function controlWindow(
  window: BrowserWindow,
  dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog' | 'showMessageBox'>,
  platform: NodeJS.Platform,
): WindowController {
  let state: DocumentState = { name: '', dirty: false };
  let listening = false;
  let allowClose = false;
  const waiting: OpenedDocument[] = [];

  const send = <K extends EventChannel>(channel: K, payload: EventContract[K]) => {
    if (!window.isDestroyed()) window.webContents.send(channel, payload);
  };
  const dialogs: Dialogs = {
    showOpen: (options) => dialog.showOpenDialog(window, { ...options, properties: ['openFile'] }),
    showSave: (options) =>
      dialog.showSaveDialog(window, {
        ...options,
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      }),
  };

  // The page guards unsaved work with `beforeunload`, which Electron turns into a silent veto.
  // Once the user has answered the close prompt (or saved), that veto is overruled.
  window.webContents.on('will-prevent-unload', (event) => {
    if (allowClose) event.preventDefault();
  });

  window.on('close', (event) => {
    if (allowClose || !state.dirty) return;
    event.preventDefault();
    void dialog.showMessageBox(window, closePromptOptions(state.name)).then(({ response }) => {
      const choice = closeChoice(response);
      if (choice === 'save') send('menu-command', 'save-and-close');
      if (choice === 'discard') {
        allowClose = true;
        window.close();
      }
    });
  });

  return {
    window,
    dialogs,
    send,
    setDocumentState(next) {
      state = next;
      window.setTitle(windowTitle(next, platform));
      if (platform === 'darwin') window.setDocumentEdited(next.dirty);
      if (!listening) {
        listening = true;
        for (const document of waiting.splice(0)) send('open-file', document);
      }
    },
    closeAfterSave() {
      allowClose = true;
      window.close();
    },
    openDocument(document) {
      if (listening) send('open-file', document);
      else waiting.push(document);
      if (window.isMinimized()) window.restore();
      window.focus();
    },
  };
}
