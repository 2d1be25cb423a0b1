import {
  blockCount,
  compileNetwork,
  simulate,
  simulateBlocks,
  type Network,
  type SimulationResult,
} from '../engine/index.ts';
import { rate, time, type Rate } from './measure.ts';

export const SEED = 20_240_601;

/**
 * - `kernel`: sampling, forward pass and criticality (`simulateBlocks` over all blocks of a
 *   compiled network);
 * - `full`: `simulate` end to end, statistics with sensitivity and per-task percentiles;
 * - `headline`: `simulate` without them (the app's quick estimate).
 */
export type EngineMode = 'kernel' | 'full' | 'headline';

export type EngineCase = Rate & {
  mode: EngineMode;
  tasks: number;
  iterations: number;
  medianMs: number;
  reps: number;
};

/** Repetitions per iteration count: the median of several where a run is cheap. */
function repsFor(iterations: number): number {
  if (iterations <= 10_000) return 7;
  if (iterations <= 100_000) return 3;
  return 1;
}

function runner(network: Network, mode: EngineMode, iterations: number): () => unknown {
  if (mode === 'kernel') {
    const net = compileNetwork(network);
    const settings = { iterations, seed: SEED, mitigated: false };
    const blocks = blockCount(iterations);
    return () => simulateBlocks(net, settings, 0, blocks);
  }
  return () => simulate(network, { iterations, seed: SEED, detail: mode });
}

/** Runs every mode at 10k once per network, so the JIT has compiled the hot code before timing. */
export function warmUp(network: Network): void {
  for (const mode of ['kernel', 'full', 'headline'] as const) {
    const run = runner(network, mode, 10_000);
    for (let i = 0; i < 5; i++) run();
  }
}

export function measureEngine(network: Network, mode: EngineMode, iterations: number): EngineCase {
  const tasks = network.tasks.length;
  const timing = time(runner(network, mode, iterations), repsFor(iterations));
  return {
    mode,
    tasks,
    iterations,
    medianMs: timing.medianMs,
    reps: timing.reps,
    ...rate(tasks, iterations, timing.medianMs),
  };
}

/** The engine's own answer, to check that the baselines simulate the same model. */
export function engineReference(network: Network, iterations: number): SimulationResult {
  return simulate(network, { iterations, seed: SEED, detail: 'headline' });
}
