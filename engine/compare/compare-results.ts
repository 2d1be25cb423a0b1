import { workingDaysUntil } from '../calendar/working-days.ts';
import { FathomInputError } from '../errors.ts';
import type { Project } from '../project/project-schema.ts';
import type { ScenarioResult } from '../project/project-result.ts';
import { categories as knownCategories } from '../project/scenario-schema.ts';
import { baselineId as defaultBaseline } from '../project/scenario-operations.ts';
import { calendarOf } from '../project/simulate-scenario.ts';
import type { Summary } from '../statistics/summary.ts';
import type {
  CategoryCost,
  ComparedDate,
  ComparedValue,
  Comparison,
  Delta,
  ScenarioComparison,
} from './comparison.ts';

const DAY_MS = 86_400_000;

export function delta(value: number, base: number): Delta {
  const absolute = value - base;
  return { absolute, relative: base === 0 ? null : absolute / Math.abs(base) };
}

function compared(value: number, base: number): ComparedValue {
  return { value, delta: delta(value, base) };
}

/** `compared` when both exist; a missing baseline value counts as 0 (no gate: never stops). */
function comparedOptional(
  value: number | undefined,
  base: number | undefined,
): ComparedValue | null {
  if (value === undefined) return null;
  return compared(value, base ?? 0);
}

function calendarDays(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** Build plus running costs; with nothing running after launch, the build cost. */
function tcoOf(result: ScenarioResult): Summary {
  return result.tco ?? result.cost;
}

/**
 * The comparison of scenarios already simulated (e.g. by the app's worker), each against the
 * baseline. `results` must come from one project, with the same iterations and seed, so that
 * their tasks share random numbers; the baseline (default: `project.baseline`, else the first
 * scenario) must be among them.
 */
export function compareScenarioResults(
  project: Project,
  results: readonly ScenarioResult[],
  baselineId: string = defaultBaseline(project),
): Comparison {
  const base = results.find((r) => r.scenario.id === baselineId);
  if (!base) {
    throw new FathomInputError([
      {
        path: 'baseline',
        message: `the baseline "${baselineId}" is not among the compared scenarios (${results.map((r) => `"${r.scenario.id}"`).join(', ')})`,
      },
    ]);
  }
  for (const r of results) {
    if (r.iterations !== base.iterations || r.seed !== base.seed) {
      // A caller's mistake, not the user's: deltas of unequal runs would be mostly noise.
      throw new Error(
        `compareScenarioResults: scenario "${r.scenario.id}" was simulated with ${r.iterations} iterations and seed ${r.seed}, the baseline with ${base.iterations} and ${base.seed}; simulate all with the same`,
      );
    }
  }

  const calendar = calendarOf(project);
  const date = (iso: string, baseIso: string): ComparedDate => {
    const workingDays = workingDaysUntil(calendar, iso);
    return {
      date: iso,
      workingDays,
      delta: {
        workingDays: workingDays - workingDaysUntil(calendar, baseIso),
        calendarDays: calendarDays(baseIso, iso),
      },
    };
  };

  const seen = new Set(results.flatMap((r) => Object.keys(r.costByCategory)));
  const categories = [
    ...knownCategories.filter((c) => seen.has(c)),
    ...[...seen].filter((c) => !(knownCategories as readonly string[]).includes(c)).sort(),
  ];
  const categoryCost = (r: ScenarioResult, category: string): Summary | undefined =>
    Object.hasOwn(r.costByCategory, category) ? r.costByCategory[category] : undefined;

  const order = new Map(project.scenarios.map((s, i) => [s.id, i]));
  const sorted = [...results].sort(
    (a, b) => (order.get(a.scenario.id) ?? order.size) - (order.get(b.scenario.id) ?? order.size),
  );
  const { withinBudget, withinDeadline } = base.probabilities;

  const scenarios = sorted.map((r): ScenarioComparison => {
    const costByCategory: Record<string, CategoryCost> = {};
    for (const category of categories) {
      const own = categoryCost(r, category);
      const theirs = categoryCost(base, category);
      costByCategory[category] = {
        mean: own?.mean ?? 0,
        p50: own?.p50 ?? 0,
        p80: own?.p80 ?? 0,
        delta: delta(own?.mean ?? 0, theirs?.mean ?? 0),
      };
    }
    return {
      id: r.scenario.id,
      name: r.scenario.name,
      template: r.scenario.template,
      isBaseline: r === base,
      cost: { p50: compared(r.cost.p50, base.cost.p50), p80: compared(r.cost.p80, base.cost.p80) },
      finish: {
        p50: date(r.finish.p50, base.finish.p50),
        p80: date(r.finish.p80, base.finish.p80),
      },
      hiddenShareP50: compared(r.hiddenShare?.p50 ?? 0, base.hiddenShare?.p50 ?? 0),
      tco: {
        p50: compared(tcoOf(r).p50, tcoOf(base).p50),
        p80: compared(tcoOf(r).p80, tcoOf(base).p80),
      },
      withinBudget: comparedOptional(r.probabilities.withinBudget, withinBudget),
      byDeadline: comparedOptional(r.probabilities.withinDeadline, withinDeadline),
      noGo: comparedOptional(r.noGo, base.noGo),
      costByCategory,
      sCurve: { cost: r.sCurve.cost, duration: r.sCurve.duration, finish: r.finishSCurve },
    };
  });

  const { budget, deadline } = project.settings;
  return {
    baselineId: base.scenario.id,
    iterations: base.iterations,
    seed: base.seed,
    currency: base.cost.currency,
    startDate: base.startDate,
    ...(budget !== undefined ? { budget } : {}),
    ...(deadline !== undefined ? { deadline } : {}),
    categories,
    scenarios,
  };
}
