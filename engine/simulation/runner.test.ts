import { describe, expect, it } from 'vitest';
import { exactCdf, standardNormalCdf } from '../../test/helpers/exact-cdf.ts';
import { fixed, pert, runSamples, uniform } from '../../test/helpers/networks.ts';
import { proportionSe } from '../../test/helpers/sample-stats.ts';
import { ENGINE_VERSION } from '../constants.ts';
import type { Distribution } from '../distributions/distribution.ts';
import { moments } from '../distributions/moments.ts';
import { FathomInputError } from '../errors.ts';
import type { Network } from '../network/network.ts';
import type { Summary } from '../statistics/summary.ts';
import {
  createInProcessRunner,
  simulate,
  SimulationCancelled,
  type CancelToken,
} from './runner.ts';

/** Every statistic of a summary, for "all percentiles equal x" checks. */
function values(summary: Summary): number[] {
  const { mean, min, p10, p50, p80, p90, max } = summary;
  return [mean, min, p10, p50, p80, p90, max];
}

/**
 * A diamond with a side task, all fixed: start(2) → {short(3), long(5)} → end(1), plus side(4)
 * after start. Critical path start → long → end = 8 days; short has 2 days of float, side 2.
 */
const diamond: Network = {
  tasks: [
    { id: 'start', duration: fixed(2), rate: 100 },
    { id: 'short', duration: fixed(3), dependsOn: ['start'], rate: 200, fixedCost: 50 },
    { id: 'long', duration: fixed(5), dependsOn: ['start'], rate: 300 },
    {
      id: 'end',
      duration: fixed(1),
      dependsOn: ['short', 'long'],
      rate: 400,
      fixedCost: fixed(25),
    },
    { id: 'side', duration: fixed(4), dependsOn: ['start'] },
  ],
};

describe('simulate: fixed networks are deterministic', () => {
  const result = simulate(diamond, { iterations: 5000, seed: 1 });

  it('gives the critical-path length at every percentile, with no spread', () => {
    expect(values(result.duration)).toEqual(Array(7).fill(8));
    expect(result.duration.sd).toBe(0);
    expect(result.duration.unit).toBe('working days');
  });

  it('marks exactly the critical path as critical, in every iteration', () => {
    expect(result.criticality).toEqual({ start: 1, short: 0, long: 1, end: 1, side: 0 });
  });

  it('marks both of two equally long parallel paths critical', () => {
    const tie = simulate(
      {
        tasks: [
          { id: 'a', duration: fixed(2) },
          { id: 'b', duration: fixed(3), dependsOn: ['a'] },
          { id: 'c', duration: fixed(1) },
          { id: 'd', duration: fixed(4), dependsOn: ['c'] },
          // 0.1 + 0.2 ≠ 0.3 in floating point: a tie up to rounding still counts as a tie.
          { id: 'e', duration: fixed(0.1) },
          { id: 'f', duration: fixed(0.2), dependsOn: ['e'] },
          { id: 'g', duration: fixed(0.3) },
          { id: 'h', duration: fixed(4.7), dependsOn: ['f', 'g'] },
          { id: 'off', duration: fixed(1), dependsOn: ['a'] },
        ],
      },
      { iterations: 3000, seed: 2 },
    );
    expect(tie.duration.p50).toBe(5);
    expect(tie.criticality).toEqual({
      a: 1,
      b: 1,
      c: 1,
      d: 1,
      e: 1,
      f: 1,
      g: 1,
      h: 1,
      off: 0,
    });
  });

  it('costs duration × rate + fixed cost per task', () => {
    // 2·100 + (3·200 + 50) + 5·300 + (1·400 + 25) + 4·0 = 2775.
    expect(values(result.cost)).toEqual(Array(7).fill(2775));
    expect(result.cost.currency).toBe('USD');
    expect(result.costByCategory['uncategorized']!.p50).toBe(2775);
  });

  it('splits cost by category and reports per-task schedule statistics', () => {
    const r = simulate(
      {
        tasks: diamond.tasks.map((t) => ({
          ...t,
          category: t.id === 'long' ? 'model' : 'data',
          phase: t.id === 'end' ? 'ship' : 'build',
        })),
      },
      { iterations: 100, seed: 1 },
    );
    expect(r.costByCategory['model']!.mean).toBe(1500);
    expect(r.costByCategory['data']!.mean).toBe(1275);
    const long = r.tasks.find((t) => t.id === 'long')!;
    expect(long).toMatchObject({
      category: 'model',
      phase: 'build',
      criticality: 1,
      duration: { mean: 5, p50: 5, p80: 5 },
      start: { p50: 2 },
      finish: { p50: 7 },
      cost: { p50: 1500 },
    });
    const ship = r.phases.find((p) => p.name === 'ship')!;
    expect(ship).toMatchObject({ start: { p50: 7 }, finish: { p50: 8 }, cost: { p50: 425 } });
  });

  it('reports what was run', () => {
    expect(result).toMatchObject({
      iterations: 5000,
      seed: 1,
      engineVersion: ENGINE_VERSION,
      mitigated: false,
      probabilities: {},
    });
  });
});

describe('simulate: drivers', () => {
  it('multiplies the durations (and so the labour cost) of the tasks they apply to', () => {
    const r = simulate(
      {
        tasks: [
          { id: 'a', duration: fixed(3), rate: 10 },
          { id: 'b', duration: fixed(4), dependsOn: ['a'], rate: 10, fixedCost: 7 },
        ],
        drivers: [{ id: 'messy-data', multiplier: fixed(2), tasks: ['b'] }],
      },
      { iterations: 1000, seed: 1 },
    );
    expect(values(r.duration)).toEqual(Array(7).fill(3 + 8));
    // The fixed cost is not a duration: the driver leaves it alone.
    expect(values(r.cost)).toEqual(Array(7).fill(30 + 80 + 7));
  });

  it('doubles every draw of an uncertain task exactly (common random numbers)', () => {
    const tasks = [{ id: 'a', duration: pert(2, 5, 13) }];
    const options = { iterations: 5000, seed: 9 };
    const plain = runSamples({ tasks }, options).samples;
    const doubled = runSamples(
      { tasks, drivers: [{ id: 'x2', multiplier: fixed(2), tasks: ['a'] }] },
      options,
    ).samples;
    // The task draws from a stream keyed by its id, so the driver changes nothing but the factor;
    // doubling is exact in floating point.
    expect(doubled.duration.every((d, i) => d === 2 * plain.duration[i]!)).toBe(true);
  });

  it('shows in the sensitivity ranking, strongest first', () => {
    const r = simulate(
      {
        tasks: [
          { id: 'clean', duration: pert(5, 10, 20) },
          { id: 'label', duration: pert(5, 10, 20), dependsOn: ['clean'] },
          { id: 'docs', duration: pert(1, 1.5, 2), dependsOn: ['label'] },
        ],
        drivers: [
          {
            id: 'quality',
            multiplier: { type: 'lognormal', p5: 0.5, p95: 3 },
            tasks: ['clean', 'label'],
          },
        ],
      },
      { iterations: 10_000, seed: 4 },
    );
    const driver = r.sensitivity.duration.find((e) => e.id === 'quality')!;
    expect(driver).toMatchObject({ kind: 'driver', name: 'quality' });
    // The multiplier's CV (~0.6) dwarfs the two tasks' own (~0.16): it drives the duration.
    expect(driver.rho).toBeGreaterThan(0.9);
    expect(r.sensitivity.duration.at(-1)!.id).toBe('docs');
    const strengths = r.sensitivity.duration.map((e) => Math.abs(e.rho));
    expect(strengths).toEqual([...strengths].sort((a, b) => b - a));
    expect(r.sensitivity.sampleSize).toBe(10_000);
  });
});

describe('simulate: risks', () => {
  const base = { id: 'train', duration: fixed(5), rate: 100 };

  it('adds the delay (billed at the task rate) and the cost of a risk with probability 1', () => {
    const r = simulate(
      {
        tasks: [base],
        risks: [{ id: 'r', probability: 1, task: 'train', delay: fixed(2), cost: fixed(300) }],
      },
      { iterations: 2000, seed: 1 },
    );
    expect(values(r.duration)).toEqual(Array(7).fill(7));
    expect(values(r.cost)).toEqual(Array(7).fill(7 * 100 + 300));
    expect(r.risks).toEqual([{ id: 'r', name: 'r', firedFraction: 1 }]);
  });

  it('changes nothing with probability 0', () => {
    const r = simulate(
      {
        tasks: [base],
        risks: [{ id: 'r', probability: 0, task: 'train', delay: fixed(2), cost: fixed(300) }],
      },
      { iterations: 2000, seed: 1 },
    );
    expect(values(r.duration)).toEqual(Array(7).fill(5));
    expect(values(r.cost)).toEqual(Array(7).fill(500));
    expect(r.risks[0]!.firedFraction).toBe(0);
  });

  it('counts the cost of a risk without a task under "risk"', () => {
    const r = simulate(
      { tasks: [base], risks: [{ id: 'fine', probability: 1, cost: fixed(1000) }] },
      { iterations: 100, seed: 1 },
    );
    expect(r.cost.p50).toBe(1500);
    expect(r.costByCategory['risk']!.p50).toBe(1000);
    expect(r.duration.p50).toBe(5);
  });

  it('fires with its probability', () => {
    const n = 100_000;
    const r = simulate(
      { tasks: [base], risks: [{ id: 'r', probability: 0.3, task: 'train', delay: fixed(1) }] },
      { iterations: n, seed: 5, detail: 'headline' },
    );
    // Binomial proportion: 5 standard errors (±0.0072 at n = 100k).
    expect(Math.abs(r.risks[0]!.firedFraction - 0.3)).toBeLessThan(5 * proportionSe(0.3, n));
  });

  it('uses the post-mitigation probability and adds the mitigation cost when mitigated', () => {
    const network: Network = {
      tasks: [base],
      risks: [
        {
          id: 'r',
          probability: 1,
          task: 'train',
          delay: fixed(2),
          cost: fixed(300),
          mitigation: { probability: 0, cost: 50 },
        },
      ],
    };
    const before = simulate(network, { iterations: 1000, seed: 1 });
    const after = simulate(network, { iterations: 1000, seed: 1, mitigated: true });
    expect(before.mitigated).toBe(false);
    expect(after.mitigated).toBe(true);
    expect(before.cost.p50).toBe(1000);
    expect(values(after.duration)).toEqual(Array(7).fill(5));
    // The mitigation is paid whether or not the risk would have fired.
    expect(values(after.cost)).toEqual(Array(7).fill(500 + 50));
    expect(after.risks[0]!.firedFraction).toBe(0);
  });

  it('fires a mitigated risk with the mitigated probability', () => {
    const n = 100_000;
    const r = simulate(
      {
        tasks: [base],
        risks: [
          {
            id: 'r',
            probability: 0.6,
            task: 'train',
            delay: fixed(1),
            mitigation: { probability: 0.1, cost: 0 },
          },
        ],
      },
      { iterations: n, seed: 6, mitigated: true, detail: 'headline' },
    );
    // 5 standard errors of a proportion at p = 0.1: ±0.0047.
    expect(Math.abs(r.risks[0]!.firedFraction - 0.1)).toBeLessThan(5 * proportionSe(0.1, n));
  });

  it('shortens a task with an opportunity (negative delay), never below zero', () => {
    const run = (delay: number) =>
      simulate(
        { tasks: [base], risks: [{ id: 'o', probability: 1, task: 'train', delay: fixed(delay) }] },
        { iterations: 500, seed: 1 },
      );
    expect(run(-2).duration.p50).toBe(3);
    expect(run(-2).cost.p50).toBe(300);
    expect(values(run(-10).duration)).toEqual(Array(7).fill(0));
    // Nothing is billed for a negative duration.
    expect(values(run(-10).cost)).toEqual(Array(7).fill(0));
  });

  it('lowers the cost with a negative cost impact (an opportunity)', () => {
    const r = simulate(
      { tasks: [base], risks: [{ id: 'grant', probability: 1, cost: fixed(-200) }] },
      { iterations: 100, seed: 1 },
    );
    expect(r.cost.p50).toBe(300);
  });
});

describe('simulate: uncertain networks against closed forms', () => {
  it('serial chain: the mean duration is the sum of the means', () => {
    const chain: Distribution[] = [
      pert(1, 3, 9),
      { type: 'lognormal', p5: 3, p95: 8 },
      uniform(2, 6),
      { type: 'triangular', min: 1, mode: 2, max: 6 },
      { type: 'normal', p5: 10, p95: 20 },
    ];
    const n = 100_000;
    const r = simulate(
      {
        tasks: chain.map((duration, i) => ({
          id: `t${i}`,
          duration,
          dependsOn: i ? [`t${i - 1}`] : [],
        })),
      },
      { iterations: n, seed: 11, detail: 'headline' },
    );
    const mean = chain.reduce((s, d) => s + moments(d).mean, 0);
    const variance = chain.reduce((s, d) => s + moments(d).variance, 0);
    // Independent tasks: the sum's sd is √(Σ variances); 5 standard errors of the mean, sd/√n.
    // (The normal task's mass below 0 is 1e-8: clamping does not move the mean measurably.)
    expect(Math.abs(r.duration.mean - mean)).toBeLessThan(5 * Math.sqrt(variance / n));
    expect(r.duration.sd).toBeCloseTo(Math.sqrt(variance), 1);
  });

  it('parallel branches: the finish is the later one, above the longest mean path', () => {
    const a = pert(2, 5, 14);
    const b = uniform(3, 9);
    const n = 100_000;
    const r = simulate(
      {
        tasks: [
          { id: 'a', duration: a },
          { id: 'b', duration: b },
        ],
      },
      { iterations: n, seed: 12, detail: 'headline' },
    );
    // E[max(A, B)] = ∫ (1 − F_A(x)·F_B(x)) dx over [0, 14], by Simpson's rule on 2,000 panels
    // (error far below 1e-6).
    const [fa, fb] = [exactCdf(a), exactCdf(b)];
    const panels = 2000;
    const h = 14 / panels;
    let integral = 0;
    for (let k = 0; k <= panels; k++) {
      const weight = k === 0 || k === panels ? 1 : k % 2 ? 4 : 2;
      integral += weight * (1 - fa(k * h) * fb(k * h));
    }
    const expectedMax = (integral * h) / 3;
    // Merge bias: the expected finish exceeds both branches' means (6 and 6).
    expect(expectedMax).toBeGreaterThan(6.5);
    // 5 standard errors of the mean, sd/√n, with the run's own sd.
    expect(Math.abs(r.duration.mean - expectedMax)).toBeLessThan(
      (5 * r.duration.sd) / Math.sqrt(n),
    );
    expect(r.duration.min).toBeGreaterThanOrEqual(3);
    expect(r.duration.max).toBeLessThanOrEqual(14);
  });

  it('parallel branches: each is critical when it finishes last', () => {
    const n = 100_000;
    const r = simulate(
      {
        tasks: [
          { id: 'a', duration: uniform(0, 10) },
          { id: 'b', duration: fixed(3) },
        ],
      },
      { iterations: n, seed: 13, detail: 'headline' },
    );
    // P(a > 3) = 0.7; 5 standard errors of a proportion (±0.0072).
    expect(Math.abs(r.criticality['a']! - 0.7)).toBeLessThan(5 * proportionSe(0.7, n));
    // Exactly one of the two is critical in every iteration (a tie has probability 0).
    expect(r.criticality['a']! + r.criticality['b']!).toBeCloseTo(1, 12);
  });

  it('clamps durations below zero to zero', () => {
    // normal(p5 −10, p95 2): μ = −4, σ = 12/(2·1.6449). E[max(X, 0)] = μΦ(μ/σ) + σφ(μ/σ).
    const n = 100_000;
    const r = simulate(
      { tasks: [{ id: 'a', duration: { type: 'normal', p5: -10, p95: 2 } }] },
      { iterations: n, seed: 14, detail: 'headline' },
    );
    const mu = -4;
    const sigma = 12 / (2 * 1.6448536269514722);
    const phi = Math.exp(-((mu / sigma) ** 2) / 2) / Math.sqrt(2 * Math.PI);
    const expected = mu * standardNormalCdf(mu / sigma) + sigma * phi;
    expect(r.duration.min).toBe(0);
    expect(r.duration.p50).toBe(0);
    // 5 standard errors of the mean with the run's own sd.
    expect(Math.abs(r.duration.mean - expected)).toBeLessThan((5 * r.duration.sd) / Math.sqrt(n));
  });

  it('clamps durations below zero to zero (per iteration)', () => {
    const { samples } = runSamples(
      { tasks: [{ id: 'a', duration: { type: 'normal', p5: -10, p95: 2 } }] },
      { iterations: 50_000, seed: 14 },
    );
    expect(samples.duration.every((d) => d >= 0)).toBe(true);
    const zeros = samples.duration.filter((d) => d === 0).length;
    // P(X < 0) = Φ(4/σ) = 0.7135…; 5 standard errors of a proportion.
    const p = standardNormalCdf(4 / (12 / (2 * 1.6448536269514722)));
    expect(Math.abs(zeros / 50_000 - p)).toBeLessThan(5 * proportionSe(p, 50_000));
  });
});

describe('simulate: options', () => {
  it('rejects bad options with FathomInputError naming the option', () => {
    const tasks = [{ id: 'a', duration: fixed(1) }];
    const issue = (options: Parameters<typeof simulate>[1]) => {
      try {
        simulate({ tasks }, options);
      } catch (error) {
        expect(error).toBeInstanceOf(FathomInputError);
        return (error as FathomInputError).issues.map((i) => i.path);
      }
      return [];
    };
    expect(issue({ iterations: 0, seed: 1 })).toEqual(['iterations']);
    expect(issue({ iterations: 1.5, seed: 1 })).toEqual(['iterations']);
    expect(issue({ iterations: 10_000_001, seed: 1 })).toEqual(['iterations']);
    expect(issue({ iterations: 10, seed: -1 })).toEqual(['seed']);
    expect(issue({ iterations: 10, seed: 0.5 })).toEqual(['seed']);
    expect(issue({ iterations: 10, seed: 1, budget: -1 })).toEqual(['budget']);
    expect(issue({ iterations: 10, seed: 1, deadline: Number.NaN })).toEqual(['deadline']);
    expect(issue({ iterations: 10, seed: 1, histogramBins: 0 })).toEqual(['histogramBins']);
    expect(issue({ iterations: 10, seed: 0 })).toEqual([]);
  });

  it('rejects an invalid network with FathomInputError', () => {
    expect(() => simulate({ tasks: [] }, { iterations: 10, seed: 1 })).toThrow(FathomInputError);
  });

  it('skips sensitivity and per-task statistics for a headline run', () => {
    const r = simulate(diamond, { iterations: 100, seed: 1, detail: 'headline' });
    expect(r.sensitivity).toEqual({ cost: [], duration: [], sampleSize: 0 });
    expect(r.tasks).toEqual([]);
    expect(r.criticality['long']).toBe(1);
  });
});

describe('createInProcessRunner', () => {
  const network: Network = {
    tasks: [
      { id: 'a', duration: pert(1, 2, 6), rate: 10 },
      { id: 'b', duration: { type: 'lognormal', p5: 2, p95: 9 }, dependsOn: ['a'], rate: 20 },
    ],
  };
  const options = { iterations: 20_000, seed: 3 };

  it('resolves to the same result as simulate', async () => {
    const direct = simulate(network, options);
    await expect(createInProcessRunner().simulate(network, options)).resolves.toEqual(direct);
    await expect(createInProcessRunner(1).simulate(network, options)).resolves.toEqual(direct);
  });

  it('reports increasing progress ending at 1', async () => {
    const fractions: number[] = [];
    // One block per chunk: 20,000 iterations are 10 blocks of 2,048, so 10 reports.
    await createInProcessRunner(1).simulate(network, options, {
      onProgress: (f) => fractions.push(f),
    });
    expect(fractions).toHaveLength(10);
    expect(fractions.at(-1)).toBe(1);
    fractions.forEach((f, i) => {
      expect(f).toBeGreaterThan(i === 0 ? 0 : fractions[i - 1]!);
      expect(f).toBeLessThanOrEqual(1);
    });
  });

  it('rejects with SimulationCancelled when cancelled before it starts', async () => {
    const cancel: CancelToken = { aborted: true };
    let progress = 0;
    await expect(
      createInProcessRunner().simulate(network, options, { cancel, onProgress: () => progress++ }),
    ).rejects.toBeInstanceOf(SimulationCancelled);
    expect(progress).toBe(0);
  });

  it('rejects with SimulationCancelled when cancelled between chunks', async () => {
    const token = { aborted: false };
    const fractions: number[] = [];
    const run = createInProcessRunner(1).simulate(network, options, {
      cancel: token,
      onProgress: (f) => {
        fractions.push(f);
        if (fractions.length === 3) token.aborted = true;
      },
    });
    await expect(run).rejects.toThrow(SimulationCancelled);
    expect(fractions).toHaveLength(3);
  });

  it('rejects (does not throw) on bad input', async () => {
    const runner = createInProcessRunner();
    let promise: Promise<unknown> | undefined;
    expect(() => {
      promise = runner.simulate(network, { iterations: -1, seed: 1 });
    }).not.toThrow();
    await expect(promise).rejects.toBeInstanceOf(FathomInputError);
    await expect(runner.simulate({ tasks: [] }, options)).rejects.toBeInstanceOf(FathomInputError);
  });
});
