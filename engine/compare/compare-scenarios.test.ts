import { describe, expect, it } from 'vitest';
import { moments } from '../distributions/moments.ts';
import { FathomInputError } from '../errors.ts';
import type { Project } from '../project/project-schema.ts';
import type { ScenarioResult } from '../project/project-result.ts';
import { duplicateScenario, setBaseline } from '../project/scenario-operations.ts';
import { parseProject } from '../project/load-project.ts';
import { simulateScenario } from '../project/simulate-scenario.ts';
import { compareScenarioResults } from './compare-results.ts';
import { compareScenarios } from './compare-scenarios.ts';
import type { ScenarioComparison } from './comparison.ts';
import { ITERATIONS, newProject, registry, SEED } from '../../test/fixtures/projects.ts';

/** cv-edge labels 30,000 images by a vendor; the copy labels them in house. */
function vendorVsInHouse(): Project {
  const first = newProject('cv-edge');
  const project = duplicateScenario(first, first.scenarios[0]!.id, 'In-house labeling');
  const copy = project.scenarios[1]!;
  expect(copy.inputs.labels.mode).toBe('vendor');
  project.scenarios[1] = {
    ...copy,
    inputs: { ...copy.inputs, labels: { ...copy.inputs.labels, mode: 'in-house' } },
  };
  return {
    ...project,
    settings: { ...project.settings, budget: 900_000, deadline: '2026-12-31' },
  };
}

/** Every number a comparison reports against the baseline. */
function deltas(s: ScenarioComparison): number[] {
  return [
    s.cost.p50.delta.absolute,
    s.cost.p80.delta.absolute,
    s.finish.p50.delta.workingDays,
    s.finish.p50.delta.calendarDays,
    s.finish.p80.delta.workingDays,
    s.finish.p80.delta.calendarDays,
    s.hiddenShareP50.delta.absolute,
    s.tco.p50.delta.absolute,
    s.tco.p80.delta.absolute,
    s.withinBudget?.delta.absolute ?? 0,
    s.byDeadline?.delta.absolute ?? 0,
    s.noGo?.delta.absolute ?? 0,
    ...Object.values(s.costByCategory).map((c) => c.delta.absolute),
  ];
}

describe('common random numbers', () => {
  it('two identical scenarios differ by exactly 0 in every delta and S-curve', () => {
    const first = newProject('churn');
    const project = duplicateScenario(first, first.scenarios[0]!.id);
    const comparison = compareScenarios(project, registry, { iterations: ITERATIONS, seed: SEED });
    const [base, copy] = comparison.scenarios;
    expect(base!.isBaseline).toBe(true);
    expect(copy!.isBaseline).toBe(false);
    for (const value of deltas(copy!)) expect(value).toBe(0);
    expect(copy!.sCurve).toStrictEqual(base!.sCurve);
  });

  it('tasks two scenarios share draw the same numbers, whatever else differs', () => {
    const project = vendorVsInHouse();
    // An extra task in the copy: a new random stream must not shift the others'.
    const copy = project.scenarios[1]!;
    project.scenarios[1] = {
      ...copy,
      extraTasks: [{ ...extraTask('security-review'), dependsOn: ['labeling'] }],
    };
    const [a, b] = project.scenarios.map((s) =>
      simulateScenario(project, s.id, registry, { iterations: ITERATIONS, seed: SEED }),
    ) as [ScenarioResult, ScenarioResult];
    const builtA = new Map(a.built.network.tasks.map((t) => [t.id, JSON.stringify(t)]));
    const sameInput = b.built.network.tasks.filter((t) => builtA.get(t.id) === JSON.stringify(t));
    // Only labeling changed (its duration and fees); the added task is new.
    expect(b.built.network.tasks.length - sameInput.length).toBe(2);
    const statsA = new Map(a.tasks.map((t) => [t.id, t.duration]));
    for (const task of sameInput) {
      expect(b.tasks.find((t) => t.id === task.id)!.duration, task.id).toStrictEqual(
        statsA.get(task.id),
      );
    }
  });
});

function extraTask(id: string) {
  return {
    id,
    name: 'Security review',
    phase: 'deployment',
    category: 'productionization' as const,
    roles: [],
    duration: { type: 'pert' as const, min: 3, mode: 5, max: 10 },
    dependsOn: [],
    fixedCost: 0,
  };
}

describe('vendor vs in-house labeling', () => {
  const project = vendorVsInHouse();
  const comparison = compareScenarios(project, registry, { iterations: ITERATIONS, seed: SEED });
  const [vendor, inHouse] = comparison.scenarios as [ScenarioComparison, ScenarioComparison];

  it('in house costs more and launches later, at P50 and P80', () => {
    expect(vendor.isBaseline).toBe(true);
    for (const value of [
      inHouse.cost.p50.delta.absolute,
      inHouse.cost.p80.delta.absolute,
      inHouse.finish.p50.delta.workingDays,
      inHouse.finish.p80.delta.workingDays,
      inHouse.tco.p50.delta.absolute,
      inHouse.costByCategory['data']!.delta.absolute,
    ]) {
      expect(value).toBeGreaterThan(0);
    }
    expect(inHouse.withinBudget!.delta.absolute).toBeLessThanOrEqual(0);
    expect(inHouse.byDeadline!.delta.absolute).toBeLessThanOrEqual(0);
    // Calendar days include weekends: at least as many as working days.
    expect(inHouse.finish.p50.delta.calendarDays).toBeGreaterThanOrEqual(
      inHouse.finish.p50.delta.workingDays,
    );
    expect(inHouse.cost.p50.delta.relative).toBeCloseTo(
      inHouse.cost.p50.delta.absolute / vendor.cost.p50.value,
      12,
    );
  });

  it('by as much as the model says: fees, the dedicated team over the longer schedule, and risks', () => {
    // Per iteration, in-house changes the plan in three ways (common random numbers keep all
    // else equal): the labeling fees, the labeling time (the dedicated team is paid for every
    // day the launch slips), and the labeling risks, whose costs are shares of the fees.
    // Expected: Δ one-off costs + team day rate × Δ mean duration + Δ expected risk cost.
    const [a, b] = project.scenarios.map((s) =>
      simulateScenario(project, s.id, registry, { iterations: ITERATIONS, seed: SEED }),
    ) as [ScenarioResult, ScenarioResult];
    const oneOff = (r: ScenarioResult) =>
      r.built.network.tasks.reduce((sum, t) => sum + (t.fixedCost as number), 0);
    const riskCost = (r: ScenarioResult) =>
      (r.built.network.risks ?? []).reduce(
        (sum, k) => sum + k.probability * (k.cost ? moments(k.cost).mean : 0),
        0,
      );
    const teamPerDay = (a.built.network.spanCharges ?? []).reduce((s, c) => s + c.ratePerDay, 0);
    const expected =
      oneOff(b) -
      oneOff(a) +
      teamPerDay * (b.duration.mean - a.duration.mean) +
      riskCost(b) -
      riskCost(a);
    // The mean build cost is the sum of the categories' means (running costs apart).
    const meanDelta = Object.entries(inHouse.costByCategory)
      .filter(([category]) => category !== 'running')
      .reduce((sum, [, c]) => sum + c.delta.absolute, 0);
    expect(meanDelta).toBeCloseTo(b.cost.mean - a.cost.mean, 6);
    // The risk term is an expectation while the run samples whether risks fire; 2% covers that
    // sampling error at 2,000 iterations (observed: 0.04% at 4,000).
    expect(Math.abs(meanDelta - expected) / expected).toBeLessThan(0.02);
    // P50 moves with the mean when the whole distribution shifts.
    expect(inHouse.cost.p50.delta.absolute / meanDelta).toBeGreaterThan(0.8);
    expect(inHouse.cost.p50.delta.absolute / meanDelta).toBeLessThan(1.2);
  });
});

describe('the comparison table', () => {
  it('lists scenarios in the project order, with every category side by side', () => {
    const project = setBaseline(vendorVsInHouse(), vendorVsInHouse().scenarios[1]!.id);
    const comparison = compareScenarios(project, registry, { iterations: 500, seed: 3 });
    expect(comparison.baselineId).toBe(project.scenarios[1]!.id);
    expect(comparison.scenarios.map((s) => s.isBaseline)).toEqual([false, true]);
    expect(comparison.categories.slice(0, 5)).toEqual([
      'model',
      'data',
      'productionization',
      'mlops',
      'management',
    ]);
    for (const s of comparison.scenarios) {
      expect(Object.keys(s.costByCategory)).toEqual(comparison.categories);
      expect(s.sCurve.cost.length).toBeGreaterThan(10);
      expect(s.sCurve.finish[0]!.date >= comparison.startDate).toBe(true);
    }
    expect(comparison).toMatchObject({ iterations: 500, seed: 3, budget: 900_000 });
  });

  it('compares a selection, always with the baseline, and names unknown ids', () => {
    const first = newProject('churn');
    let project = duplicateScenario(first, first.scenarios[0]!.id);
    project = duplicateScenario(project, project.scenarios[1]!.id);
    const ids = project.scenarios.map((s) => s.id);
    const comparison = compareScenarios(project, registry, {
      iterations: 200,
      scenarioIds: [ids[2]!],
    });
    expect(comparison.scenarios.map((s) => s.id)).toEqual([ids[0], ids[2]]);
    expect(() => compareScenarios(project, registry, { scenarioIds: ['nope'] })).toThrow(
      FathomInputError,
    );
    expect(() => compareScenarios(project, registry, { baselineId: 'nope' })).toThrow(
      FathomInputError,
    );
  });

  it('no budget and no deadline: those probabilities are null', () => {
    const comparison = compareScenarios(newProject('churn'), registry, { iterations: 200 });
    expect(comparison.scenarios[0]!.withinBudget).toBeNull();
    expect(comparison.scenarios[0]!.byDeadline).toBeNull();
    expect(comparison).not.toHaveProperty('budget');
  });

  it('compareScenarioResults refuses results of unequal runs and a missing baseline', () => {
    const project = duplicateScenario(newProject('churn'), 'baseline');
    const a = simulateScenario(project, 'baseline', registry, { iterations: 200, seed: 1 });
    const b = simulateScenario(project, 'baseline-copy', registry, { iterations: 200, seed: 2 });
    expect(() => compareScenarioResults(project, [a, b])).toThrow(/same/);
    expect(() => compareScenarioResults(project, [b], 'baseline')).toThrow(FathomInputError);
  });

  it('ids such as "constructor" and "toString" load, simulate and compare like any other', () => {
    const project = newProject('churn');
    const base = project.scenarios[0]!;
    const file = {
      ...project,
      baseline: 'constructor',
      scenarios: [
        {
          ...base,
          id: 'constructor',
          risks: [{ id: 'toString', probability: 0.5, cost: { type: 'fixed', value: 1000 } }],
        },
        {
          ...base,
          id: 'hasOwnProperty',
          name: 'Other',
          extraTasks: [{ id: 'valueOf', name: 'valueOf', duration: { type: 'fixed', value: 2 } }],
        },
      ],
    };
    const loaded = parseProject(JSON.stringify(file));
    const comparison = compareScenarios(loaded, registry, { iterations: 200, seed: 1 });
    expect(comparison.baselineId).toBe('constructor');
    expect(comparison.scenarios.map((s) => s.id)).toEqual(['constructor', 'hasOwnProperty']);
    expect(comparison.scenarios[1]!.finish.p50.delta.workingDays).toBeGreaterThanOrEqual(0);
  });
});
