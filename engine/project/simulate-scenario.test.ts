import { beforeAll, describe, expect, it } from 'vitest';
import { finishDate, workingDaysUntil } from '../calendar/working-days.ts';
import { REFERENCE_CLASS_SHOCK } from '../model/build-scenario.ts';
import type { ScenarioResult } from './project-result.ts';
import { categories } from './scenario-schema.ts';
import { calendarOf, simulateScenario } from './simulate-scenario.ts';
import {
  ITERATIONS,
  newProject,
  registry,
  run,
  SEED,
  templateIds,
  withSettings,
} from '../../test/fixtures/projects.ts';

const summaryKeys = ['mean', 'sd', 'min', 'p10', 'p50', 'p80', 'p90', 'max'];
const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** Every number anywhere in `value` is finite (no NaN or Infinity would survive JSON). */
function allFinite(value: unknown, path = 'result'): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [path];
  if (Array.isArray(value)) return value.flatMap((v, i) => allFinite(v, `${path}[${i}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => allFinite(v, `${path}.${k}`));
  return [];
}

describe('simulateScenario result', () => {
  const project = withSettings(newProject('churn'), (s) => {
    s.budget = 500_000;
    s.deadline = '2026-10-30';
    s.horizonMonths = 18;
  });
  let result: ScenarioResult;
  beforeAll(() => {
    result = simulateScenario(project, 'baseline', registry, {
      iterations: ITERATIONS,
      seed: SEED,
    });
  });

  it('carries the DESIGN §3 keys of a project simulation', () => {
    expect(result).toMatchObject({
      iterations: ITERATIONS,
      seed: SEED,
      scenario: { id: 'baseline', name: 'Baseline', template: 'churn' },
      duration: { unit: 'working days' },
      cost: { currency: 'USD' },
    });
    expect(typeof result.engineVersion).toBe('string');
    for (const key of ['duration', 'cost', 'tco', 'hiddenShare'] as const)
      expect(Object.keys(result[key]!), key).toEqual(expect.arrayContaining(summaryKeys));
    expect(Object.keys(result.criticality).sort()).toEqual(
      result.built.tasks.map((t) => t.id).sort(),
    );
    expect(result.sensitivity.cost.length).toBeGreaterThan(0);
    expect(allFinite({ ...result, built: undefined })).toEqual([]);
  });

  it('gives launch dates per percentile as ISO working days, in order', () => {
    const { finish } = result;
    expect(Object.keys(finish)).toEqual(['p10', 'p50', 'p80', 'p90']);
    const calendar = calendarOf(project);
    for (const key of ['p10', 'p50', 'p80', 'p90'] as const) {
      expect(finish[key]).toMatch(isoDate);
      expect(finish[key]).toBe(finishDate(calendar, result.duration[key]));
      expect([0, 6]).not.toContain(new Date(`${finish[key]}T00:00:00Z`).getUTCDay());
    }
    expect(finish.p10 <= finish.p50 && finish.p50 <= finish.p80 && finish.p80 <= finish.p90).toBe(
      true,
    );
    expect(result.startDate).toBe('2026-03-09');
  });

  it('splits the cost by category, running costs included', () => {
    expect(Object.keys(result.costByCategory).sort()).toEqual([...categories, 'running'].sort());
    for (const summary of Object.values(result.costByCategory))
      expect(Object.keys(summary)).toEqual(expect.arrayContaining(summaryKeys));
    // The build categories add up to the build cost, iteration by iteration, so in the mean.
    const build = categories.reduce((sum, c) => sum + result.costByCategory[c]!.mean, 0);
    expect(build).toBeCloseTo(result.cost.mean, 0);
    expect(result.costByCategory['running']!.mean).toBeCloseTo(result.runCost!.mean, 6);
  });

  it('reports the hidden share, running costs per month, TCO and the no-go chance', () => {
    const hidden = result.hiddenShare!;
    expect(hidden.min).toBeGreaterThanOrEqual(0);
    expect(hidden.max).toBeLessThanOrEqual(1);
    // Hidden = everything but the model work (DESIGN §2).
    const visible = result.costByCategory['model']!.mean / result.cost.mean;
    expect(hidden.mean).toBeGreaterThan(1 - visible - 0.05);
    expect(hidden.mean).toBeLessThan(1 - visible + 0.05);

    expect(result.runCostPerMonth).toHaveLength(18);
    expect(result.runCostPerMonth!.map((m) => m.month)).toEqual(
      Array.from({ length: 18 }, (_, i) => i + 1),
    );
    const monthly = result.runCostPerMonth!.reduce((sum, m) => sum + m.mean, 0);
    expect(monthly).toBeCloseTo(result.runCost!.mean, 0);
    expect(result.tco!.mean).toBeCloseTo(result.cost.mean + result.runCost!.mean, 0);

    expect(result.noGo).toBeGreaterThan(0);
    expect(result.noGo).toBeLessThan(1);
    expect(result.costIfStopped!.mean).toBeLessThan(result.cost.mean);
  });

  it('tests the budget and the deadline', () => {
    expect(result.deadlineWorkingDays).toBe(workingDaysUntil(calendarOf(project), '2026-10-30'));
    const { withinBudget, withinDeadline, both } = result.probabilities;
    for (const p of [withinBudget, withinDeadline, both]) {
      expect(p).toBeGreaterThanOrEqual(0);
      expect(p).toBeLessThanOrEqual(1);
    }
    expect(both).toBeLessThanOrEqual(Math.min(withinBudget!, withinDeadline!));
  });

  it('gives identical numbers for the same seed, and others for another seed', () => {
    const again = simulateScenario(project, 'baseline', registry, {
      iterations: ITERATIONS,
      seed: SEED,
    });
    expect(again).toEqual(result);
    const other = simulateScenario(project, 'baseline', registry, {
      iterations: ITERATIONS,
      seed: SEED + 1,
      detail: 'headline',
    });
    expect(other.cost.mean).not.toBe(result.cost.mean);
  });

  it('uses the project’s iterations and seed when not overridden', () => {
    const small = withSettings(project, (s) => {
      s.iterations = 500;
      s.seed = 42;
    });
    const r = simulateScenario(small, undefined, registry, { detail: 'headline' });
    expect(r).toMatchObject({ iterations: 500, seed: 42 });
  });
});

describe('reference-class uplift', () => {
  // The data sheet (reference/ml-cost-facts.md §2): each phase ×0.92 on average, and with
  // p ≈ 0.17 a black swan of about ×3 cost and ×1.7 schedule, so the mean cost of labor rises by
  // 0.83 × 0.92 + 0.17 × 3 ≈ ×1.27 and the mean duration by 0.83 × 0.92 + 0.17 × 1.7 ≈ ×1.05.
  // One-off costs (labels, compute) are not scaled by 0.92, only by the shock's cost draw (≈ ×1.76
  // on top of the schedule), so a plan's factor may lie a little below 1.27. The band [1.15, 1.40]
  // allows that and Monte Carlo noise: with 2,000 iterations the shocked share alone moves by
  // √(0.17 × 0.83 / 2000) ≈ 0.008, about ±0.02 on the factor, and the band is six times wider.
  // (The seed is fixed, so the run is deterministic; the band is what a change of the engine's
  // streams may move it by without being wrong.)

  it.each(templateIds)(
    '%s: mean cost ×1.15–1.40, duration ×1.0–1.12, about one plan in six shocked',
    (id) => {
      const plain = newProject(id);
      const base = run(plain);
      const uplifted = run(withSettings(plain, (s) => (s.referenceClassUplift = true)));
      const costFactor = uplifted.cost.mean / base.cost.mean;
      expect(costFactor).toBeGreaterThan(1.15);
      expect(costFactor).toBeLessThan(1.4);
      const durationFactor = uplifted.duration.mean / base.duration.mean;
      expect(durationFactor).toBeGreaterThan(1.0);
      expect(durationFactor).toBeLessThan(1.12);
      // Binomial standard error at 2,000 iterations ≈ 0.008: ±0.03 is almost four of them.
      expect(uplifted.shockFraction).toBeGreaterThan(REFERENCE_CLASS_SHOCK.probability - 0.03);
      expect(uplifted.shockFraction).toBeLessThan(REFERENCE_CLASS_SHOCK.probability + 0.03);
      expect(base.shockFraction).toBeUndefined();
      // The outside view is about building the project; running costs are left alone.
      expect(uplifted.runCost!.mean).toBeCloseTo(base.runCost!.mean, 6);
    },
  );

  it('uses the data sheet’s shock: p = 0.17 and schedule, cost lognormal', () => {
    expect(REFERENCE_CLASS_SHOCK.probability).toBeCloseTo(0.17, 2);
    expect(REFERENCE_CLASS_SHOCK.otherwise).toBe(0.92);
    const built = simulateScenario(
      withSettings(newProject('churn'), (s) => (s.referenceClassUplift = true)),
      undefined,
      registry,
      { iterations: 100, seed: 1, detail: 'headline' },
    ).built;
    expect(built.network.shock).toEqual(REFERENCE_CLASS_SHOCK);
  });
});
