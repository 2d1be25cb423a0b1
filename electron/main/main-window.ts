import * as electron from 'electron';
import type { WindowState } from './window-state.ts';
import { mainWindowOptions } from './window.ts';

// A plain `BrowserWindow` identifier survives bundling (a named import becomes
// `import_electron.BrowserWindow`), so electronegativity recognises the constructor below.
const { BrowserWindow } = electron;

/**
 * Opens a document window with every security flag of Electron's checklist: an isolated,
 * sandboxed renderer with no Node, no webviews, web security on, nothing insecure or
 * experimental. Written as one literal so electronegativity reads the flags where they are set.
 */
export function openMainWindow(
  state: WindowState,
  preload: string,
  icon?: string,
): electron.BrowserWindow {
  return new BrowserWindow({
    ...mainWindowOptions(state, icon),
    webPreferences: {
      /* eng-disable PRELOAD_JS_CHECK -- the preload exposes only the typed bridge (electron/preload/bridge.ts), never ipcRenderer @preserve */
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      // Middle-click must not open links in a new window (window.open is denied too).
      disableBlinkFeatures: 'Auxclick',
    },
  });
}
