/*
 * `npm run bench`: the engine's speed and memory against the issue's targets, with Squiggle and a
 * naive mathjs evaluation as baselines, printed as tables and written to bench/results/latest.json.
 * Run through bench/run.mjs, which bundles this file: tsx would slow the kernel about 2×.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Network } from '../engine/index.ts';
import { measureMathjs, measureSquiggle, type BaselineCase } from './baseline-cases.ts';
import { CLI_ITERATIONS, measureCli } from './cli-case.ts';
import {
  kernelReference,
  measureEngine,
  SEED,
  simulateReference,
  warmUp,
  type EngineCase,
  type EngineMode,
} from './engine-cases.ts';
import { ms, percent, si, table, times } from './format.ts';
import { edgesPerTask, generateNetwork } from './generate-network.ts';
import { describeMachine } from './machine.ts';
import { MEMORY_ITERATIONS, MEMORY_TASKS, measurePeakMemory } from './memory-case.ts';
import { agreement, type ModelSummary } from './model-summary.ts';
import { withoutDrivers } from './network-csv.ts';
import { stageBreakdown } from './stage-breakdown.ts';
import { evaluateTargets, findCase } from './targets.ts';

const SIZES = [40, 200] as const;
const ITERATIONS = [10_000, 100_000, 1_000_000] as const;
/** Baselines run at small counts (their rate extrapolates), so the bench ends in minutes. */
const SQUIGGLE_ITERATIONS = 10_000;
const SQUIGGLE_REPS = 3;
/** One Squiggle run at 100k on the small network shows the rate once fixed costs are spread. */
const SQUIGGLE_LARGE = { tasks: 40, iterations: 100_000 };
const MATHJS_ITERATIONS: Record<number, number> = { 40: 2000, 200: 500 };
/** Iterations of the reference answers the baselines and the engine's statistics are checked against. */
const REFERENCE_ITERATIONS = 100_000;

const progress = (what: string) => process.stderr.write(`… ${what}\n`);
const cpuShare = (c: { medianMs: number; medianCpuMs: number }) =>
  (c.medianCpuMs / c.medianMs).toFixed(2);

function networkRows(networks: readonly Network[]): string[][] {
  return networks.map((network) => {
    const mix = new Map<string, number>();
    for (const t of network.tasks) mix.set(t.duration.type, (mix.get(t.duration.type) ?? 0) + 1);
    return [
      String(network.tasks.length),
      edgesPerTask(network).toFixed(2),
      String(network.risks?.length ?? 0),
      String(network.drivers?.length ?? 0),
      [...mix].map(([type, count]) => `${count} ${type}`).join(', '),
    ];
  });
}

const MODE_LABEL: Record<EngineMode, string> = {
  kernel: 'kernel (sampling, forward pass, criticality)',
  full: 'simulate, detail full (statistics, sensitivity)',
  headline: 'simulate, detail headline',
};

async function engineCases(networks: readonly Network[]): Promise<EngineCase[]> {
  const cases: EngineCase[] = [];
  for (const network of networks) {
    progress(`engine, ${network.tasks.length} tasks: warming up`);
    warmUp(network);
    for (const iterations of ITERATIONS) {
      const modes: EngineMode[] =
        iterations === 10_000 ? ['kernel', 'full', 'headline'] : ['kernel', 'full'];
      for (const mode of modes) {
        progress(`engine, ${network.tasks.length} tasks, ${si(iterations)} iterations, ${mode}`);
        cases.push(await measureEngine(network, mode, iterations));
      }
    }
  }
  return cases;
}

type StatisticsCheck = { tasks: number; reference: ModelSummary; simulate: ModelSummary };

async function main(): Promise<void> {
  const root = process.cwd();
  const machine = describeMachine();
  console.log(`Fathom engine benchmark — ${machine.date}`);
  console.log(
    `Machine: ${machine.cpu}, ${machine.cores} logical cores (the bench uses one), ${machine.os}, ` +
      `Node ${machine.node}; load average ${machine.loadAverage.toFixed(2)} at start`,
  );

  const networks = SIZES.map((n) => generateNetwork(n, n));
  console.log(
    table(
      'Networks (seeded: generateNetwork(n, seed = n))',
      ['tasks', 'edges/task', 'risks', 'drivers', 'durations'],
      networkRows(networks),
    ),
  );

  const engine = await engineCases(networks);
  console.log(
    table(
      'Engine (median of reps, one core; cpu/wall < 1 means other processes took the core)',
      [
        'tasks',
        'iterations',
        'what',
        'reps',
        'median',
        'iterations/s',
        'task-samples/s',
        'cpu/wall',
      ],
      engine.map((c) => [
        String(c.tasks),
        si(c.iterations),
        MODE_LABEL[c.mode],
        String(c.reps),
        ms(c.medianMs),
        si(c.iterationsPerSecond),
        si(c.taskSamplesPerSecond),
        cpuShare(c),
      ]),
    ),
  );

  progress('stages of one 10k run, 40 tasks');
  const stages = await stageBreakdown(networks[0]!, 10_000);
  console.log(
    table(
      `Stages of one 10k run of ${networks[0]!.tasks.length} tasks (median of ${stages[0]!.reps})`,
      ['stage', 'median', 'CPU time'],
      stages.map((s) => [s.stage, ms(s.medianMs), ms(s.medianCpuMs)]),
    ),
  );

  const checks: StatisticsCheck[] = [];
  const baselines: BaselineCase[] = [];
  for (const network of networks) {
    const tasks = network.tasks.length;
    progress(`reference answers, ${tasks} tasks`);
    checks.push({
      tasks,
      reference: kernelReference(network, REFERENCE_ITERATIONS),
      simulate: simulateReference(network, REFERENCE_ITERATIONS),
    });
    progress(`Squiggle, ${tasks} tasks, ${si(SQUIGGLE_ITERATIONS)} samples`);
    baselines.push(await measureSquiggle(network, SQUIGGLE_ITERATIONS, SQUIGGLE_REPS, true));
    if (tasks === SQUIGGLE_LARGE.tasks) {
      progress(`Squiggle, ${tasks} tasks, ${si(SQUIGGLE_LARGE.iterations)} samples`);
      baselines.push(await measureSquiggle(network, SQUIGGLE_LARGE.iterations, 1, false));
    }
    progress(`mathjs, ${tasks} tasks, ${si(MATHJS_ITERATIONS[tasks]!)} iterations`);
    baselines.push(await measureMathjs(network, MATHJS_ITERATIONS[tasks]!));
  }

  // Against the engine at the same iteration count, or at 10k for the smaller mathjs runs.
  const ratio = (b: BaselineCase, mode: EngineMode) => {
    const e =
      findCase(engine, b.tasks, mode, b.iterations) ??
      (b.iterations < 10_000 ? findCase(engine, b.tasks, mode, 10_000) : undefined);
    return e ? times(e.taskSamplesPerSecond / b.taskSamplesPerSecond) : '–';
  };
  const modelAgreement = (b: BaselineCase) =>
    agreement(checks.find((c) => c.tasks === b.tasks)!.reference, b.summary);
  console.log(
    table(
      'Baselines, same model (ratios: engine rate ÷ baseline rate at the same iterations, at 10k for mathjs)',
      [
        'tasks',
        'implementation',
        'iterations',
        'reps',
        'median',
        'iterations/s',
        'task-samples/s',
        'cpu/wall',
        'full ÷',
        'headline ÷',
        'kernel ÷',
        'Δ mean/P80',
        'Δ criticality',
      ],
      baselines.map((b) => [
        String(b.tasks),
        b.implementation,
        si(b.iterations),
        String(b.reps),
        ms(b.medianMs),
        si(b.iterationsPerSecond),
        si(b.taskSamplesPerSecond),
        cpuShare(b),
        ratio(b, 'full'),
        ratio(b, 'headline'),
        ratio(b, 'kernel'),
        percent(modelAgreement(b).relative),
        modelAgreement(b).criticality.toFixed(3),
      ]),
    ),
  );
  for (const implementation of ['Squiggle', 'mathjs'] as const)
    console.log(
      `${implementation}: ${baselines.find((b) => b.implementation === implementation)!.model}.`,
    );
  console.log(
    `Δ: largest relative difference of the mean and P80 of duration and cost, and largest ` +
      `absolute difference of a task's criticality, from the engine's kernel at ` +
      `${si(REFERENCE_ITERATIONS)} iterations (the small baseline runs alone make about 1% and 0.02).`,
  );

  console.log(
    table(
      `Engine statistics against its own samples (${si(REFERENCE_ITERATIONS)} iterations)`,
      ['tasks', 'mean duration', 'simulate', 'P80 cost', 'simulate', 'largest Δ', 'verdict'],
      checks.map((c) => {
        const { relative, criticality } = agreement(c.reference, c.simulate);
        const agree = relative < 1e-6 && criticality < 1e-9;
        return [
          String(c.tasks),
          c.reference.meanDuration.toFixed(2),
          c.simulate.meanDuration.toFixed(2),
          c.reference.p80Cost.toFixed(0),
          c.simulate.p80Cost.toFixed(0),
          percent(relative),
          agree ? 'agree' : 'DISAGREE',
        ];
      }),
    ),
  );

  progress(`fathom simulate, 40 tasks, ${si(CLI_ITERATIONS)} iterations`);
  const cliNetwork = withoutDrivers(networks[0]!);
  const cli = measureCli(root, cliNetwork, SEED);
  console.log(
    `\nCLI: whole \`fathom simulate TASKS.csv --risks RISKS.csv --iterations ${CLI_ITERATIONS} --json\` processes`,
  );
  if (cli.available) {
    const reference = kernelReference(cliNetwork, REFERENCE_ITERATIONS).meanDuration;
    console.log(
      `CLI: ${ms(cli.medianMs)} (median of ${cli.runs}; the 40-task network without its drivers, ` +
        `which the CSV cannot express); mean duration ${cli.meanDuration.toFixed(2)}, ` +
        `kernel ${reference.toFixed(2)}`,
    );
  } else console.log(`CLI: not available (${cli.reason})`);

  progress(`peak memory, ${MEMORY_TASKS} tasks × ${si(MEMORY_ITERATIONS)} iterations`);
  // The launcher bundles bench/memory-child.ts next to this bundle.
  const memory = measurePeakMemory(
    join(dirname(fileURLToPath(import.meta.url)), 'memory-child.mjs'),
  );
  console.log(
    `\nPeak memory: ${
      'error' in memory
        ? `not measured (${memory.error})`
        : `${memory.peakRssMb.toFixed(0)} MB peak RSS (${memory.startRssMb.toFixed(0)} MB before simulating)`
    }: a fresh process loading only the simulation engine (as fathom simulate on a CSV), ${MEMORY_TASKS} tasks × ` +
      `${si(MEMORY_ITERATIONS)}, detail full`,
  );
  const benchRssMb = process.resourceUsage().maxRSS / 1024;
  console.log(
    `This bench process (Squiggle and mathjs included) peaked at ${benchRssMb.toFixed(0)} MB RSS.`,
  );

  const targets = evaluateTargets({ sizes: SIZES, engine, baselines, cli, memory });
  const loadAtEnd = loadavg()[0] ?? Number.NaN;
  console.log(
    table(
      `Targets (one core of this ${machine.cores}-core machine; load average ${machine.loadAverage.toFixed(1)} at start, ${loadAtEnd.toFixed(1)} at end)`,
      ['target', 'goal', 'measured', 'status', 'by CPU time', 'status'],
      targets.map((t) => [t.what, t.goal, t.measured, t.status, t.byCpu, t.cpuStatus]),
    ),
  );
  if (Math.max(machine.loadAverage, loadAtEnd) > machine.cores)
    console.log(
      `The machine was busy (load average above ${machine.cores}): wall-clock figures are inflated; ` +
        `the CPU-time column is the better estimate of one free core.`,
    );

  const dir = join(root, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'latest.json');
  const results = {
    machine: { ...machine, loadAverageAtEnd: loadAtEnd },
    engine,
    stages,
    baselines,
    statisticsCheck: checks,
    cli,
    memory,
    benchRssMb,
    targets,
  };
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nFigures written to ${file}.`);
}

await main();
