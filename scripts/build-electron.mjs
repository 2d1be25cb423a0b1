#!/usr/bin/env node
// Bundles the Electron main process and the preload into dist/electron/ (one file each: a
// sandboxed preload cannot load modules of its own). `electron` stays external; comments that
// carry an electronegativity exemption (`/* eng-disable CHECK @preserve */`) are kept.
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(import.meta.dirname, '..');

const common = {
  absWorkingDir: root,
  bundle: true,
  format: 'cjs',
  external: ['electron'],
  legalComments: 'inline',
  logLevel: 'warning',
  sourcemap: false,
  minify: false,
};

export async function buildElectron() {
  await Promise.all([
    build({
      ...common,
      entryPoints: ['electron/main/index.ts'],
      outfile: 'dist/electron/main.cjs',
      platform: 'node',
      target: 'node22',
    }),
    build({
      ...common,
      entryPoints: ['electron/preload/index.ts'],
      outfile: 'dist/electron/preload.cjs',
      // The sandboxed preload has no Node: bundling for the browser fails on any Node import.
      platform: 'browser',
      target: 'chrome140',
    }),
  ]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildElectron();
}
