import { describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(async () => 'ok'), on: vi.fn(), removeListener: vi.fn() },
  webUtils: { getPathForFile: vi.fn(() => '/from/drop.fathom.json') },
}));
vi.mock('electron', () => electron);

describe('preload entry', () => {
  it('exposes the bridge as window.fathom and nothing else', async () => {
    await import('./index.ts');
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    const [name, api] = electron.contextBridge.exposeInMainWorld.mock.calls[0] as unknown as [
      string,
      Record<string, (...args: unknown[]) => unknown>,
    ];
    expect(name).toBe('fathom');
    expect(api).not.toHaveProperty('ipcRenderer');
    await api['openDroppedFile']!({ name: 'drop.fathom.json', size: 1 });
    expect(electron.webUtils.getPathForFile).toHaveBeenCalled();
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith(
      'open-dropped-file',
      '/from/drop.fathom.json',
    );
  });
});
