// Engine modules one by one, not the engine's index: this runs in the worker before the cost
// model (mathjs, zod) has loaded, and the index would bring it in (see model-in-worker.ts).
import type { BuiltScenario } from '../../engine/model/built-scenario.ts';
import { compileNetwork } from '../../engine/network/compile.ts';
import type { Project } from '../../engine/project/project-schema.ts';
import type { ScenarioResult } from '../../engine/project/project-result.ts';
import {
  completeScenarioResult,
  findScenario,
  scenarioOptions,
} from '../../engine/project/scenario-run.ts';
import type { ChunkResult } from '../../engine/simulation/chunk.ts';
import { simulateBlocks } from '../../engine/simulation/kernel.ts';
import { mergeChunks } from '../../engine/simulation/merge.ts';
import { kernelSettings, planChunks } from '../../engine/simulation/runner.ts';
import { summarize } from '../../engine/simulation/summarize.ts';
import { validateOptions } from '../../engine/simulation/validate-options.ts';

/** Blocks (of 2,048 iterations) per chunk between checks for cancellation and progress reports. */
const BLOCKS_PER_CHUNK = 4;

/**
 * Simulates one scenario chunk by chunk, yielding to the event loop between chunks so a newer
 * request can cancel this one. The chunks merge deterministically: the numbers equal the CLI's.
 * `built` is the scenario's task network, as the page built it or as model-in-worker.ts builds it.
 */
export async function runScenarioInChunks(
  project: Project,
  scenarioId: string,
  built: BuiltScenario,
  iterations: number,
  detail: 'headline' | 'full',
  hooks: {
    isCancelled(): boolean;
    onProgress(fraction: number): void;
    yieldToEvents(): Promise<void>;
  },
): Promise<ScenarioResult | undefined> {
  const scenario = findScenario(project, scenarioId);
  const { options, deadlineWorkingDays } = scenarioOptions(project, { iterations, detail });
  validateOptions(options);
  const net = compileNetwork(built.network);
  const settings = kernelSettings(options);
  const chunks: ChunkResult[] = [];
  for (const plan of planChunks(iterations, BLOCKS_PER_CHUNK)) {
    await hooks.yieldToEvents();
    if (hooks.isCancelled()) return undefined;
    const chunk = simulateBlocks(net, settings, plan.firstBlock, plan.blockCount);
    chunks.push(chunk);
    hooks.onProgress((chunk.offset + chunk.length) / iterations);
  }
  const result = summarize(net, mergeChunks(net, iterations, chunks), options);
  return completeScenarioResult(project, scenario, built, result, deadlineWorkingDays);
}
