import { spawnSync } from 'node:child_process';
import { simulate } from '../engine/simulation/runner.ts';
import { SEED } from './seed.ts';
import { generateNetwork } from './generate-network.ts';

export const MEMORY_TASKS = 200;
export const MEMORY_ITERATIONS = 100_000;

export type MemoryCase = { peakRssMb: number; startRssMb: number } | { error: string };

const mb = (bytes: number) => bytes / (1024 * 1024);

/**
 * The child's work: one `simulate` of 100k iterations × 200 tasks with sensitivity (`full`), then
 * its peak resident set size. `maxRSS` is in kilobytes.
 */
export function memoryChild(): void {
  const network = generateNetwork(MEMORY_TASKS, MEMORY_TASKS);
  const startRssMb = mb(process.memoryUsage().rss);
  simulate(network, { iterations: MEMORY_ITERATIONS, seed: SEED, detail: 'full' });
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(JSON.stringify({ peakRssMb, startRssMb }));
}

/**
 * Peak memory of a fresh process that loads only the engine's simulation code, as `fathom
 * simulate` on a task-list CSV does (not the benchmark's heap, Squiggle, or the cost model's
 * mathjs and zod, which importing engine/index.ts would load: +75–95 MB):
 * `childBundle` is bench/memory-child.ts bundled, which calls `memoryChild`.
 */
export function measurePeakMemory(childBundle: string): MemoryCase {
  const child = spawnSync(process.execPath, [childBundle], { encoding: 'utf8' });
  if (child.status !== 0)
    return { error: `child exited with ${child.status ?? child.signal}: ${child.stderr.trim()}` };
  return JSON.parse(child.stdout) as MemoryCase;
}
