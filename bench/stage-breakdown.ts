import {
  blockCount,
  compileNetwork,
  mergeChunks,
  simulateBlocks,
  summarize,
  type Network,
} from '../engine/index.ts';
import { SEED } from './engine-cases.ts';
import { time, type Timing } from './measure.ts';

export type Stage = { stage: string } & Timing;

const REPS = 15;

/**
 * Where the time of one `simulate` goes, stage by stage through the public API (validation
 * aside): for the UI's 10k-iteration re-estimate, the statistics weigh as much as the kernel.
 */
export async function stageBreakdown(network: Network, iterations: number): Promise<Stage[]> {
  const settings = { iterations, seed: SEED, mitigated: false };
  const net = compileNetwork(network);
  const chunk = simulateBlocks(net, settings, 0, blockCount(iterations));
  const merged = mergeChunks(net, iterations, [chunk]);
  const options = { iterations, seed: SEED };
  const stages: [string, () => unknown][] = [
    ['compileNetwork', () => compileNetwork(network)],
    ['simulateBlocks (kernel)', () => simulateBlocks(net, settings, 0, blockCount(iterations))],
    ['mergeChunks', () => mergeChunks(net, iterations, [chunk])],
    ['summarize, headline', () => summarize(net, merged, { ...options, detail: 'headline' })],
    ['summarize, full', () => summarize(net, merged, { ...options, detail: 'full' })],
  ];
  const result: Stage[] = [];
  for (const [stage, run] of stages) {
    for (let i = 0; i < 5; i++) run();
    result.push({ stage, ...(await time(run, REPS)) });
  }
  return result;
}
