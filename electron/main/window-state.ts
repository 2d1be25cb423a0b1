import { z } from 'zod';
import { readJsonFile, writeJsonFile } from './json-file.ts';

export type Rectangle = { x: number; y: number; width: number; height: number };
export type WindowState = {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
};

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 860, maximized: false };
const MIN_SIZE = { width: 720, height: 480 };

const coordinate = z.number().int().min(-100_000).max(100_000);
const windowStateSchema = z.object({
  x: coordinate.optional(),
  y: coordinate.optional(),
  width: z.number().int().min(MIN_SIZE.width).max(20_000),
  height: z.number().int().min(MIN_SIZE.height).max(20_000),
  maximized: z.boolean(),
});

/** Whether enough of the window (a title bar's worth) lies on one of the displays. */
function visibleOn(state: WindowState, workAreas: readonly Rectangle[]): boolean {
  if (state.x === undefined || state.y === undefined) return true;
  const { x, y, width } = state;
  return workAreas.some(
    (area) =>
      x + width - 100 > area.x &&
      x + 100 < area.x + area.width &&
      y >= area.y - 10 &&
      y + 40 < area.y + area.height,
  );
}

/**
 * The remembered window size and position, validated; a position that would put the window off
 * every display (a monitor since unplugged) is dropped so the OS centres the window.
 */
export async function loadWindowState(
  file: string,
  workAreas: readonly Rectangle[],
): Promise<WindowState> {
  const saved = await readJsonFile(file, windowStateSchema);
  if (!saved) return { ...DEFAULT_WINDOW_STATE };
  const state: WindowState = {
    width: saved.width,
    height: saved.height,
    maximized: saved.maximized,
  };
  if (saved.x !== undefined && saved.y !== undefined) {
    state.x = saved.x;
    state.y = saved.y;
  }
  if (!visibleOn(state, workAreas)) {
    delete state.x;
    delete state.y;
  }
  return state;
}

/** Remembers the window's normal (unmaximized) bounds and whether it was maximized. */
export async function saveWindowState(
  file: string,
  bounds: Rectangle,
  maximized: boolean,
): Promise<void> {
  const state = {
    x: Math.round(bounds.x),
    y: Math.round(bounds.y),
    width: Math.max(MIN_SIZE.width, Math.round(bounds.width)),
    height: Math.max(MIN_SIZE.height, Math.round(bounds.height)),
    maximized,
  };
  await writeJsonFile(file, state);
}

export const WINDOW_MIN_SIZE = MIN_SIZE;
