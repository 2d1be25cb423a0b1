import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { createBridge } from './bridge.ts';

// The sandboxed preload: bundled into one file (scripts/build-electron.mjs), it exposes only the
// typed bridge; the renderer never gets ipcRenderer itself.
contextBridge.exposeInMainWorld(
  'fathom',
  createBridge(ipcRenderer, (file) => webUtils.getPathForFile(file as File)),
);
