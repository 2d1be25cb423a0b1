import { describe, expect, it } from 'vitest';
import { pert, runSamples } from '../../test/helpers/networks.ts';
import { numpyPercentile, sampleMoments } from '../../test/helpers/sample-stats.ts';
import { S_CURVE_POINTS } from '../constants.ts';
import type { Network } from '../network/network.ts';
import type { Summary } from '../statistics/summary.ts';
import { summarize } from './summarize.ts';

/**
 * A small plan with uncertainty everywhere: durations, a driver, a risk with delay and cost,
 * rates and an uncertain fixed cost, so that cost and duration are correlated but not equal.
 */
const network: Network = {
  tasks: [
    { id: 'data', duration: pert(3, 5, 12), rate: 800, category: 'data' },
    {
      id: 'model',
      duration: { type: 'lognormal', p5: 4, p95: 15 },
      dependsOn: ['data'],
      rate: 1000,
      fixedCost: { type: 'uniform', min: 500, max: 3000 },
      category: 'model',
    },
    { id: 'docs', duration: { type: 'triangular', min: 1, mode: 2, max: 8 }, rate: 400 },
    { id: 'ship', duration: pert(1, 2, 4), dependsOn: ['model', 'docs'], rate: 900 },
  ],
  drivers: [{ id: 'team', multiplier: { type: 'lognormal', p5: 0.8, p95: 1.5 }, tasks: ['model'] }],
  risks: [
    {
      id: 'drift',
      probability: 0.25,
      task: 'model',
      delay: pert(2, 4, 10),
      cost: pert(0, 1000, 5000),
    },
  ],
};

const ITERATIONS = 30_000;
const { net, samples } = runSamples(network, { iterations: ITERATIONS, seed: 77 });

/** Mean, sample sd, min, max and numpy-linear percentiles, computed the plain way. */
function bruteSummary(values: Float64Array): Summary {
  const m = sampleMoments(values);
  const sorted = Float64Array.from(values).sort();
  return {
    mean: m.mean,
    sd: Math.sqrt(m.variance),
    min: sorted[0]!,
    p10: numpyPercentile(sorted, 10),
    p50: numpyPercentile(sorted, 50),
    p80: numpyPercentile(sorted, 80),
    p90: numpyPercentile(sorted, 90),
    max: sorted[sorted.length - 1]!,
  };
}

/** Every field within a relative 1e-12: summation order may differ, nothing else may. */
function expectSummaryClose(got: Summary, want: Summary): void {
  for (const key of Object.keys(want) as (keyof Summary)[]) {
    expect(Math.abs(got[key] - want[key])).toBeLessThanOrEqual(1e-12 * Math.abs(want[key]) + 1e-12);
  }
}

describe('summarize', () => {
  const budget = numpyPercentile(samples.cost, 60);
  const deadline = numpyPercentile(samples.duration, 70);
  const result = summarize(net, samples, { iterations: ITERATIONS, seed: 77, budget, deadline });

  it('gives the duration and cost statistics of the per-iteration samples', () => {
    expectSummaryClose(result.duration, bruteSummary(samples.duration));
    expectSummaryClose(result.cost, bruteSummary(samples.cost));
  });

  it('gives each category its summary, and the categories add up to the cost', () => {
    for (const [c, name] of net.categories.entries()) {
      expectSummaryClose(result.costByCategory[name]!, bruteSummary(samples.categoryCost[c]!));
    }
    const total = Object.values(result.costByCategory).reduce((s, c) => s + c.mean, 0);
    expect(total).toBeCloseTo(result.cost.mean, 6);
  });

  it('adds up the categories to the total cost in every iteration', () => {
    expect([...net.categories].sort()).toEqual(['data', 'model', 'uncategorized']);
    let worst = 0;
    for (let i = 0; i < ITERATIONS; i++) {
      const sum = samples.categoryCost.reduce((s, column) => s + column[i]!, 0);
      worst = Math.max(worst, Math.abs(sum - samples.cost[i]!) / samples.cost[i]!);
    }
    // Same numbers added in another order: a few ulps.
    expect(worst).toBeLessThan(1e-14);
  });

  it('gives the probabilities of meeting the budget and the deadline as brute-force counts', () => {
    const withinBudget = samples.cost.filter((c) => c <= budget).length / ITERATIONS;
    const withinDeadline = samples.duration.filter((d) => d <= deadline).length / ITERATIONS;
    expect(result.probabilities.withinBudget).toBe(withinBudget);
    expect(result.probabilities.withinDeadline).toBe(withinDeadline);
  });

  it('gives the joint probability of meeting both as a brute-force count', () => {
    let both = 0;
    for (let i = 0; i < ITERATIONS; i++) {
      if (samples.cost[i]! <= budget && samples.duration[i]! <= deadline) both++;
    }
    expect(result.probabilities.both).toBe(both / ITERATIONS);
    // Longer plans cost more here, so meeting both is likelier than if they were independent.
    expect(result.probabilities.both!).toBeGreaterThan(0.6 * 0.7);
    expect(result.probabilities.both!).toBeLessThanOrEqual(0.6);
  });

  it('leaves out the probabilities that were not asked for', () => {
    const r = summarize(net, samples, { iterations: ITERATIONS, seed: 77, budget });
    expect(Object.keys(r.probabilities)).toEqual(['withinBudget']);
  });

  it('gives histograms whose counts add up to the iterations', () => {
    for (const bins of [result.histogram.duration, result.histogram.cost]) {
      expect(bins).toHaveLength(40);
      expect(bins.reduce((s, b) => s + b.count, 0)).toBe(ITERATIONS);
    }
    expect(result.histogram.duration[0]!.from).toBe(Math.min(...samples.duration));
    expect(result.histogram.duration.at(-1)!.to).toBe(Math.max(...samples.duration));
  });

  it('honours the number of histogram bins asked for', () => {
    const r = summarize(net, samples, { iterations: ITERATIONS, seed: 77, histogramBins: 7 });
    expect(r.histogram.duration).toHaveLength(7);
    expect(r.histogram.cost).toHaveLength(7);
  });

  it('gives non-decreasing S-curves from min to max', () => {
    for (const [curve, values] of [
      [result.sCurve.duration, samples.duration],
      [result.sCurve.cost, samples.cost],
    ] as const) {
      expect(curve).toHaveLength(S_CURVE_POINTS);
      expect(curve[0]!.value).toBe(Math.min(...values));
      expect(curve.at(-1)!.value).toBe(Math.max(...values));
      for (let k = 1; k < curve.length; k++) {
        expect(curve[k]!.value).toBeGreaterThanOrEqual(curve[k - 1]!.value);
        expect(curve[k]!.probability).toBeGreaterThan(curve[k - 1]!.probability);
      }
    }
  });

  it('reports convergence as the relative move of P80 over the last tenth', () => {
    const head = samples.duration.subarray(0, ITERATIONS * 0.9);
    const before = numpyPercentile(head, 80);
    const after = numpyPercentile(samples.duration, 80);
    expect(result.convergence.durationP80).toBeCloseTo(Math.abs(after - before) / after, 12);
  });

  it('reports small convergence for a large run', () => {
    // P80's standard error at n = 30,000 is about 0.6% of its value here; the move over the last
    // tenth is a fraction of that. 2% would mean the P80 has not settled.
    expect(result.convergence.durationP80).toBeLessThan(0.02);
    expect(result.convergence.costP80).toBeLessThan(0.02);
  });

  it('gives per-task quantiles of the sampled columns', () => {
    for (const [t, id] of net.taskIds.entries()) {
      const stats = result.tasks.find((s) => s.id === id)!;
      const column = samples.sample.taskDuration[t]!;
      // Columns are single precision: compare to 1e-6 relative.
      expect(stats.duration.p50).toBeCloseTo(numpyPercentile(column, 50), 4);
      expect(stats.duration.p80).toBeCloseTo(numpyPercentile(column, 80), 4);
      expect(stats.duration.mean).toBeCloseTo(sampleMoments(column).mean, 4);
      expect(stats.criticality).toBe(result.criticality[id]);
    }
  });

  it('reports how often the risk fired', () => {
    const fired = samples.sample.riskFired[0]!;
    const inSample = fired.reduce((s, f) => s + f, 0) / fired.length;
    expect(result.risks[0]!.id).toBe('drift');
    // The sample holds the first 10,000 iterations; the fraction is over all 30,000. Both are
    // binomial with p = 0.25: 5 standard errors of their difference (about 0.022).
    expect(Math.abs(result.risks[0]!.firedFraction - inSample)).toBeLessThan(0.025);
    expect(Math.abs(result.risks[0]!.firedFraction - 0.25)).toBeLessThan(0.0125);
  });
});
