import {
  completeScenarioResult,
  findScenario,
  kernelSettings,
  mergeChunks,
  planChunks,
  prepareScenario,
  summarize,
  simulateBlocks,
  compileNetwork,
  validateOptions,
  type ChunkResult,
  type Project,
  type ScenarioResult,
  type TemplateRegistry,
} from '../../engine/index.ts';

/** Blocks (of 2,048 iterations) per chunk between checks for cancellation and progress reports. */
const BLOCKS_PER_CHUNK = 4;

/**
 * Simulates one scenario chunk by chunk, yielding to the event loop between chunks so a newer
 * request can cancel this one. The chunks merge deterministically: the numbers equal the CLI's.
 */
export async function runScenarioInChunks(
  registry: TemplateRegistry,
  project: Project,
  scenarioId: string,
  iterations: number,
  detail: 'headline' | 'full',
  hooks: {
    isCancelled(): boolean;
    onProgress(fraction: number): void;
    yieldToEvents(): Promise<void>;
  },
): Promise<ScenarioResult | undefined> {
  const scenario = findScenario(project, scenarioId);
  const { built, options, deadlineWorkingDays } = prepareScenario(project, scenario, registry, {
    iterations,
    detail,
  });
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
