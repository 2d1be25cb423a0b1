import type { Network } from '../network/network.ts';
import { compileNetwork, type CompiledNetwork } from '../network/compile.ts';
import type { ChunkResult } from './chunk.ts';
import { blockCount, simulateBlocks, type KernelSettings } from './kernel.ts';
import { mergeChunks } from './merge.ts';
import type { SimulationOptions } from './options.ts';
import type { SimulationResult } from './result.ts';
import { summarize } from './summarize.ts';
import { validateOptions } from './validate-options.ts';

/** Structural stand-in for `AbortSignal`, which the engine's lib (no DOM, no Node) does not declare. */
export type CancelToken = { readonly aborted: boolean };

export type RunHooks = {
  /** Called after each chunk with the fraction of iterations done (0–1]. */
  onProgress?: (fraction: number) => void;
  cancel?: CancelToken;
};

/** Thrown when a run is cancelled through its `CancelToken`. */
export class SimulationCancelled extends Error {
  constructor() {
    super('simulation cancelled');
    this.name = 'SimulationCancelled';
  }
}

/** Runs simulations: in-process (tests, CLI) or in Web Workers (the app). */
export type SimulationRunner = {
  simulate(
    network: Network,
    options: SimulationOptions,
    hooks?: RunHooks,
  ): Promise<SimulationResult>;
};

/** A contiguous run of blocks, the unit of work a runner hands out. */
export type ChunkPlan = { firstBlock: number; blockCount: number };

/** Splits a run into chunks of `blocksPerChunk` blocks (the last may be shorter). */
export function planChunks(iterations: number, blocksPerChunk: number): ChunkPlan[] {
  const total = blockCount(iterations);
  const plans: ChunkPlan[] = [];
  for (let first = 0; first < total; first += blocksPerChunk) {
    plans.push({ firstBlock: first, blockCount: Math.min(blocksPerChunk, total - first) });
  }
  return plans;
}

export function kernelSettings(options: SimulationOptions): KernelSettings {
  return {
    iterations: options.iterations,
    seed: options.seed,
    mitigated: options.mitigated ?? false,
    taskSamples: (options.detail ?? 'full') === 'full',
    outcomeOnly: options.detail === 'outcome',
  };
}

/** Simulates a compiled network chunk by chunk, synchronously; checks cancellation between chunks. */
export function simulateCompiled(
  net: CompiledNetwork,
  options: SimulationOptions,
  hooks: RunHooks = {},
  blocksPerChunk = 16,
): SimulationResult {
  const settings = kernelSettings(options);
  const chunks: ChunkResult[] = [];
  for (const plan of planChunks(options.iterations, blocksPerChunk)) {
    if (hooks.cancel?.aborted) throw new SimulationCancelled();
    const chunk = simulateBlocks(net, settings, plan.firstBlock, plan.blockCount);
    chunks.push(chunk);
    hooks.onProgress?.((chunk.offset + chunk.length) / options.iterations);
  }
  return summarize(net, mergeChunks(net, options.iterations, chunks), options);
}

/** Validates, compiles and simulates in one call, on the current thread. */
export function simulate(
  network: Network,
  options: SimulationOptions,
  hooks?: RunHooks,
): SimulationResult {
  validateOptions(options);
  return simulateCompiled(compileNetwork(network), options, hooks);
}

/** The runner for tests and the CLI: the work happens on the calling thread. */
export function createInProcessRunner(blocksPerChunk = 16): SimulationRunner {
  return {
    simulate(network, options, hooks) {
      return new Promise((resolve) => {
        validateOptions(options);
        resolve(simulateCompiled(compileNetwork(network), options, hooks, blocksPerChunk));
      });
    },
  };
}
