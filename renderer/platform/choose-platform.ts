import { createBrowserAdapter } from './browser-adapter.ts';
import { createElectronAdapter, desktopBridge } from './electron-adapter.ts';
import type { PlatformAdapter } from './platform-adapter.ts';

/** The one place the app picks its platform: the desktop bridge where the preload put it. */
export function choosePlatform(win: Window = window): PlatformAdapter {
  const bridge = desktopBridge(win);
  return bridge ? createElectronAdapter(bridge) : createBrowserAdapter(win);
}
