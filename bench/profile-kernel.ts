/*
 * The kernel alone, for a CPU profile: `npm run bench:profile [-- TASKS ITERATIONS REPS]` bundles
 * this file, runs it under `node --cpu-prof` and prints the hotspots (bench/profile-report.ts).
 */
import { blockCount, compileNetwork, simulateBlocks } from '../engine/index.ts';
import { SEED } from './engine-cases.ts';
import { generateNetwork } from './generate-network.ts';

const [tasks = 200, iterations = 100_000, reps = 10] = process.argv.slice(2).map(Number);
const net = compileNetwork(generateNetwork(tasks, tasks));
const settings = { iterations, seed: SEED, mitigated: false };
const blocks = blockCount(iterations);
for (let i = 0; i < 3; i++) simulateBlocks(net, settings, 0, blocks);

const t0 = performance.now();
for (let i = 0; i < reps; i++) simulateBlocks(net, settings, 0, blocks);
const seconds = (performance.now() - t0) / 1000;
const rate = (tasks * iterations * reps) / seconds / 1e6;
console.log(
  `profiled ${reps} × simulateBlocks(${tasks} tasks, ${iterations} iterations): ` +
    `${seconds.toFixed(2)} s, ${rate.toFixed(1)} M task-samples/s (the profiler slows it a little)`,
);
