/** Collects garbage when node runs with `--expose-gc` (the launcher passes it), so one case's garbage is not timed in the next. */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/**
 * Wall-clock and CPU time (user + system, all of the process's threads) of a timed run. The machine
 * is shared: when other processes take the cores, wall time grows but CPU time barely does, so the
 * pair tells a slow engine from a busy machine.
 */
export type Timing = { medianMs: number; medianCpuMs: number; reps: number };

function median(values: readonly number[]): number {
  const sorted = Float64Array.from(values).sort();
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/**
 * Times `run` `reps` times and reports the medians, which ignore the odd slow repetition another
 * process caused. No garbage collection between repetitions: on this machine a forced full GC
 * made the following 10k runs 2-5× slower, which is not what a user of the engine sees.
 */
export async function time(run: () => unknown, reps: number): Promise<Timing> {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < reps; i++) {
    const c0 = cpuMs();
    const t0 = performance.now();
    await run();
    wall.push(performance.now() - t0);
    cpu.push(cpuMs() - c0);
  }
  return { medianMs: median(wall), medianCpuMs: median(cpu), reps };
}

/** Throughput of a timed run: iterations and task-samples (tasks × iterations) per second. */
export type Rate = {
  iterationsPerSecond: number;
  taskSamplesPerSecond: number;
  /** Task-samples per second of CPU time. */
  taskSamplesPerCpuSecond: number;
};

export function rate(tasks: number, iterations: number, timing: Timing): Rate {
  const iterationsPerSecond = iterations / (timing.medianMs / 1000);
  return {
    iterationsPerSecond,
    taskSamplesPerSecond: iterationsPerSecond * tasks,
    taskSamplesPerCpuSecond: (tasks * iterations) / (timing.medianCpuMs / 1000),
  };
}
