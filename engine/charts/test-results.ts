/**
 * Results for the chart tests and previews: a real simulation of a built-in template, and the
 * degenerate shapes a result can take (all costs equal, nothing sensitive, no running cost).
 */
import { createProject } from '../project/create-project.ts';
import type { ScenarioResult } from '../project/project-result.ts';
import { simulateScenario } from '../project/simulate-scenario.ts';
import { createTemplateRegistry } from '../model/template-registry.ts';

const cache = new Map<string, ScenarioResult>();

/** A template's default project, started after 2026-11-28, simulated 2,000 times (cached). */
export function simulatedResult(template = 'churn', currency = 'USD'): ScenarioResult {
  const key = `${template}|${currency}`;
  let result = cache.get(key);
  if (!result) {
    const registry = createTemplateRegistry();
    const project = createProject(registry.get(template), { today: '2026-11-28', currency });
    result = simulateScenario(project, undefined, registry, { iterations: 2000 });
    cache.set(key, result);
  }
  return result;
}

/** Every simulation the same: one-bin histogram, flat S-curves, one launch date. */
export function constantResult(result: ScenarioResult, cost = result.cost.p50): ScenarioResult {
  const d = result.duration.p50;
  const flat = (v: number) => ({ mean: v, sd: 0, min: v, p10: v, p50: v, p80: v, p90: v, max: v });
  return {
    ...result,
    cost: { ...flat(cost), currency: result.cost.currency },
    duration: { ...flat(d), unit: 'working days' },
    histogram: {
      duration: [{ from: d, to: d, count: result.iterations, fraction: 1 }],
      cost: [{ from: cost, to: cost, count: result.iterations, fraction: 1 }],
    },
    sCurve: {
      cost: result.sCurve.cost.map((p) => ({ ...p, value: cost })),
      duration: result.sCurve.duration.map((p) => ({ ...p, value: d })),
    },
    finish: {
      p10: result.finish.p50,
      p50: result.finish.p50,
      p80: result.finish.p50,
      p90: result.finish.p50,
    },
    finishSCurve: result.finishSCurve.map((p) => ({ ...p, date: result.finish.p50 })),
    sensitivity: { ...result.sensitivity, cost: [], duration: [] },
    phases: result.phases.map((p) => ({
      ...p,
      start: { mean: p.start.p50, p50: p.start.p50, p80: p.start.p50 },
      finish: { mean: p.finish.p50, p50: p.finish.p50, p80: p.finish.p50 },
    })),
  };
}

/** Nothing at all: zero cost in every category, zero duration, no phases, no running cost. */
export function emptyResult(result: ScenarioResult): ScenarioResult {
  const zero = constantResult(result, 0);
  const none = { mean: 0, sd: 0, min: 0, p10: 0, p50: 0, p80: 0, p90: 0, max: 0 };
  return {
    ...zero,
    duration: { ...none, unit: 'working days' },
    sCurve: {
      cost: zero.sCurve.cost,
      duration: zero.sCurve.duration.map((p) => ({ ...p, value: 0 })),
    },
    costByCategory: Object.fromEntries(Object.keys(result.costByCategory).map((k) => [k, none])),
    phases: [],
    runCostPerMonth: [],
    runCost: none,
  };
}

/** Running costs of zero in every month of the horizon. */
export function zeroRunningResult(result: ScenarioResult): ScenarioResult {
  return {
    ...result,
    runCostPerMonth: (result.runCostPerMonth ?? []).map((m) => ({ ...m, mean: 0, p50: 0, p80: 0 })),
    runCost: { mean: 0, sd: 0, min: 0, p10: 0, p50: 0, p80: 0, p90: 0, max: 0 },
  };
}

/** A horizon of 0 months: no running-cost stream at all. */
export function noHorizonResult(result: ScenarioResult): ScenarioResult {
  const { runCostPerMonth: _months, runCost: _run, tco: _tco, ...rest } = result;
  const { running: _running, ...categories } = result.costByCategory;
  return { ...rest, costByCategory: categories };
}
