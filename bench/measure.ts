/** Collects garbage when node runs with `--expose-gc` (the launcher passes it), so one case's garbage is not timed in the next. */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

export type Timing = { medianMs: number; minMs: number; reps: number };

function median(values: readonly number[]): number {
  const sorted = Float64Array.from(values).sort();
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Times `run` `reps` times after `warmups` untimed calls and reports the median: the machine is
 * shared and noisy, and the median ignores the odd slow repetition that another process caused.
 */
export function time(run: () => unknown, reps: number, warmups = 0): Timing {
  for (let i = 0; i < warmups; i++) run();
  const ms: number[] = [];
  for (let i = 0; i < reps; i++) {
    collectGarbage();
    const t0 = performance.now();
    run();
    ms.push(performance.now() - t0);
  }
  return { medianMs: median(ms), minMs: Math.min(...ms), reps };
}

/** The same for async work (Squiggle's `run` returns a promise). */
export async function timeAsync(
  run: () => Promise<unknown>,
  reps: number,
  warmups = 0,
): Promise<Timing> {
  for (let i = 0; i < warmups; i++) await run();
  const ms: number[] = [];
  for (let i = 0; i < reps; i++) {
    collectGarbage();
    const t0 = performance.now();
    await run();
    ms.push(performance.now() - t0);
  }
  return { medianMs: median(ms), minMs: Math.min(...ms), reps };
}

/** Throughput of a timed run: iterations and task-samples (tasks × iterations) per second. */
export type Rate = { iterationsPerSecond: number; taskSamplesPerSecond: number };

export function rate(tasks: number, iterations: number, ms: number): Rate {
  const iterationsPerSecond = iterations / (ms / 1000);
  return { iterationsPerSecond, taskSamplesPerSecond: iterationsPerSecond * tasks };
}
