import { app } from 'electron';
import { startDesktopApp } from './app.ts';

// The main process entry (bundled to dist/electron/main.cjs by scripts/build-electron.mjs).
startDesktopApp().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  app.exit(1);
});
