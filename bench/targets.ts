import type { BaselineCase } from './baseline-cases.ts';
import type { CliCase } from './cli-case.ts';
import type { EngineCase, EngineMode } from './engine-cases.ts';
import { ms, si, times } from './format.ts';
import type { MemoryCase } from './memory-case.ts';

/** The targets on this 2-core machine, one core. Checked by the bench only, never by tests. */
export const TARGETS = {
  /** Sampling and forward pass (the kernel; it also does the backward pass for criticality). */
  kernelTaskSamplesPerSecond: 15e6,
  /** With criticality and statistics included: `simulate`, detail `full`. */
  simulateTaskSamplesPerSecond: 10e6,
  /**
   * Over Squiggle on the same model. Squiggle computes what the kernel computes (the draws, the
   * forward and backward pass, criticality, cost) and no rank correlations or per-task
   * percentiles, so the kernel is the like-for-like side; `simulate full ÷ Squiggle`, which adds
   * Fathom's tornado and task table, is printed for information.
   */
  speedupOverSquiggle: 20,
  /** A whole `fathom simulate` process, 40 tasks, 5 risks, 1M iterations. */
  cliSeconds: 3,
  /**
   * 10k iterations of a 40-task network once warm (the UI re-estimates on every edit): the
   * headline estimate the app shows after each edit; the full detail (tornado, task table) that
   * follows it is printed for information.
   */
  warm10kMs: 40,
  /** Peak RSS at 100k iterations × 200 tasks with sensitivity on. */
  peakRssMb: 200,
} as const;

export type TargetStatus = 'PASS' | 'MISS' | 'n/a';

/**
 * One target: judged on wall-clock time, and where it applies also on CPU time, which a busy
 * shared machine inflates much less (a MISS by wall time only means "re-run on a quieter machine").
 */
export type TargetCheck = {
  what: string;
  goal: string;
  measured: string;
  status: TargetStatus;
  byCpu: string;
  cpuStatus: TargetStatus;
};

type Judged = { measured: string; status: TargetStatus };

function judge(
  direction: '≥' | '≤',
  goal: number,
  value: number | undefined,
  format: (x: number) => string,
): Judged {
  if (value === undefined || Number.isNaN(value)) return { measured: '', status: 'n/a' };
  const pass = direction === '≥' ? value >= goal : value <= goal;
  return { measured: format(value), status: pass ? 'PASS' : 'MISS' };
}

/** A figure printed next to the targets for information, without a verdict. */
function information(what: string, measured: string, byCpu: string): TargetCheck {
  return { what, goal: '—', measured, status: 'n/a', byCpu, cpuStatus: 'n/a' };
}

function target(
  what: string,
  direction: '≥' | '≤',
  goal: number,
  format: (x: number) => string,
  wall: number | undefined,
  cpu?: number,
): TargetCheck {
  const byWall = judge(direction, goal, wall, format);
  const byCpu = judge(direction, goal, cpu, format);
  return {
    what,
    goal: `${direction} ${format(goal)}`,
    measured: byWall.measured,
    status: byWall.status,
    byCpu: byCpu.measured,
    cpuStatus: byCpu.status,
  };
}

export type Measurements = {
  sizes: readonly number[];
  engine: readonly EngineCase[];
  baselines: readonly BaselineCase[];
  cli: CliCase;
  memory: MemoryCase;
};

export function findCase(
  cases: readonly EngineCase[],
  tasks: number,
  mode: EngineMode,
  iterations: number,
): EngineCase | undefined {
  return cases.find((c) => c.tasks === tasks && c.mode === mode && c.iterations === iterations);
}

export function evaluateTargets(m: Measurements): TargetCheck[] {
  const perSecond = (x: number) => `${si(x)}/s`;
  const at = (tasks: number, mode: EngineMode, iterations: number) =>
    findCase(m.engine, tasks, mode, iterations);
  const throughput = (mode: EngineMode, goal: number) =>
    m.sizes.map((n) =>
      target(
        `${mode === 'kernel' ? 'kernel' : 'simulate full'}, ${n} tasks × 1M: task-samples/s`,
        '≥',
        goal,
        perSecond,
        at(n, mode, 1_000_000)?.taskSamplesPerSecond,
        at(n, mode, 1_000_000)?.taskSamplesPerCpuSecond,
      ),
    );
  const squiggleBaselines = m.baselines.filter((b) => b.implementation === 'Squiggle');
  const ratio = (mode: EngineMode, base: BaselineCase) => {
    const engine = at(base.tasks, mode, base.iterations);
    return {
      wall: engine && engine.taskSamplesPerSecond / base.taskSamplesPerSecond,
      cpu: engine && engine.taskSamplesPerCpuSecond / base.taskSamplesPerCpuSecond,
    };
  };
  const squiggle = squiggleBaselines.map((base) => {
    const { wall, cpu } = ratio('kernel', base);
    return target(
      `kernel ÷ Squiggle (same computation), ${base.tasks} tasks × ${si(base.iterations)}`,
      '≥',
      TARGETS.speedupOverSquiggle,
      times,
      wall,
      cpu,
    );
  });
  const squiggleFull = squiggleBaselines.map((base) => {
    const { wall, cpu } = ratio('full', base);
    return information(
      `simulate full ÷ Squiggle (adds tornado, task table), ${base.tasks} × ${si(base.iterations)}`,
      wall === undefined ? '' : times(wall),
      cpu === undefined ? '' : times(cpu),
    );
  });
  const cli = target(
    'fathom simulate process, 40 tasks, 5 risks, 1M',
    '≤',
    TARGETS.cliSeconds,
    (s) => `${s.toFixed(2)} s`,
    m.cli.available ? m.cli.medianMs / 1000 : undefined,
  );
  if (!m.cli.available) cli.measured = `not available: ${m.cli.reason}`;
  const headline = at(40, 'headline', 10_000);
  const full = at(40, 'full', 10_000);
  const warm = [
    target(
      'simulate headline, 40 tasks × 10k, warm (each edit)',
      '≤',
      TARGETS.warm10kMs,
      ms,
      headline?.medianMs,
      headline?.medianCpuMs,
    ),
    information(
      'simulate full, 40 tasks × 10k, warm (follows the headline)',
      full ? ms(full.medianMs) : '',
      full ? ms(full.medianCpuMs) : '',
    ),
  ];
  const memory = target(
    'peak RSS, 200 tasks × 100k, sensitivity on',
    '≤',
    TARGETS.peakRssMb,
    (x) => `${x.toFixed(0)} MB`,
    'error' in m.memory ? undefined : m.memory.peakRssMb,
  );
  return [
    ...throughput('kernel', TARGETS.kernelTaskSamplesPerSecond),
    ...throughput('full', TARGETS.simulateTaskSamplesPerSecond),
    ...squiggle,
    ...squiggleFull,
    cli,
    ...warm,
    memory,
  ];
}
