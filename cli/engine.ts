/**
 * The parts of the engine the CLI uses, imported from their own modules rather than from
 * engine/index.ts. The index also exports the ML cost model, whose mathjs and zod would make
 * every `fathom` process load about 2 MB of JavaScript (≈1.2 s instead of ≈0.1 s to start); the
 * task-list path needs none of it. Project files will load the model with a dynamic import.
 * cli/launcher.test.ts checks that the bundle stays free of packages.
 */
export {
  DEFAULT_ITERATIONS,
  DEFAULT_SEED,
  ENGINE_VERSION,
  MAX_ITERATIONS,
} from '../engine/constants.ts';
export { FathomInputError, formatIssue, type InputIssue } from '../engine/errors.ts';
export type { Network } from '../engine/network/network.ts';
export { compileNetwork } from '../engine/network/compile.ts';
export type { SimulationOptions } from '../engine/simulation/options.ts';
export type { SensitivityEntry, SimulationResult } from '../engine/simulation/result.ts';
export type { ChunkResult } from '../engine/simulation/chunk.ts';
export type { Summary } from '../engine/statistics/summary.ts';
export { blockCount, simulateBlocks, type KernelSettings } from '../engine/simulation/kernel.ts';
export { mergeChunks } from '../engine/simulation/merge.ts';
export { summarize } from '../engine/simulation/summarize.ts';
export { validateOptions } from '../engine/simulation/validate-options.ts';
export { kernelSettings, simulate, simulateCompiled } from '../engine/simulation/runner.ts';
export {
  oneAfterAnother,
  type SimulateRuns,
  type SimulationRun,
} from '../engine/simulation/runs.ts';
export type { ImportResult } from '../engine/import/table.ts';
export { parseTaskCsv } from '../engine/import/task-csv.ts';
export { parseRiskCsv } from '../engine/import/risk-csv.ts';
