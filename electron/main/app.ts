import path from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  nativeTheme,
  protocol,
  screen,
  session,
  shell,
} from 'electron';
import { APP_SCHEME } from '../contract.ts';
import { projectFilesFromArgv } from './argv.ts';
import { openBackups, type Backups } from './backups.ts';
import { createDocuments, isProjectPath, type Documents } from './documents.ts';
import { createIpcHandlers } from './ipc-handlers.ts';
import { registerIpcHandlers } from './ipc.ts';
import { buildMenuTemplate } from './menu.ts';
import { APP_SCHEME_PRIVILEGES, serveAppFile } from './protocol.ts';
import { openRecentDocuments, type RecentDocuments } from './recent-documents.ts';
import { hardenContents, hardenSession, openInBrowser } from './security.ts';
import { createSessionStore } from './session-store.ts';
import { controlWindow, type WindowController } from './window-controller.ts';
import { loadWindowState, saveWindowState } from './window-state.ts';
import { openMainWindow } from './main-window.ts';
import { appPaths } from './window.ts';

export type DesktopApp = {
  controllers: Map<unknown, WindowController>;
  openFiles(files: readonly string[]): Promise<void>;
  createWindow(): Promise<WindowController>;
};

/** Shows a file error in a dialog (files from the OS have no page to show it yet). */
function reportOpenError(file: string, error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  dialog.showErrorBox('Fathom could not open a file', `${path.basename(file)}: ${message}`);
}

/**
 * Starts the desktop app: security first (sandbox, the `app://` scheme, hardened sessions and web
 * contents), then one instance per user, the stores in the app's data folder, the IPC handlers,
 * the menu and the window. Resolves undefined when another instance already runs (it got our
 * files and we quit).
 */
export async function startDesktopApp(
  argv: readonly string[] = process.argv,
  cwd: string = process.cwd(),
): Promise<DesktopApp | undefined> {
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
  app.enableSandbox();
  // End-to-end tests give each run a data folder of its own; packaged builds ignore this.
  const testData = process.env['FATHOM_USER_DATA_DIR'];
  if (testData && !app.isPackaged) app.setPath('userData', testData);
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return undefined;
  }

  const controllers = new Map<unknown, WindowController>();
  const pending: string[] = projectFilesFromArgv(argv, cwd);
  // Set once the app is ready; OS events before that only queue their files.
  const stores: { documents?: Documents; recent?: RecentDocuments; backups?: Backups } = {};
  const paths = appPaths(app.getAppPath(), app.isPackaged ? process.resourcesPath : undefined);
  const isDevelopment = !app.isPackaged;

  // The app's only call of shell.openExternal, behind the https allow-list (security.ts).
  const openLink = (url: string) =>
    openInBrowser(url, async (allowed) => {
      /* eng-disable OPEN_EXTERNAL_JS_CHECK -- openInBrowser passes only allow-listed https URLs @preserve */
      await shell.openExternal(allowed);
    });

  const focused = () =>
    controllers.get(BrowserWindow.getFocusedWindow()?.webContents) ?? [...controllers.values()][0];

  const openFiles = async (files: readonly string[]) => {
    const { documents } = stores;
    if (!documents) {
      pending.push(...files);
      return;
    }
    const target = focused() ?? (await createWindow());
    for (const file of files) {
      try {
        target.openDocument(await documents.read(file));
      } catch (error) {
        reportOpenError(file, error);
      }
    }
  };

  const rebuildMenu = () => {
    const template = buildMenuTemplate({
      platform: process.platform,
      isDevelopment,
      appName: 'Fathom',
      recent: stores.recent?.list() ?? [],
      actions: {
        send: (command) => focused()?.send('menu-command', command),
        openRecent: (file) => void openFiles([file]),
        clearRecent: () => void stores.recent?.clear(),
        toggleTheme: () => {
          nativeTheme.themeSource = nativeTheme.shouldUseDarkColors ? 'light' : 'dark';
        },
        showAbout: () => app.showAboutPanel(),
        openDocumentation: () => void shell.openPath(paths.docs),
      },
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  };

  const createWindow = async (): Promise<WindowController> => {
    const stateFile = path.join(app.getPath('userData'), 'window-state.json');
    const state = await loadWindowState(
      stateFile,
      screen.getAllDisplays().map((d) => d.workArea),
    );
    const window = openMainWindow(state, paths.preload, paths.icon);
    const controller = controlWindow(window, dialog, process.platform);
    const contents = window.webContents;
    controllers.set(contents, controller);
    if (state.maximized) window.maximize();
    window.once('ready-to-show', () => window.show());
    window.on('close', () => {
      void saveWindowState(stateFile, window.getNormalBounds(), window.isMaximized()).catch(
        () => undefined,
      );
    });
    window.on('closed', () => controllers.delete(contents));
    await window.loadURL(paths.entry);
    return controller;
  };

  // OS events that can arrive before `ready` (macOS sends open-file at launch).
  app.on('open-file', (event, file) => {
    event.preventDefault();
    if (isProjectPath(file)) void openFiles([file]);
  });
  app.on('second-instance', (_event, otherArgv, otherCwd) => {
    const files = projectFilesFromArgv(otherArgv, otherCwd);
    const controller = focused();
    if (controller) {
      if (controller.window.isMinimized()) controller.window.restore();
      controller.window.focus();
    }
    if (files.length) void openFiles(files);
  });
  app.on('web-contents-created', (_event, contents) =>
    hardenContents(contents, (url) => void openLink(url)),
  );
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => stores.backups?.markCleanExit());

  await app.whenReady();
  const userData = app.getPath('userData');
  hardenSession(session.defaultSession);
  session.defaultSession.protocol.handle(APP_SCHEME, (request) =>
    serveAppFile(paths.web, request.url),
  );
  const backups = await openBackups(path.join(userData, 'backups'));
  const recent = await openRecentDocuments(path.join(userData, 'recent-documents.json'), {
    addToOs: (file) => app.addRecentDocument(file),
    clearOs: () => app.clearRecentDocuments(),
    changed: rebuildMenu,
  });
  const documents = createDocuments(recent, () => app.getPath('documents'));
  Object.assign(stores, { documents, recent, backups });
  registerIpcHandlers(
    ipcMain,
    createIpcHandlers({
      documents,
      recent,
      backups,
      session: createSessionStore(path.join(userData, 'session.fathom.json')),
      openInBrowser: openLink,
    }),
    (sender) => controllers.get(sender),
  );
  app.setAboutPanelOptions({ applicationName: 'Fathom', applicationVersion: app.getVersion() });
  rebuildMenu();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) void createWindow();
  });
  await createWindow();
  const files = pending.splice(0);
  if (files.length) await openFiles(files);
  return { controllers, openFiles, createWindow };
}
