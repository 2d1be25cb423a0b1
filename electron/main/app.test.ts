import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { serializeProject } from '../../engine/index.ts';
import { newProject } from '../../test/fixtures/projects.ts';
import { ipcArgumentSchemas } from './ipc-schemas.ts';

type Listener = (...args: unknown[]) => unknown;

const electron = vi.hoisted(() => {
  const appListeners = new Map<string, Listener[]>();
  const state = { lock: true, root: '', userData: '', focused: undefined as unknown };
  class FakeWindow {
    static all: FakeWindow[] = [];
    static getFocusedWindow = () => state.focused ?? FakeWindow.all[0];
    static getAllWindows = () => FakeWindow.all;
    listeners = new Map<string, Listener>();
    webContents = { send: vi.fn(), on: vi.fn(), id: Math.random() };
    loadURL = vi.fn(async () => undefined);
    constructor(public options: Record<string, unknown>) {
      FakeWindow.all.push(this);
    }
    on(event: string, listener: Listener) {
      this.listeners.set(event, listener);
      return this;
    }
    once(event: string, listener: Listener) {
      return this.on(event, listener);
    }
    maximize = vi.fn();
    show = vi.fn();
    focus = vi.fn();
    restore = vi.fn();
    close = vi.fn();
    setTitle = vi.fn();
    setDocumentEdited = vi.fn();
    isDestroyed = () => false;
    isMinimized = () => false;
    isMaximized = () => false;
    getNormalBounds = () => ({ x: 10, y: 10, width: 1000, height: 700 });
  }
  const app = {
    on: vi.fn((event: string, listener: Listener) => {
      appListeners.set(event, [...(appListeners.get(event) ?? []), listener]);
      return app;
    }),
    emit: (event: string, ...args: unknown[]) =>
      (appListeners.get(event) ?? []).forEach((l) => l(...args)),
    whenReady: vi.fn(async () => undefined),
    requestSingleInstanceLock: vi.fn(() => state.lock),
    quit: vi.fn(),
    exit: vi.fn(),
    enableSandbox: vi.fn(),
    getPath: vi.fn((name: string) => (name === 'userData' ? state.userData : os.tmpdir())),
    setPath: vi.fn((name: string, value: string) => {
      if (name === 'userData') state.userData = value;
    }),
    getAppPath: () => state.root,
    isPackaged: false,
    addRecentDocument: vi.fn(),
    clearRecentDocuments: vi.fn(),
    setAboutPanelOptions: vi.fn(),
    showAboutPanel: vi.fn(),
    getVersion: () => '0.1.0',
  };
  const defaultSession = {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
    webRequest: { onHeadersReceived: vi.fn(), onBeforeRequest: vi.fn() },
    protocol: { handle: vi.fn() },
  };
  return {
    state,
    appListeners,
    FakeWindow,
    app,
    BrowserWindow: FakeWindow,
    dialog: {
      showOpenDialog: vi.fn(),
      showSaveDialog: vi.fn(),
      showMessageBox: vi.fn(),
      showErrorBox: vi.fn(),
    },
    ipcMain: { handle: vi.fn() },
    Menu: { buildFromTemplate: vi.fn((t: unknown) => t), setApplicationMenu: vi.fn() },
    nativeTheme: { themeSource: 'system', shouldUseDarkColors: false },
    protocol: { registerSchemesAsPrivileged: vi.fn() },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    session: { defaultSession },
    shell: { openExternal: vi.fn(), openPath: vi.fn() },
  };
});

vi.mock('electron', () => electron);

const { startDesktopApp } = await import('./app.ts');

let base: string;
const project = serializeProject(newProject());

beforeEach(() => {
  base = mkdtempSync(path.join(os.tmpdir(), 'fathom-app-'));
  electron.state.root = path.join(base, 'app');
  electron.state.userData = path.join(base, 'userData');
  electron.state.lock = true;
  electron.state.focused = undefined;
  mkdirSync(path.join(electron.state.root, 'dist', 'web'), { recursive: true });
  electron.FakeWindow.all = [];
  electron.appListeners.clear();
  vi.clearAllMocks();
});
afterEach(() => {
  rmSync(base, { recursive: true, force: true });
});

const lastWindow = () => electron.FakeWindow.all.at(-1)!;
/** The renderer's first `set-document-state`: it is listening from then on. */
async function rendererReady(desktop: Awaited<ReturnType<typeof startDesktopApp>>) {
  const controller = desktop!.controllers.get(lastWindow().webContents)!;
  controller.setDocumentState({ name: '', dirty: false });
  await new Promise((resolve) => setTimeout(resolve, 10));
}

describe('desktop app start', () => {
  it('registers app:// and the sandbox before ready, and hardens the session', async () => {
    await startDesktopApp(['electron', '.'], base);
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true }),
      }),
    ]);
    expect(electron.protocol.registerSchemesAsPrivileged.mock.invocationCallOrder[0]).toBeLessThan(
      electron.app.whenReady.mock.invocationCallOrder[0]!,
    );
    expect(electron.app.enableSandbox).toHaveBeenCalled();
    const s = electron.session.defaultSession;
    expect(s.setPermissionRequestHandler).toHaveBeenCalled();
    expect(s.webRequest.onBeforeRequest).toHaveBeenCalled();
    expect(s.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });

  it('opens one window with every security flag, loading app://fathom/index.html', async () => {
    await startDesktopApp(['electron', '.'], base);
    expect(electron.FakeWindow.all).toHaveLength(1);
    const { webPreferences } = lastWindow().options as { webPreferences: Record<string, unknown> };
    expect(webPreferences).toEqual({
      preload: path.join(electron.state.root, 'dist', 'electron', 'preload.cjs'),
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
      disableBlinkFeatures: 'Auxclick',
    });
    expect(webPreferences).not.toHaveProperty('enableBlinkFeatures');
    expect(lastWindow().options).toMatchObject({ show: false, minWidth: 720, width: 1280 });
    expect(lastWindow().loadURL).toHaveBeenCalledWith('app://fathom/index.html');
  });

  it('registers a handler for every channel of the contract', async () => {
    await startDesktopApp(['electron', '.'], base);
    const channels = electron.ipcMain.handle.mock.calls.map((c) => c[0]).sort();
    expect(channels).toEqual(Object.keys(ipcArgumentSchemas).sort());
  });

  it('hardens every web contents created later', async () => {
    await startDesktopApp(['electron', '.'], base);
    const contents = { on: vi.fn(), setWindowOpenHandler: vi.fn() };
    electron.app.emit('web-contents-created', {}, contents);
    expect(contents.on).toHaveBeenCalledWith('will-navigate', expect.any(Function));
    expect(contents.on).toHaveBeenCalledWith('will-attach-webview', expect.any(Function));
    expect(contents.setWindowOpenHandler).toHaveBeenCalled();
  });

  it('uses the data folder an end-to-end test names, in development builds', async () => {
    const folder = path.join(base, 'e2e-data');
    vi.stubEnv('FATHOM_USER_DATA_DIR', folder);
    try {
      await startDesktopApp(['electron', '.'], base);
    } finally {
      vi.unstubAllEnvs();
    }
    expect(electron.app.setPath).toHaveBeenCalledWith('userData', folder);
    expect(existsSync(path.join(folder, 'backups', 'running'))).toBe(true);
  });

  it('quits when another instance holds the lock (that one gets the files)', async () => {
    electron.state.lock = false;
    expect(await startDesktopApp(['fathom', 'plan.fathom.json'], base)).toBeUndefined();
    expect(electron.app.quit).toHaveBeenCalled();
    expect(electron.FakeWindow.all).toHaveLength(0);
  });
});

describe('opening files from the OS', () => {
  it('opens a file named on the command line once the renderer listens', async () => {
    writeFileSync(path.join(base, 'plan.fathom.json'), project);
    const desktop = await startDesktopApp(['fathom', 'plan.fathom.json'], base);
    expect(lastWindow().webContents.send).not.toHaveBeenCalled();
    await rendererReady(desktop);
    expect(lastWindow().webContents.send).toHaveBeenCalledWith('open-file', {
      path: path.join(base, 'plan.fathom.json'),
      name: 'plan.fathom.json',
      text: project,
    });
    expect(electron.app.addRecentDocument).toHaveBeenCalledWith(
      path.join(base, 'plan.fathom.json'),
    );
  });

  it('a second instance forwards its files to the running window and focuses it', async () => {
    const desktop = await startDesktopApp(['fathom'], base);
    await rendererReady(desktop);
    const other = path.join(base, 'other');
    mkdirSync(other);
    writeFileSync(path.join(other, 'b.fathom.json'), project);
    electron.app.emit('second-instance', {}, ['fathom', '--flag', 'b.fathom.json'], other);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(lastWindow().focus).toHaveBeenCalled();
    expect(lastWindow().webContents.send).toHaveBeenCalledWith(
      'open-file',
      expect.objectContaining({ name: 'b.fathom.json', text: project }),
    );
    expect(electron.FakeWindow.all).toHaveLength(1);
  });

  it('opens files the OS sends (macOS open-file), and reports unreadable ones in a dialog', async () => {
    const desktop = await startDesktopApp(['fathom'], base);
    await rendererReady(desktop);
    writeFileSync(path.join(base, 'c.fathom.json'), project);
    const preventDefault = vi.fn();
    electron.app.emit('open-file', { preventDefault }, path.join(base, 'c.fathom.json'));
    electron.app.emit('open-file', { preventDefault }, path.join(base, 'gone.fathom.json'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(preventDefault).toHaveBeenCalledTimes(2);
    expect(lastWindow().webContents.send).toHaveBeenCalledWith(
      'open-file',
      expect.objectContaining({ name: 'c.fathom.json' }),
    );
    expect(electron.dialog.showErrorBox).toHaveBeenCalledWith(
      'Fathom could not open a file',
      expect.stringContaining('gone.fathom.json'),
    );
  });
});

describe('quitting', () => {
  it('a normal quit leaves the clean-exit mark, so the next start offers no recovery', async () => {
    await startDesktopApp(['fathom'], base);
    const marker = path.join(electron.state.userData, 'backups', 'running');
    expect(existsSync(marker)).toBe(true);
    electron.app.emit('will-quit');
    expect(existsSync(marker)).toBe(false);
  });

  it('quits when the last window closes, except on macOS', async () => {
    await startDesktopApp(['fathom'], base);
    electron.app.emit('window-all-closed');
    expect(electron.app.quit).toHaveBeenCalledTimes(process.platform === 'darwin' ? 0 : 1);
  });
});
