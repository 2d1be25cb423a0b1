import { compile, type EvalFunction } from 'mathjs';
import type { Network } from '../engine/index.ts';
import { Lcg } from './lcg.ts';
import { summaryOf, type ModelSummary } from './model-summary.ts';
import { draw } from './naive-samplers.ts';

export const MATHJS_MODEL =
  'naive per sample: one compiled mathjs expression per task, JS draws, plain-object forward and backward pass';

type Scope = Record<string, number>;

/** One task's statements: its duration, its earliest finish and its share of the cost. */
function taskExpression(network: Network, index: number): EvalFunction {
  const t = network.tasks[index]!;
  const drivers = (network.drivers ?? []).filter((d) => d.tasks.includes(t.id));
  const delays = (network.risks ?? []).filter((r) => r.task === t.id && r.delay);
  const duration = [['base', ...drivers.map((d) => `drv_${d.id}`)].join(' * ')]
    .concat(delays.map((r) => `delay_${r.id}`))
    .join(' + ');
  const preds = (t.dependsOn ?? []).map((p) => `fin_${p}`);
  const start = preds.length > 0 ? `max(${preds.join(', ')}) + ` : '';
  const fixed = typeof t.fixedCost === 'number' ? t.fixedCost : 0;
  return compile(
    `dur_${t.id} = max(0, ${duration}); fin_${t.id} = ${start}dur_${t.id}; ` +
      `cost = cost + dur_${t.id} * ${t.rate ?? 0} + ${fixed}`,
  );
}

/**
 * The naive baseline: per iteration, fresh plain objects, a JS draw per input, and each task's
 * compiled mathjs expression evaluated in a scope object; criticality by a backward pass over
 * objects keyed by task id. Tasks must be listed after their predecessors.
 */
export function runMathjs(network: Network, iterations: number, seed: number): ModelSummary {
  const rng = new Lcg(seed);
  const expressions = network.tasks.map((_, i) => taskExpression(network, i));
  const successors: Record<string, string[]> = {};
  for (const t of network.tasks)
    for (const p of t.dependsOn ?? []) (successors[p] ??= []).push(t.id);
  const sinks = network.tasks.filter((t) => !successors[t.id]).map((t) => t.id);
  const duration = new Float64Array(iterations);
  const cost = new Float64Array(iterations);
  const critical = network.tasks.map(() => 0);

  for (let i = 0; i < iterations; i++) {
    const scope: Scope = { cost: 0 };
    for (const d of network.drivers ?? []) scope[`drv_${d.id}`] = draw(d.multiplier, rng);
    for (const r of network.risks ?? []) {
      const fired = rng.next() < r.probability;
      scope[`delay_${r.id}`] = fired && r.delay ? draw(r.delay, rng) : 0;
      if (fired && r.cost) scope.cost! += draw(r.cost, rng);
    }
    network.tasks.forEach((t, k) => {
      scope.base = draw(t.duration, rng);
      expressions[k]!.evaluate(scope);
    });
    const end = Math.max(...sinks.map((id) => scope[`fin_${id}`]!));
    const late: Scope = {};
    for (let k = network.tasks.length - 1; k >= 0; k--) {
      const id = network.tasks[k]!.id;
      let lf = end;
      for (const s of successors[id] ?? []) lf = Math.min(lf, late[s]! - scope[`dur_${s}`]!);
      late[id] = lf;
      if (lf - scope[`fin_${id}`]! <= 1e-9 * end) critical[k]!++;
    }
    duration[i] = end;
    cost[i] = scope.cost!;
  }
  return summaryOf(duration, cost, critical);
}
