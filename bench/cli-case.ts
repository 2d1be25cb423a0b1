import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Network } from '../engine/index.ts';
import { risksCsv, tasksCsv } from './network-csv.ts';

export const CLI_ITERATIONS = 1_000_000;
const TIMED_RUNS = 3;
const TIMEOUT_MS = 60_000;

export type CliCase =
  | { available: true; medianMs: number; runs: number; meanDuration: number }
  | { available: false; reason: string };

type Outcome = { ms: number; json: { iterations?: number; duration?: { mean?: number } } };

function simulateOnce(bin: string, args: readonly string[]): Outcome | string {
  const t0 = performance.now();
  const child = spawnSync(bin, args, {
    encoding: 'utf8',
    timeout: TIMEOUT_MS,
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = performance.now() - t0;
  if (child.error) return child.error.message;
  if (child.status !== 0) {
    const why = child.stderr.trim().split('\n')[0] ?? '';
    return `exit code ${child.status ?? child.signal}${why ? `: ${why}` : ''}`;
  }
  try {
    return { ms, json: JSON.parse(child.stdout) as Outcome['json'] };
  } catch {
    return `stdout is not JSON: ${child.stdout.slice(0, 80)}`;
  }
}

/**
 * Times whole `fathom simulate TASKS.csv --risks RISKS.csv --iterations 1000000 --json` processes
 * (start-up, CSV parsing, simulation, statistics, JSON): the median of a few, after one small run
 * that lets bin/fathom build its bundle on first use. Never throws: a missing or failing CLI is a
 * reason to print.
 */
export function measureCli(root: string, network: Network, seed: number): CliCase {
  const bin = join(root, 'bin', 'fathom');
  if (!existsSync(bin)) return { available: false, reason: 'bin/fathom does not exist yet' };
  const dir = mkdtempSync(join(tmpdir(), 'fathom-bench-'));
  try {
    const tasks = join(dir, 'tasks.csv');
    const risks = join(dir, 'risks.csv');
    writeFileSync(tasks, tasksCsv(network));
    writeFileSync(risks, risksCsv(network));
    const args = (iterations: number) => [
      'simulate',
      tasks,
      '--risks',
      risks,
      '--iterations',
      String(iterations),
      '--seed',
      String(seed),
      '--json',
    ];
    const warm = simulateOnce(bin, args(1000));
    if (typeof warm === 'string') return { available: false, reason: warm };
    const ms: number[] = [];
    let meanDuration = Number.NaN;
    for (let i = 0; i < TIMED_RUNS; i++) {
      const run = simulateOnce(bin, args(CLI_ITERATIONS));
      if (typeof run === 'string') return { available: false, reason: run };
      if (run.json.iterations !== CLI_ITERATIONS)
        return { available: false, reason: `--json reported ${run.json.iterations} iterations` };
      ms.push(run.ms);
      meanDuration = run.json.duration?.mean ?? Number.NaN;
    }
    ms.sort((a, b) => a - b);
    return { available: true, medianMs: ms[ms.length >> 1]!, runs: ms.length, meanDuration };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
