import { run } from '@quri/squiggle-lang';
import { pertShapes, type Distribution, type Network } from '../engine/index.ts';
import type { ModelSummary } from './model-summary.ts';

/**
 * Squiggle operates on sample sets pointwise (sample i of `a + b` is a[i] + b[i]) and has
 * `SampleSet.max`/`SampleSet.min`, so it expresses the real network, not a serial sum: the same
 * draws per task, drivers, risks, forward pass, backward pass (criticality), cost and summaries.
 */
export const SQUIGGLE_MODEL =
  'full network: pointwise SampleSet.max/min forward and backward pass, criticality, cost';

/** Absolute tolerance on float (working days) under which Squiggle counts a task critical. */
const FLOAT_TOLERANCE = 1e-6;

const name = (prefix: string, id: string) => `${prefix}_${id.replace(/[^A-Za-z0-9]/g, '_')}`;

function sampleSet(dist: Distribution): string {
  switch (dist.type) {
    case 'pert': {
      const { alpha, beta } = pertShapes(dist.min, dist.mode, dist.max);
      return `SampleSet.fromDist(beta(${alpha}, ${beta})) * ${dist.max - dist.min} + ${dist.min}`;
    }
    case 'triangular':
      return `SampleSet.fromDist(triangular(${dist.min}, ${dist.mode}, ${dist.max}))`;
    case 'lognormal':
      return `SampleSet.fromDist(lognormal({p5: ${dist.p5}, p95: ${dist.p95}}))`;
    case 'uniform':
      return `SampleSet.fromDist(uniform(${dist.min}, ${dist.max}))`;
    case 'normal':
      return `SampleSet.fromDist(normal({p5: ${dist.p5}, p95: ${dist.p95}}))`;
    case 'fixed':
      return `SampleSet.fromDist(pointMass(${dist.value}))`;
    case 'bernoulli':
      return `SampleSet.fromDist(bernoulli(${dist.p}))`;
    default:
      return dist satisfies never;
  }
}

/** Folds `SampleSet.max` (or `min`) over two or more sample sets. */
function fold(fn: 'max' | 'min', terms: readonly string[]): string {
  return terms.reduce((acc, term) => `SampleSet.${fn}(${acc}, ${term})`);
}

/**
 * Squiggle source for the network. Tasks must be listed after their predecessors (the bench's
 * generator guarantees it). Returns a dict with mean and P80 of duration and cost and each task's
 * criticality, to compare with the engine's.
 */
export function squiggleCode(network: Network): string {
  const lines: string[] = [];
  const successors = new Map<string, string[]>();
  for (const t of network.tasks)
    for (const p of t.dependsOn ?? []) successors.set(p, [...(successors.get(p) ?? []), t.id]);

  for (const d of network.drivers ?? [])
    lines.push(`${name('drv', d.id)} = ${sampleSet(d.multiplier)}`);
  const costTerms: string[] = [];
  const delays = new Map<string, string[]>();
  for (const r of network.risks ?? []) {
    const fired = name('fired', r.id);
    lines.push(`${fired} = SampleSet.fromDist(bernoulli(${r.probability}))`);
    if (r.delay && r.task) {
      lines.push(`${name('delay', r.id)} = ${fired} * (${sampleSet(r.delay)})`);
      delays.set(r.task, [...(delays.get(r.task) ?? []), name('delay', r.id)]);
    }
    if (r.cost) costTerms.push(`${fired} * (${sampleSet(r.cost)})`);
  }
  for (const t of network.tasks) {
    const drivers = (network.drivers ?? []).filter((d) => d.tasks.includes(t.id));
    const dur = [`(${sampleSet(t.duration)})`, ...drivers.map((d) => name('drv', d.id))].join(
      ' * ',
    );
    lines.push(`${name('dur', t.id)} = ${[dur, ...(delays.get(t.id) ?? [])].join(' + ')}`);
    const preds = (t.dependsOn ?? []).map((p) => name('fin', p));
    const start = preds.length > 0 ? `${fold('max', preds)} + ` : '';
    lines.push(`${name('fin', t.id)} = ${start}${name('dur', t.id)}`);
    const fixed = typeof t.fixedCost === 'number' ? ` + ${t.fixedCost}` : '';
    costTerms.push(`${name('dur', t.id)} * ${t.rate ?? 0}${fixed}`);
  }
  const sinks = network.tasks.filter((t) => !successors.has(t.id));
  lines.push(
    `projectDuration = ${fold(
      'max',
      sinks.map((t) => name('fin', t.id)),
    )}`,
  );
  lines.push(`projectCost = ${costTerms.join(' + ')}`);
  for (const t of [...network.tasks].reverse()) {
    const succ = successors.get(t.id) ?? [];
    const lateFinish =
      succ.length === 0
        ? 'projectDuration'
        : fold(
            'min',
            succ.map((s) => `(${name('late', s)} - ${name('dur', s)})`),
          );
    lines.push(`${name('late', t.id)} = ${lateFinish}`);
  }
  const criticality = network.tasks.map(
    (t) => `cdf(${name('late', t.id)} - ${name('fin', t.id)}, ${FLOAT_TOLERANCE})`,
  );
  lines.push(
    `{meanDuration: mean(projectDuration), p80Duration: quantile(projectDuration, 0.8), ` +
      `meanCost: mean(projectCost), p80Cost: quantile(projectCost, 0.8), ` +
      `criticality: [${criticality.join(', ')}]}`,
  );
  return lines.join('\n');
}

/** Runs the Squiggle program with `sampleCount` samples and returns its summary. */
export async function runSquiggle(
  code: string,
  sampleCount: number,
  seed: number,
): Promise<ModelSummary> {
  const output = await run(code, {
    environment: { sampleCount, xyPointLength: 1000, seed: String(seed) },
  });
  const result = output.getEndResult();
  if (!result.ok) throw new Error(`Squiggle failed: ${result.value.toString()}`);
  // A dict's `asJS()` is `{ vtype: 'Dict', value: { ... } }`.
  return (result.value.asJS() as { value: ModelSummary }).value;
}
