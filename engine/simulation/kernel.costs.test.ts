import { describe, expect, it } from 'vitest';
import { fixed, pert, runSamples, uniform } from '../../test/helpers/networks.ts';
import { proportionSe } from '../../test/helpers/sample-stats.ts';
import { moments } from '../distributions/moments.ts';
import { compileNetwork } from '../network/compile.ts';
import type { Network } from '../network/network.ts';
import type { Summary } from '../statistics/summary.ts';
import type { SimulationResult } from './result.ts';
import { simulate, simulateCompiled } from './runner.ts';

/*
 * Span charges (dedicated people), the go/no-go gate, running costs after launch, the
 * reference-class shock and drivers that scale one-off costs. Mostly fixed networks, whose
 * answers can be worked out by hand, plus a few proportions with 5-standard-error tolerances.
 */

/** Every statistic of a summary, for "all percentiles equal x" checks. */
function values(summary: Summary | undefined): number[] {
  if (!summary) throw new Error('summary missing');
  const { mean, min, p10, p50, p80, p90, max } = summary;
  return [mean, min, p10, p50, p80, p90, max];
}

const taskCost = (r: SimulationResult, id: string) => r.tasks.find((t) => t.id === id)!.cost.p50;

/**
 * a(2 days, 100/day) → b(3 days, 10/day); c(1 day, 1000/day) in parallel. Finish 5 days,
 * labour 200 + 30 + 1000 = 1230.
 */
const base: Network = {
  tasks: [
    { id: 'a', duration: fixed(2), rate: 100, category: 'data' },
    { id: 'b', duration: fixed(3), dependsOn: ['a'], rate: 10, category: 'model' },
    { id: 'c', duration: fixed(1), rate: 1000, category: 'data' },
  ],
};
const options = { iterations: 500, seed: 1 };

describe('span charges', () => {
  it('charge the rate from the first start of their tasks to the project finish', () => {
    const r = simulate(
      { ...base, spanCharges: [{ id: 'mle', ratePerDay: 100, tasks: ['b'] }] },
      options,
    );
    // b starts on day 2, the project ends on day 5: 3 days × 100.
    expect(values(r.cost)).toEqual(Array(7).fill(1230 + 300));
    expect(taskCost(r, 'b')).toBe(30 + 300);
    expect(r.costByCategory['model']!.p50).toBe(330);
  });

  it('spread the amount over their tasks in proportion to duration', () => {
    const r = simulate(
      { ...base, spanCharges: [{ id: 'ds', ratePerDay: 100, tasks: ['a', 'c'] }] },
      options,
    );
    // From day 0 to day 5: 500, split 2 : 1 between a (2 days) and c (1 day).
    expect(r.cost.p50).toBe(1230 + 500);
    // Per-task costs are kept in single precision.
    expect(taskCost(r, 'a')).toBeCloseTo(200 + 1000 / 3, 3);
    expect(taskCost(r, 'c')).toBeCloseTo(1000 + 500 / 3, 3);
  });

  it('charge a span whose tasks take no time to its first task', () => {
    const r = simulate(
      {
        tasks: [...base.tasks, { id: 'z', duration: fixed(0), dependsOn: ['a'] }],
        spanCharges: [{ id: 'pm', ratePerDay: 10, tasks: ['z'] }],
      },
      options,
    );
    // z starts (and ends) on day 2; the project ends on day 5.
    expect(r.cost.p50).toBe(1230 + 30);
    expect(taskCost(r, 'z')).toBe(30);
  });

  it('cost more when the schedule slips', () => {
    const slipping: Network = {
      ...base,
      spanCharges: [{ id: 'mle', ratePerDay: 100, tasks: ['a'] }],
      risks: [{ id: 'late', probability: 1, task: 'b', delay: fixed(4) }],
    };
    const r = simulate(slipping, options);
    // The delay adds 4 days of b (at 10/day) and 4 days of the span (at 100/day).
    expect(r.duration.p50).toBe(9);
    expect(r.cost.p50).toBe(1230 + 40 + 900);
  });
});

describe('go/no-go gate', () => {
  it('stops the project with its probability', () => {
    const n = 40_000;
    const r = simulate(
      { ...base, gate: { task: 'a', noGoProbability: 0.3 } },
      { iterations: n, seed: 3, detail: 'headline' },
    );
    // 5 standard errors of a proportion (±0.011).
    expect(Math.abs(r.noGo! - 0.3)).toBeLessThan(5 * proportionSe(0.3, n));
    for (const p of [0, 1]) {
      const sure = simulate({ ...base, gate: { task: 'a', noGoProbability: p } }, options);
      expect(sure.noGo).toBe(p);
    }
  });

  it('reports the cost spent by the decision: the gate task, its ancestors and their risks', () => {
    const r = simulate(
      {
        ...base,
        gate: { task: 'b', noGoProbability: 0.5 },
        risks: [
          { id: 'on-a', probability: 1, task: 'a', cost: fixed(7) },
          { id: 'on-c', probability: 1, task: 'c', cost: fixed(1000) },
        ],
      },
      options,
    );
    // a (200 + 7) and b (30); c runs in parallel but is not needed for the decision.
    expect(values(r.costIfStopped)).toEqual(Array(7).fill(237));
    // The main cost is the plan that goes ahead: everything.
    expect(r.cost.p50).toBe(1230 + 7 + 1000);
    expect(r.duration.p50).toBe(5);
  });

  it('counts span charges up to the gate in the stopped cost', () => {
    const r = simulate(
      {
        ...base,
        gate: { task: 'a', noGoProbability: 0.5 },
        spanCharges: [{ id: 'team', ratePerDay: 100, tasks: ['a', 'b'] }],
      },
      options,
    );
    // a's 200 plus the span from day 0 to a's finish on day 2.
    expect(r.costIfStopped!.p50).toBe(200 + 200);
    expect(r.cost.p50).toBe(1230 + 500);
  });

  it('never reports more spent by the decision than the whole plan costs', () => {
    const { samples } = runSamples(
      {
        tasks: [
          { id: 'a', duration: pert(1, 3, 9), rate: 100 },
          { id: 'b', duration: uniform(1, 5), dependsOn: ['a'], rate: 80, fixedCost: 30 },
          { id: 'c', duration: pert(2, 3, 7), dependsOn: ['b'], rate: 120 },
          { id: 'd', duration: uniform(0, 9), rate: 50 },
        ],
        gate: { task: 'b', noGoProbability: 0.2 },
        spanCharges: [{ id: 's', ratePerDay: 40, tasks: ['a', 'c', 'd'] }],
        risks: [{ id: 'r', probability: 0.4, task: 'a', delay: pert(0, 1, 4), cost: fixed(90) }],
      },
      { iterations: 20_000, seed: 4 },
    );
    const over = samples.stoppedCost.findIndex((s, i) => s > samples.cost[i]! || s <= 0);
    expect(over).toBe(-1);
  });

  it('is absent from a network without a gate', () => {
    const r = simulate(base, options);
    expect(r.noGo).toBeUndefined();
    expect(r.costIfStopped).toBeUndefined();
  });
});

describe('running costs after launch', () => {
  const running: Network = {
    ...base,
    recurring: [
      { id: 'inference', monthly: [100, 200, 300] },
      { id: 'monitoring', monthly: [10], multiplier: fixed(2), category: 'mlops' },
    ],
  };

  it('add up to the running cost and, with the build cost, to the TCO', () => {
    const r = simulate(running, options);
    expect(values(r.runCost)).toEqual(Array(7).fill(600 + 20));
    expect(values(r.tco)).toEqual(Array(7).fill(1230 + 620));
    // The build cost stays the cost up to launch.
    expect(r.cost.p50).toBe(1230);
  });

  it('give each month its cost, the horizon being the longest stream', () => {
    const r = simulate(running, options);
    expect(r.runCostPerMonth).toEqual([
      { month: 1, mean: 120, p50: 120, p80: 120 },
      { month: 2, mean: 200, p50: 200, p80: 200 },
      { month: 3, mean: 300, p50: 300, p80: 300 },
    ]);
  });

  it('are counted in their category, "running" by default', () => {
    const r = simulate(running, options);
    expect(r.costByCategory['running']!.p50).toBe(600);
    expect(r.costByCategory['mlops']!.p50).toBe(20);
  });

  it('scale with one multiplier draw per iteration', () => {
    const multiplier = { type: 'lognormal', p5: 0.8, p95: 2 } as const;
    const n = 20_000;
    const r = simulate(
      { ...base, recurring: [{ id: 'inference', monthly: [100, 200, 300], multiplier }] },
      { iterations: n, seed: 6, detail: 'headline' },
    );
    const { mean, variance } = moments(multiplier);
    // 600 × M: 5 standard errors of the mean, 600·sd(M)/√n.
    expect(Math.abs(r.runCost!.mean - 600 * mean)).toBeLessThan(
      (5 * 600 * Math.sqrt(variance)) / Math.sqrt(n),
    );
    // Months move together: month 3 is always 3 × month 1.
    expect(r.runCostPerMonth![2]!.p80).toBeCloseTo(3 * r.runCostPerMonth![0]!.p80, 3);
  });

  it('are absent from a network without them', () => {
    const r = simulate(base, options);
    expect(r.runCost).toBeUndefined();
    expect(r.tco).toBeUndefined();
    expect(r.runCostPerMonth).toBeUndefined();
  });
});

describe('reference-class shock', () => {
  it('when it hits, multiplies durations by its schedule draw and the cost by its cost draw', () => {
    const r = simulate(
      { ...base, shock: { probability: 1, schedule: fixed(2), cost: fixed(1.5), otherwise: 0.9 } },
      options,
    );
    expect(r.shockFraction).toBe(1);
    expect(values(r.duration)).toEqual(Array(7).fill(10));
    // Twice the days of labour (2460), then the cost multiplier.
    expect(values(r.cost)).toEqual(Array(7).fill(2460 * 1.5));
    expect(r.costByCategory['data']!.p50).toBe(2400 * 1.5);
  });

  it('otherwise multiplies durations by its baseline factor', () => {
    const r = simulate(
      { ...base, shock: { probability: 0, schedule: fixed(2), cost: fixed(1.5), otherwise: 0.9 } },
      options,
    );
    expect(r.shockFraction).toBe(0);
    expect(r.duration.p50).toBeCloseTo(4.5, 12);
    expect(r.cost.p50).toBeCloseTo(1230 * 0.9, 9);
  });

  it('hits with its probability', () => {
    const n = 40_000;
    const r = simulate(
      {
        ...base,
        shock: { probability: 0.17, schedule: fixed(1.7), cost: fixed(1.8), otherwise: 0.92 },
      },
      { iterations: n, seed: 8, detail: 'headline' },
    );
    // 5 standard errors of a proportion (±0.0094).
    expect(Math.abs(r.shockFraction! - 0.17)).toBeLessThan(5 * proportionSe(0.17, n));
    // Two possible durations: 5 × 0.92 or 5 × 1.7, in those proportions.
    expect(r.duration.p50).toBeCloseTo(4.6, 12);
    expect(r.duration.p90).toBeCloseTo(8.5, 12);
  });
});

describe('drivers that scale cost', () => {
  it('multiply the one-off cost too when scalesCost is set', () => {
    const network = (scalesCost: boolean): Network => ({
      tasks: [{ id: 'poc', duration: fixed(2), rate: 100, fixedCost: 50 }],
      drivers: [{ id: 'iterations', multiplier: fixed(3), tasks: ['poc'], scalesCost }],
    });
    expect(simulate(network(false), options).cost.p50).toBe(600 + 50);
    expect(simulate(network(true), options).cost.p50).toBe(600 + 150);
  });
});

describe('hidden share', () => {
  it('is the share of the build cost outside the visible categories', () => {
    const r = simulate(base, { ...options, visibleCategories: ['model'] });
    // The mean adds 500 equal shares, so it may differ from the share in the last bits.
    for (const v of values(r.hiddenShare)) expect(v).toBeCloseTo(1200 / 1230, 12);
    const all = simulate(base, { ...options, visibleCategories: ['model', 'data'] });
    expect(all.hiddenShare!.p50).toBe(0);
    expect(simulate(base, options).hiddenShare).toBeUndefined();
  });

  it('counts risk costs without a task as hidden', () => {
    const r = simulate(
      { ...base, risks: [{ id: 'fine', probability: 1, cost: fixed(770) }] },
      { ...options, visibleCategories: ['model'] },
    );
    expect(r.hiddenShare!.p50).toBeCloseTo(1970 / 2000, 12);
  });

  // Regression test for a fixed bug (engine/simulation/summarize.ts, hiddenShare): it subtracts the visible categories'
  // costs, which since running costs were added include a recurring stream's cost when the
  // stream has a visible category, from the build cost, which does not. With base (model build
  // cost 30 of 1230) plus a 20/month 'model' running cost, the share should be 1200/1230 =
  // 0.9756 and is (1230 − 50)/1230 = 0.9593; a large enough running cost makes it negative.
  it('is not changed by running costs, whatever their category', () => {
    const r = simulate(
      { ...base, recurring: [{ id: 'serving', monthly: [20], category: 'model' }] },
      { ...options, visibleCategories: ['model'] },
    );
    expect(r.hiddenShare!.p50).toBeCloseTo(1200 / 1230, 12);
  });
});

describe('chunking with every feature', () => {
  it('gives deep-equal results in chunks of 1, 3 and 16 blocks', () => {
    // Span charges, gate, recurring costs, shock and risks all draw from their own streams;
    // 12,345 iterations span 7 blocks and cut the 10,000-iteration sample inside block 4.
    const network: Network = {
      tasks: [
        { id: 'a', duration: pert(1, 3, 9), rate: 100, category: 'data' },
        { id: 'b', duration: uniform(1, 5), dependsOn: ['a'], rate: 80, fixedCost: 30 },
        {
          id: 'c',
          duration: { type: 'lognormal', p5: 2, p95: 7 },
          dependsOn: ['b'],
          rate: 120,
          category: 'model',
        },
        { id: 'd', duration: { type: 'normal', p5: -1, p95: 6 }, rate: 50 },
      ],
      drivers: [{ id: 'x', multiplier: uniform(0.8, 1.5), tasks: ['a', 'c'], scalesCost: true }],
      gate: { task: 'b', noGoProbability: 0.2 },
      spanCharges: [{ id: 's', ratePerDay: 40, tasks: ['a', 'c', 'd'] }],
      risks: [{ id: 'r', probability: 0.4, task: 'a', delay: pert(0, 1, 4), cost: fixed(90) }],
      recurring: [{ id: 'run', monthly: [10, 20], multiplier: uniform(0.5, 2) }],
      shock: {
        probability: 0.17,
        schedule: uniform(1.2, 2.4),
        cost: uniform(1.1, 2.7),
        otherwise: 0.92,
      },
    };
    const net = compileNetwork(network);
    const run = { iterations: 12_345, seed: 9, visibleCategories: ['model'] };
    const [one, three, sixteen] = [1, 3, 16].map((size) => simulateCompiled(net, run, {}, size));
    expect(three).toEqual(one);
    expect(sixteen).toEqual(one);
    expect(one!.noGo).toBeGreaterThan(0);
    expect(one!.shockFraction).toBeGreaterThan(0);
    expect(one!.runCostPerMonth).toHaveLength(2);
  });
});
