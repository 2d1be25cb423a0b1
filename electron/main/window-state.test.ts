import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_WINDOW_STATE, loadWindowState, saveWindowState } from './window-state.ts';

let file: string;
const screen = [{ x: 0, y: 0, width: 1920, height: 1080 }];
beforeEach(async () => {
  file = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'fathom-ws-')), 'window-state.json');
});
afterEach(async () => {
  await fs.rm(path.dirname(file), { recursive: true, force: true });
});

describe('window state', () => {
  it('remembers size, position and maximized', async () => {
    await saveWindowState(file, { x: 100, y: 80, width: 1000.4, height: 700 }, true);
    expect(await loadWindowState(file, screen)).toEqual({
      x: 100,
      y: 80,
      width: 1000,
      height: 700,
      maximized: true,
    });
  });

  it('starts with the default size when the file is missing, broken or invalid', async () => {
    expect(await loadWindowState(file, screen)).toEqual(DEFAULT_WINDOW_STATE);
    await fs.writeFile(file, '{not json');
    expect(await loadWindowState(file, screen)).toEqual(DEFAULT_WINDOW_STATE);
    await fs.writeFile(file, JSON.stringify({ width: 'big', height: 1e9, maximized: 1 }));
    expect(await loadWindowState(file, screen)).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('drops a position on a display that is gone, keeping the size', async () => {
    await saveWindowState(file, { x: 3000, y: 200, width: 900, height: 600 }, false);
    expect(await loadWindowState(file, screen)).toEqual({
      width: 900,
      height: 600,
      maximized: false,
    });
    const twoScreens = [...screen, { x: 1920, y: 0, width: 1920, height: 1080 }];
    expect((await loadWindowState(file, twoScreens)).x).toBe(3000);
  });
});
