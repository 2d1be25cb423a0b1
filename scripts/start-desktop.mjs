#!/usr/bin/env node
// `npm start`: opens Fathom's desktop app. Fetches the Electron binary on first run (npm does not
// run Electron's install script by itself), builds the renderer when its sources changed and the
// main process and preload, then runs Electron on this folder. Where the binary cannot be had
// (an offline machine), it says so in one line and points to the web app, with no stack trace.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(import.meta.dirname, '..');

export const NO_BINARY_MESSAGE =
  'Fathom desktop: the Electron binary is not installed and could not be downloaded (offline?). Use the web app instead: npm run web';

/** The Electron executable of the installed `electron` package, or undefined when it is missing. */
export function electronBinary(electronDir, env = process.env) {
  const pathFile = path.join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const relative = readFileSync(pathFile, 'utf8').trim();
  const binary = env.ELECTRON_OVERRIDE_DIST_PATH
    ? path.join(env.ELECTRON_OVERRIDE_DIST_PATH, relative)
    : path.join(electronDir, 'dist', relative);
  return existsSync(binary) ? binary : undefined;
}

/**
 * The binary, downloading it with Electron's own install script when it is missing. The script's
 * output (a stack trace when offline) is kept from the terminal; undefined when it failed.
 */
export function ensureElectron(electronDir, env = process.env) {
  const found = electronBinary(electronDir, env);
  if (found) return found;
  const install = path.join(electronDir, 'install.js');
  if (!existsSync(install)) return undefined;
  console.log('Fathom desktop: downloading the Electron binary (first run only)…');
  const installEnv = { ...env };
  delete installEnv.ELECTRON_SKIP_BINARY_DOWNLOAD;
  const result = spawnSync(process.execPath, [install], {
    cwd: electronDir,
    env: installEnv,
    stdio: 'pipe',
    timeout: 10 * 60_000,
  });
  if (result.status !== 0) return undefined;
  return electronBinary(electronDir, env);
}

function newestChange(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestChange(full));
    else newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

/** Whether dist/web is missing or older than the sources it is built from. */
export function webBuildIsStale(rootDir = root) {
  const built = path.join(rootDir, 'dist', 'web', 'index.html');
  if (!existsSync(built)) return true;
  const sources = ['renderer', 'engine', 'presets'].map((d) => path.join(rootDir, d));
  const newest = Math.max(...sources.filter(existsSync).map(newestChange));
  return newest > statSync(built).mtimeMs;
}

async function build() {
  if (webBuildIsStale()) {
    console.log('Fathom desktop: building the app (dist/web)…');
    const { build: viteBuild } = await import('vite');
    await viteBuild({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' });
  }
  const { buildElectron } = await import('./build-electron.mjs');
  await buildElectron();
}

export async function main(argv = process.argv.slice(2), env = process.env) {
  const electronDir = env.FATHOM_ELECTRON_DIR ?? path.join(root, 'node_modules', 'electron');
  const binary = ensureElectron(electronDir, env);
  if (!binary) {
    console.error(NO_BINARY_MESSAGE);
    return 1;
  }
  await build();
  const childEnv = { ...env };
  delete childEnv.ELECTRON_RUN_AS_NODE;
  // npm runs scripts in the package folder; files named on `npm start -- FILE` are relative to
  // where the user typed it (npm's INIT_CWD).
  const child = spawn(binary, [root, ...argv], {
    stdio: 'inherit',
    env: childEnv,
    cwd: env.INIT_CWD ?? process.cwd(),
  });
  return new Promise((resolve) => {
    child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    child.on('error', (error) => {
      console.error(`Fathom desktop: Electron did not start (${error.message}). Try: npm run web`);
      resolve(1);
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().then(
    (code) => process.exit(code),
    (error) => {
      console.error(`Fathom desktop: ${error instanceof Error ? error.message : error}`);
      process.exit(1);
    },
  );
}
