#!/usr/bin/env node
/*
 * Launcher of the benchmark. Under tsx (an on-the-fly transform) the numeric kernel runs about 2×
 * slower than as a bundle, so this bundles a bench entry with esbuild and runs the bundle with
 * plain node. The bundle goes to node_modules/.cache so that its bare imports (squiggle, mathjs)
 * still resolve from the project's node_modules.
 *
 *   node bench/run.mjs            the benchmark (bench/run.ts), `npm run bench`
 *   node bench/run.mjs --profile  a CPU profile of the kernel and its hotspots, `npm run bench:profile`
 *   node bench/run.mjs --report   the stakeholder PDF report alone (bench/report.ts); with
 *                                 --quick, a smoke run of its stages (bench/report.test.ts)
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const cache = join(root, 'node_modules', '.cache', 'fathom-bench');

/** Bundles bench/NAME.ts for each name; returns the path of the first bundle. */
async function bundle(...names) {
  await build({
    entryPoints: names.map((name) => join(root, 'bench', `${name}.ts`)),
    outdir: cache,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  return join(cache, `${names[0]}.mjs`);
}

function node(args) {
  const { status, signal } = spawnSync(process.execPath, args, { stdio: 'inherit', cwd: root });
  if (status !== 0) {
    console.error(`bench: node ${args.join(' ')} ended with ${signal ?? `exit code ${status}`}`);
    process.exit(status ?? 1);
  }
}

const args = process.argv.slice(2);
if (args[0] === '--profile') {
  // Only this run's profile: the report reads the newest, and old ones are megabytes each.
  const profileDir = join(root, 'bench', 'results', 'profile');
  rmSync(profileDir, { recursive: true, force: true });
  mkdirSync(profileDir, { recursive: true });
  const kernel = await bundle('profile-kernel');
  node([`--cpu-prof`, `--cpu-prof-dir=${profileDir}`, kernel, ...args.slice(1)]);
  node([await bundle('profile-report'), profileDir, kernel]);
} else if (args[0] === '--report') {
  node([await bundle('report'), ...args.slice(1)]);
} else {
  // The memory case runs memory-child.mjs, found next to run.mjs, in a fresh process.
  node(['--expose-gc', await bundle('run', 'memory-child'), ...args]);
  node([await bundle('report')]);
}
