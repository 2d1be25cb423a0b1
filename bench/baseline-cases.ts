import type { Network } from '../engine/index.ts';
import { SEED } from './engine-cases.ts';
import { MATHJS_MODEL, runMathjs } from './mathjs-model.ts';
import { collectGarbage, rate, time, type Rate } from './measure.ts';
import type { ModelSummary } from './model-summary.ts';
import { SQUIGGLE_MODEL, runSquiggle, squiggleCode } from './squiggle-model.ts';

/** A baseline's timing at a small iteration count; its rate is what larger runs extrapolate to. */
export type BaselineCase = Rate & {
  implementation: 'Squiggle' | 'mathjs';
  model: string;
  tasks: number;
  iterations: number;
  medianMs: number;
  medianCpuMs: number;
  reps: number;
  summary: ModelSummary;
};

/**
 * Squiggle 0.10 in this process (its default runner is embedded): parse, compile and run. With
 * `warmUp`, one untimed run at a tenth of the samples first lets the JIT compile Squiggle's code.
 */
export async function measureSquiggle(
  network: Network,
  iterations: number,
  reps: number,
  warmUp: boolean,
): Promise<BaselineCase> {
  const code = squiggleCode(network);
  collectGarbage();
  if (warmUp) await runSquiggle(code, Math.ceil(iterations / 10), SEED);
  let summary: ModelSummary | undefined;
  const timing = await time(
    async () => (summary = await runSquiggle(code, iterations, SEED)),
    reps,
  );
  const tasks = network.tasks.length;
  return {
    implementation: 'Squiggle',
    model: SQUIGGLE_MODEL,
    tasks,
    iterations,
    medianMs: timing.medianMs,
    medianCpuMs: timing.medianCpuMs,
    reps,
    summary: summary!,
    ...rate(tasks, iterations, timing),
  };
}

/** The naive mathjs evaluation, warmed up on a tenth of the iterations first. */
export async function measureMathjs(network: Network, iterations: number): Promise<BaselineCase> {
  collectGarbage();
  runMathjs(network, Math.ceil(iterations / 10), SEED);
  let summary: ModelSummary | undefined;
  const timing = await time(() => (summary = runMathjs(network, iterations, SEED)), 1);
  const tasks = network.tasks.length;
  return {
    implementation: 'mathjs',
    model: MATHJS_MODEL,
    tasks,
    iterations,
    medianMs: timing.medianMs,
    medianCpuMs: timing.medianCpuMs,
    reps: 1,
    summary: summary!,
    ...rate(tasks, iterations, timing),
  };
}
