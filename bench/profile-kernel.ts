/*
 * One engine case in a loop, for a CPU profile: `npm run bench:profile [-- MODE TASKS ITERATIONS
 * REPS]` (MODE kernel, full or headline; default kernel 200 100000 10) bundles this file, runs it
 * under `node --cpu-prof` and prints the hotspots (bench/profile-report.ts).
 */
import { blockCount, compileNetwork, simulate, simulateBlocks } from '../engine/index.ts';
import { SEED, type EngineMode } from './engine-cases.ts';
import { generateNetwork } from './generate-network.ts';

const [modeArg = 'kernel', ...numbers] = process.argv.slice(2);
const mode = modeArg as EngineMode;
if (!['kernel', 'full', 'headline'].includes(mode))
  throw new Error(`MODE must be kernel, full or headline, got ${modeArg}`);
const [tasks = 200, iterations = 100_000, reps = 10] = numbers.map(Number);
const network = generateNetwork(tasks, tasks);
const net = compileNetwork(network);
const settings = { iterations, seed: SEED, mitigated: false };
const run =
  mode === 'kernel'
    ? () => simulateBlocks(net, settings, 0, blockCount(iterations))
    : () => simulate(network, { iterations, seed: SEED, detail: mode });
for (let i = 0; i < 3; i++) run();

const t0 = performance.now();
for (let i = 0; i < reps; i++) run();
const seconds = (performance.now() - t0) / 1000;
const rate = (tasks * iterations * reps) / seconds / 1e6;
console.log(
  `profiled ${reps} × ${mode} (${tasks} tasks, ${iterations} iterations): ` +
    `${seconds.toFixed(2)} s, ${rate.toFixed(1)} M task-samples/s (the profiler slows it a little)`,
);
