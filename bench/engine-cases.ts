import {
  blockCount,
  compileNetwork,
  simulate,
  simulateBlocks,
  type Network,
} from '../engine/index.ts';
import { collectGarbage, rate, time, type Rate } from './measure.ts';
import { engineSummary, summaryOf, type ModelSummary } from './model-summary.ts';
import { SEED } from './seed.ts';

export { SEED };

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
  medianCpuMs: number;
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

/** Time each mode spends warming up at 10k, and the fewest runs. */
const WARM_UP_MS = 1500;
const WARM_UP_RUNS = 10;

/**
 * Runs every mode at 10k for a while per network, so the JIT has optimised the hot code before
 * timing: a handful of runs is not enough (the first dozen 10k kernel runs take 2-5× longer).
 */
export function warmUp(network: Network): void {
  for (const mode of ['kernel', 'full', 'headline'] as const) {
    const run = runner(network, mode, 10_000);
    const t0 = performance.now();
    for (let i = 0; i < WARM_UP_RUNS || performance.now() - t0 < WARM_UP_MS; i++) run();
  }
}

/**
 * Times one case: garbage of the previous case collected, then an untimed run (at 10k for the
 * 1M case, where one run takes seconds), then the repetitions.
 */
export async function measureEngine(
  network: Network,
  mode: EngineMode,
  iterations: number,
): Promise<EngineCase> {
  const tasks = network.tasks.length;
  const run = runner(network, mode, iterations);
  collectGarbage();
  if (iterations <= 100_000) run();
  else for (let i = 0; i < 3; i++) runner(network, mode, 10_000)();
  const timing = await time(run, repsFor(iterations));
  return {
    mode,
    tasks,
    iterations,
    medianMs: timing.medianMs,
    medianCpuMs: timing.medianCpuMs,
    reps: timing.reps,
    ...rate(tasks, iterations, timing),
  };
}

/**
 * The model's answer from the kernel's raw samples, summarised by the bench itself: the reference
 * the baselines are checked against, independent of the engine's statistics code.
 */
export function kernelReference(network: Network, iterations: number): ModelSummary {
  const net = compileNetwork(network);
  const settings = { iterations, seed: SEED, mitigated: false };
  const chunk = simulateBlocks(net, settings, 0, blockCount(iterations));
  // The kernel orders tasks topologically; the summary lists them in network order.
  const critical = network.tasks.map((t) => chunk.criticalCount[net.taskIds.indexOf(t.id)]!);
  return summaryOf(chunk.duration, chunk.cost, critical);
}

/** The same figures as `simulate` reports them, to check the engine's statistics against its samples. */
export function simulateReference(network: Network, iterations: number): ModelSummary {
  const result = simulate(network, { iterations, seed: SEED, detail: 'headline' });
  return engineSummary(
    result,
    network.tasks.map((t) => t.id),
  );
}
