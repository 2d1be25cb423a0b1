import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import { createRequire } from 'node:module';
import Module from 'node:module';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
// @ts-expect-error -- a plain .mjs script without type declarations
import { buildElectron } from '../scripts/build-electron.mjs';
import { ipcArgumentSchemas } from './main/ipc-schemas.ts';

/**
 * The bundles Electron actually loads (dist/electron), run in Node with a stand-in `electron`
 * module: what the unit tests of the TypeScript sources cannot show (the bundling, CommonJS
 * output, a preload that needs nothing but `electron`), short of launching the binary.
 */
const root = path.resolve(import.meta.dirname, '..');
const dist = path.join(root, 'dist', 'electron');
const require = createRequire(import.meta.url);

type Loader = (request: string, parent: unknown, isMain: boolean) => unknown;
function withElectron<T>(fake: unknown, load: () => T): T {
  const moduleWithLoad = Module as unknown as { _load: Loader };
  const original = moduleWithLoad._load;
  moduleWithLoad._load = (request, parent, isMain) =>
    request === 'electron' ? fake : original(request, parent, isMain);
  try {
    return load();
  } finally {
    moduleWithLoad._load = original;
  }
}

beforeAll(async () => {
  await buildElectron();
}, 120_000);

describe('built preload (dist/electron/preload.cjs)', () => {
  it('needs no module but electron, as the sandbox requires', () => {
    const code = readFileSync(path.join(dist, 'preload.cjs'), 'utf8');
    const required = [...code.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]);
    expect([...new Set(required)]).toEqual(['electron']);
  });

  it('exposes the bridge as window.fathom', () => {
    const exposeInMainWorld = vi.fn();
    const fake = {
      contextBridge: { exposeInMainWorld },
      ipcRenderer: { invoke: vi.fn(), on: vi.fn(), removeListener: vi.fn() },
      webUtils: { getPathForFile: vi.fn() },
    };
    withElectron(fake, () => require(path.join(dist, 'preload.cjs')));
    expect(exposeInMainWorld).toHaveBeenCalledWith('fathom', expect.any(Object));
    const api = exposeInMainWorld.mock.calls[0]![1] as Record<string, unknown>;
    expect(Object.keys(api)).toEqual(expect.arrayContaining(['openProject', 'saveProject', 'on']));
  });
});

describe('built main process (dist/electron/main.cjs)', () => {
  it('starts: scheme and sandbox first, then a window on app://fathom with the built preload', async () => {
    const calls: string[] = [];
    const windows: { options: { webPreferences: { preload: string } }; url?: string }[] = [];
    const webContents = { send: vi.fn(), on: vi.fn() };
    class BrowserWindow {
      static getFocusedWindow = () => undefined;
      static getAllWindows = () => windows;
      webContents = webContents;
      constructor(public options: { webPreferences: { preload: string } }) {
        windows.push(this);
      }
      on() {
        return this;
      }
      once() {
        return this;
      }
      async loadURL(url: string) {
        windows[0]!.url = url;
      }
      maximize() {}
    }
    const userData = mkdtempSync(path.join(os.tmpdir(), 'fathom-bundle-'));
    const fake = {
      app: {
        on: vi.fn(),
        whenReady: async () => void calls.push('ready'),
        enableSandbox: () => void calls.push('sandbox'),
        requestSingleInstanceLock: () => true,
        setPath: vi.fn(),
        getPath: (name: string) => (name === 'userData' ? userData : root),
        getAppPath: () => root,
        isPackaged: false,
        addRecentDocument: vi.fn(),
        clearRecentDocuments: vi.fn(),
        setAboutPanelOptions: vi.fn(),
        getVersion: () => '0.1.0',
        quit: vi.fn(),
        exit: vi.fn(),
      },
      BrowserWindow,
      dialog: {},
      ipcMain: { handle: vi.fn() },
      Menu: { buildFromTemplate: (t: unknown) => t, setApplicationMenu: vi.fn() },
      nativeTheme: {},
      protocol: { registerSchemesAsPrivileged: () => void calls.push('scheme') },
      screen: { getAllDisplays: () => [] },
      session: {
        defaultSession: {
          setPermissionRequestHandler: vi.fn(),
          setPermissionCheckHandler: vi.fn(),
          setDevicePermissionHandler: vi.fn(),
          webRequest: { onHeadersReceived: vi.fn(), onBeforeRequest: vi.fn() },
          protocol: { handle: vi.fn() },
        },
      },
      shell: {},
    };
    const argv = process.argv;
    process.argv = ['electron', root];
    try {
      withElectron(fake, () => require(path.join(dist, 'main.cjs')));
    } finally {
      process.argv = argv;
    }
    try {
      await vi.waitFor(() => expect(windows[0]?.url).toBe('app://fathom/index.html'));
    } finally {
      rmSync(userData, { recursive: true, force: true });
    }
    expect(calls.slice(0, 3)).toEqual(['scheme', 'sandbox', 'ready']);
    const preload = windows[0]!.options.webPreferences.preload;
    expect(preload).toBe(path.join(dist, 'preload.cjs'));
    expect(existsSync(preload)).toBe(true);
    expect(fake.ipcMain.handle).toHaveBeenCalledTimes(Object.keys(ipcArgumentSchemas).length);
    expect(fake.session.defaultSession.protocol.handle).toHaveBeenCalledWith(
      'app',
      expect.any(Function),
    );
  });
});
