import type { Network } from '../network/network.ts';
import type { SimulationOptions } from './options.ts';
import type { SimulationResult } from './result.ts';

/** Runs one simulation, on this thread or elsewhere (the CLI's threads, the app's workers). */
export type Simulate = (
  network: Network,
  options: SimulationOptions,
) => SimulationResult | Promise<SimulationResult>;

/** One of several independent simulations, such as a report's. */
export type SimulationRun = { network: Network; options: SimulationOptions };

/**
 * Runs several independent simulations (a report's) and gives their results in the same order.
 * A runner may simulate them at the same time: the CLI runs them side by side on its threads;
 * `oneAfterAnother` simulates them in turn.
 */
export type SimulateRuns = (runs: readonly SimulationRun[]) => Promise<SimulationResult[]>;

/** Runs the simulations one after the other with `simulate`. */
export function oneAfterAnother(simulate: Simulate): SimulateRuns {
  return async (runs) => {
    const results: SimulationResult[] = [];
    for (const run of runs) results.push(await simulate(run.network, run.options));
    return results;
  };
}
