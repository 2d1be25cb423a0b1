import type { Network, SimulateRuns, SimulationOptions, SimulationResult } from './engine.ts';

/** Runs a simulation: in-process by default, across threads in `bin/fathom`. */
export type Simulator = (
  network: Network,
  options: SimulationOptions,
) => SimulationResult | Promise<SimulationResult>;

/**
 * What a command may use of its environment: where it writes (the process's streams in
 * `bin/fathom`, buffers in tests) and how it simulates.
 */
export type Context = {
  stdout(text: string): void;
  stderr(text: string): void;
  simulate: Simulator;
  /** Runs several independent simulations (a report's), at the same time where it can. */
  simulateRuns: SimulateRuns;
};

/** A `fathom` subcommand. `run` returns the exit code or throws `UserError` for bad input. */
export type Command = {
  name: string;
  /** One line for `fathom --help`. */
  summary: string;
  /** The full text of `fathom help NAME`. */
  help: string;
  /** False for commands DESIGN §3 names but this version does not have yet. */
  available: boolean;
  run(args: readonly string[], context: Context): number | Promise<number>;
};
