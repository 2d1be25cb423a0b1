import { DEFAULT_HISTOGRAM_BINS, ENGINE_VERSION, S_CURVE_POINTS } from '../constants.ts';
import type { CompiledNetwork } from '../network/compile.ts';
import { describeOutcome, shareAtOrBelow } from '../statistics/outcome-distribution.ts';
import { centred, pearsonWithBoth, ranks } from '../statistics/rank-correlation.ts';
import { asDoubles, percentilesOf } from '../statistics/order-statistics.ts';
import { summarizeValues, type Summary } from '../statistics/summary.ts';
import type { RunSamples } from './merge.ts';
import type { SimulationOptions } from './options.ts';
import type {
  MonthlyCost,
  PhaseStatistics,
  Quantiles,
  SensitivityEntry,
  SimulationResult,
  TaskStatistics,
} from './result.ts';

function sumOf(values: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i]!;
  return sum;
}

/** Mean, P50 and P80 of a sample column (single precision is plenty for a Gantt bar or a table cell). */
function quantiles(column: Float32Array | Float64Array): Quantiles {
  // Doubles only from here on (percentilesOf explains why).
  const values = asDoubles(column);
  const [p50, p80] = percentilesOf(values, [50, 80]);
  return { mean: sumOf(values) / values.length, p50: p50!, p80: p80! };
}

/** Relative move of P80 between the first 90% of the iterations and all of them (`p80`). */
function p80Drift(values: Float64Array, p80: number): number {
  const head = values.subarray(0, Math.max(1, Math.floor(values.length * 0.9)));
  const before = percentilesOf(head, [80])[0]!;
  return p80 === 0 ? 0 : Math.abs(p80 - before) / Math.abs(p80);
}

function sensitivity(net: CompiledNetwork, samples: RunSamples): SimulationResult['sensitivity'] {
  const { sample } = samples;
  const n = sample.length;
  const durationRanks = centred(ranks(samples.duration.subarray(0, n)));
  const costRanks = centred(ranks(samples.cost.subarray(0, n)));
  const inputs: {
    id: string;
    name: string;
    kind: SensitivityEntry['kind'];
    values: ArrayLike<number>;
  }[] = [
    ...net.taskIds.map((id, t) => ({
      id,
      name: net.taskNames[t]!,
      kind: 'task' as const,
      values: sample.taskDuration[t]!,
    })),
    ...net.driverIds.map((id, d) => ({
      id,
      name: net.driverNames[d]!,
      kind: 'driver' as const,
      values: sample.driverValue[d]!,
    })),
    ...net.riskIds.map((id, r) => ({
      id,
      name: net.riskNames[r]!,
      kind: 'risk' as const,
      values: sample.riskFired[r]!,
    })),
  ];
  const cost: SensitivityEntry[] = [];
  const duration: SensitivityEntry[] = [];
  for (const input of inputs) {
    const [withCost, withDuration] = pearsonWithBoth(ranks(input.values), costRanks, durationRanks);
    const entry = { id: input.id, name: input.name, kind: input.kind };
    cost.push({ ...entry, rho: withCost });
    duration.push({ ...entry, rho: withDuration });
  }
  const byStrength = (a: SensitivityEntry, b: SensitivityEntry) =>
    Math.abs(b.rho) - Math.abs(a.rho);
  return { cost: cost.sort(byStrength), duration: duration.sort(byStrength), sampleSize: n };
}

function taskStatistics(net: CompiledNetwork, samples: RunSamples): TaskStatistics[] {
  const { sample } = samples;
  return net.taskIds.map((id, t) => {
    const start = sample.taskStart[t]!;
    const dur = sample.taskDuration[t]!;
    const finish = new Float64Array(sample.length);
    for (let i = 0; i < sample.length; i++) finish[i] = start[i]! + dur[i]!;
    return {
      id,
      name: net.taskNames[t]!,
      category: net.categories[net.taskCategory[t]!]!,
      phase: net.phases[net.taskPhase[t]!]!,
      criticality: samples.criticalCount[t]! / samples.iterations,
      duration: quantiles(dur),
      cost: quantiles(sample.taskCost[t]!),
      start: quantiles(start),
      finish: quantiles(finish),
    };
  });
}

function phaseStatistics(net: CompiledNetwork, samples: RunSamples): PhaseStatistics[] {
  const { sample } = samples;
  return net.phases.map((name, p) => ({
    name,
    start: quantiles(sample.phaseStart[p]!),
    finish: quantiles(sample.phaseFinish[p]!),
    cost: quantiles(sample.phaseCost[p]!),
  }));
}

function monthlyCosts(net: CompiledNetwork, samples: RunSamples): MonthlyCost[] {
  const { sample } = samples;
  const month = new Float64Array(sample.length);
  return Array.from({ length: net.horizonMonths }, (_, m) => {
    month.fill(0);
    net.recurringIds.forEach((_id, r) => {
      const amount = net.recurringMonthly[r]![m]!;
      const multiplier = sample.recurringMultiplier[r]!;
      for (let i = 0; i < sample.length; i++) month[i] = month[i]! + amount * multiplier[i]!;
    });
    return { month: m + 1, ...quantiles(month) };
  });
}

function hiddenShare(
  net: CompiledNetwork,
  samples: RunSamples,
  visible: readonly string[],
): Float64Array {
  const share = new Float64Array(samples.iterations);
  const visibleColumns = net.categories.flatMap((name, c) =>
    visible.includes(name) ? [samples.categoryCost[c]!] : [],
  );
  for (let i = 0; i < samples.iterations; i++) {
    const total = samples.cost[i]!;
    let seen = 0;
    for (const column of visibleColumns) seen += column[i]!;
    share[i] = total > 0 ? (total - seen) / total : 0;
  }
  return share;
}

/**
 * What a run adds beyond its outcome: criticality, cost by category, running costs and TCO, and
 * the hidden share (everything but `detail: 'outcome'`).
 */
function addBreakdowns(
  net: CompiledNetwork,
  samples: RunSamples,
  options: SimulationOptions,
  into: {
    criticality: Record<string, number>;
    costByCategory: Record<string, Summary>;
    extra: Partial<SimulationResult>;
  },
): void {
  const { criticality, costByCategory, extra } = into;
  net.taskIds.forEach(
    (id, t) => (criticality[id] = samples.criticalCount[t]! / samples.iterations),
  );
  net.categories.forEach((name, c) => {
    const build = samples.categoryCost[c]!;
    const running = samples.runCategoryCost[c]!;
    let values = build;
    if (running.length > 0) {
      values = new Float64Array(build.length);
      for (let i = 0; i < build.length; i++) values[i] = build[i]! + running[i]!;
    }
    costByCategory[name] = summarizeValues(values);
  });
  if (net.recurringIds.length > 0) {
    const tco = new Float64Array(samples.iterations);
    for (let i = 0; i < samples.iterations; i++) tco[i] = samples.cost[i]! + samples.runCost[i]!;
    extra.runCost = summarizeValues(samples.runCost);
    extra.tco = summarizeValues(tco);
    extra.runCostPerMonth = monthlyCosts(net, samples);
  }
  if (options.visibleCategories) {
    extra.hiddenShare = summarizeValues(hiddenShare(net, samples, options.visibleCategories));
  }
}

/** Turns the merged samples of a run into its statistics. */
export function summarize(
  net: CompiledNetwork,
  samples: RunSamples,
  options: SimulationOptions,
): SimulationResult {
  const full = (options.detail ?? 'full') === 'full';
  const outcomeOnly = options.detail === 'outcome';
  const bins = options.histogramBins ?? DEFAULT_HISTOGRAM_BINS;
  const duration = describeOutcome(samples.duration, bins, S_CURVE_POINTS);
  const cost = describeOutcome(samples.cost, bins, S_CURVE_POINTS);
  const probabilities: SimulationResult['probabilities'] = {};
  const { budget, deadline } = options;
  if (budget !== undefined) probabilities.withinBudget = shareAtOrBelow(samples.cost, budget);
  if (deadline !== undefined)
    probabilities.withinDeadline = shareAtOrBelow(samples.duration, deadline);
  if (budget !== undefined && deadline !== undefined) {
    let both = 0;
    for (let i = 0; i < samples.iterations; i++) {
      if (samples.cost[i]! <= budget && samples.duration[i]! <= deadline) both++;
    }
    probabilities.both = both / samples.iterations;
  }
  const criticality: Record<string, number> = {};
  const costByCategory: Record<string, Summary> = {};
  const extra: Partial<SimulationResult> = {};
  if (!outcomeOnly) addBreakdowns(net, samples, options, { criticality, costByCategory, extra });
  if (net.gateTask >= 0) {
    extra.noGo = samples.noGoCount / samples.iterations;
    extra.costIfStopped = summarizeValues(samples.stoppedCost);
  }
  if (net.shock) extra.shockFraction = samples.shockCount / samples.iterations;

  return {
    ...extra,
    iterations: samples.iterations,
    seed: options.seed,
    engineVersion: ENGINE_VERSION,
    mitigated: options.mitigated ?? false,
    duration: { unit: 'working days', ...duration.summary },
    cost: { currency: options.currency ?? 'USD', ...cost.summary },
    criticality,
    sensitivity: full ? sensitivity(net, samples) : { cost: [], duration: [], sampleSize: 0 },
    probabilities,
    convergence: {
      durationP80: p80Drift(samples.duration, duration.summary.p80),
      costP80: p80Drift(samples.cost, cost.summary.p80),
    },
    histogram: { duration: duration.histogram, cost: cost.histogram },
    sCurve: { duration: duration.sCurve, cost: cost.sCurve },
    costByCategory,
    tasks: full ? taskStatistics(net, samples) : [],
    phases: outcomeOnly ? [] : phaseStatistics(net, samples),
    risks: net.riskIds.map((id, r) => ({
      id,
      name: net.riskNames[r]!,
      firedFraction: samples.riskFiredCount[r]! / samples.iterations,
    })),
  };
}
