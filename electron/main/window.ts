import path from 'node:path';
import type { BrowserWindowConstructorOptions } from 'electron';
import type { DocumentState } from '../contract.ts';
import { APP_ENTRY_URL } from './security.ts';
import { WINDOW_MIN_SIZE, type WindowState } from './window-state.ts';

/** The main window's size, place and look (its security flags are in main-window.ts). */
export function mainWindowOptions(
  state: WindowState,
  icon?: string,
): BrowserWindowConstructorOptions {
  return {
    width: state.width,
    height: state.height,
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    minWidth: WINDOW_MIN_SIZE.width,
    minHeight: WINDOW_MIN_SIZE.height,
    show: false,
    title: 'Fathom',
    backgroundColor: '#ffffff',
    ...(icon ? { icon } : {}),
  };
}

/** The window title: the file name, a marker for unsaved changes (platform style), the app. */
export function windowTitle(state: DocumentState, platform: NodeJS.Platform): string {
  const name = state.name || 'Untitled';
  // macOS shows the unsaved marker in the close button (setDocumentEdited); elsewhere a "•".
  const marker = state.dirty && platform !== 'darwin' ? '• ' : '';
  return `${marker}${name} — Fathom`;
}

/** The answer to "save the changes before closing?". */
export type CloseChoice = 'save' | 'discard' | 'cancel';

export const CLOSE_PROMPT_BUTTONS = ['Save', 'Don’t Save', 'Cancel'] as const;

export function closePromptOptions(name: string) {
  return {
    type: 'warning' as const,
    buttons: [...CLOSE_PROMPT_BUTTONS],
    defaultId: 0,
    cancelId: 2,
    noLink: true,
    message: `Do you want to save the changes you made to ${name || 'this plan'}?`,
    detail: 'Your changes will be lost if you don’t save them.',
  };
}

export function closeChoice(response: number): CloseChoice {
  return response === 0 ? 'save' : response === 1 ? 'discard' : 'cancel';
}

/**
 * The files the app loads, under its root (`app.getAppPath()`: the repository or the asar). The
 * README (Help › Documentation) opens in the user's own viewer, which cannot read inside the
 * asar, so a packaged app ships it beside it, in `resources` (electron-builder extraResources).
 */
export function appPaths(root: string, resourcesPath?: string) {
  return {
    web: path.join(root, 'dist', 'web'),
    preload: path.join(root, 'dist', 'electron', 'preload.cjs'),
    icon: path.join(root, 'build', 'icon.png'),
    docs: path.join(resourcesPath ?? root, 'README.md'),
    entry: APP_ENTRY_URL,
  };
}
