import { moments } from '../distributions/moments.ts';
import { FathomInputError } from '../errors.ts';
import type {
  Driver,
  Network,
  ProjectShock,
  RiskEvent,
  SpanCharge,
  Task,
} from '../network/network.ts';
import type { Settings } from '../project/project-schema.ts';
import type { Scenario } from '../project/scenario-schema.ts';
import type {
  BuiltDriver,
  BuiltRisk,
  BuiltRunningCost,
  BuiltScenario,
  BuiltTask,
} from './built-scenario.ts';
import { deriveQuantities } from './derived.ts';
import { evaluateCondition, evaluateNumber, evaluateRange, type Scope } from './evaluate.ts';
import { builtinPresets, usdTo, type Presets } from '../presets/builtin.ts';
import { mlopsTooling } from './tooling.ts';
import { crewFor, durationForEffort } from './team.ts';
import type { Template } from './template-schema.ts';

/**
 * Day rate (US dollars, converted into the project currency) assumed for a role nobody on the team
 * has, when the team gives no average either: about a mid-level US data scientist's loaded rate.
 */
export const STAND_IN_DAY_RATE = 800;
export const POC_DRIVER_ID = 'poc-iterations';

/**
 * The outside view (reference/ml-cost-facts.md §2): each phase ×0.92 on average, plus with
 * p ≈ 0.17 a "black swan" of about ×1.7 schedule and ×3 cost (Flyvbjerg & Budzier 2011). The
 * schedule draw's mean is 1.7; the cost draw is the extra factor on top of the schedule's effect
 * on labor (3 / 1.7 ≈ 1.76 on average), both lognormal with a long right tail.
 */
export const REFERENCE_CLASS_SHOCK: ProjectShock = {
  probability: 0.17,
  schedule: { type: 'lognormal', p5: 1.15, p95: 2.45 },
  cost: { type: 'lognormal', p5: 1.1, p95: 2.7 },
  otherwise: 0.92,
};

/** Replaces removed tasks in dependency lists by their own dependencies, so chains stay whole. */
function resolveDependencies(
  tasks: Map<string, { dependsOn: string[] }>,
  removed: Map<string, string[]>,
  deps: readonly string[],
): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const visit = (id: string) => {
    if (seen.has(id)) return;
    seen.add(id);
    if (tasks.has(id)) out.push(id);
    else for (const d of removed.get(id) ?? []) visit(d);
  };
  deps.forEach(visit);
  return out;
}

/**
 * The ML cost model: compiles a template with a scenario's inputs into the engine's task network
 * (DESIGN §2 "From inputs to a task network"). Expressions are evaluated once here, never per
 * sample. Errors name the template, the place and the expression.
 */
export function buildScenario(
  template: Template,
  scenario: Scenario,
  settings: Settings,
  currency = 'USD',
  presets: Presets = builtinPresets(),
): BuiltScenario {
  const inputs = scenario.inputs;
  const label = `template "${template.id}"`;
  const warnings: string[] = [];
  const derived = deriveQuantities(inputs);
  const scope: Scope = { ...inputs, ...derived, horizonMonths: settings.horizonMonths };
  const variables: Record<string, number> = { ...derived };
  for (const [name, source] of Object.entries(template.variables)) {
    const value = evaluateNumber(source, scope, `${label}, variable "${name}"`);
    scope[name] = value;
    variables[name] = value;
  }

  // Tasks of the template that apply to these inputs.
  const removed = new Map<string, string[]>();
  const drafts = new Map<string, BuiltTask>();
  const fallbackRate =
    derived.averageDayRate > 0
      ? derived.averageDayRate
      : STAND_IN_DAY_RATE * usdTo(presets, currency);
  for (const t of template.tasks) {
    const where = `${label}, task "${t.id}"`;
    const dependsOn = t.dependsOn.flatMap((d, i) =>
      typeof d === 'string'
        ? [d]
        : evaluateCondition(d.when, scope, `${where}, dependsOn[${i}].when`)
          ? [d.task]
          : [],
    );
    if (!evaluateCondition(t.when, scope, `${where}, when`)) {
      removed.set(t.id, dependsOn);
      continue;
    }
    const costs = t.costs
      .map((c, i) => ({
        name: c.name,
        amount: evaluateNumber(c.amount, scope, `${where}, costs[${i}]`),
      }))
      .filter((c) => c.amount !== 0);
    costs.forEach((c) => {
      if (c.amount < 0)
        throw new FathomInputError([
          { path: `${where}, cost "${c.name}"`, message: `is negative (${c.amount})` },
        ]);
    });
    const effort = t.effort ? evaluateRange(t.effort, scope, `${where}, effort`) : undefined;
    const duration = t.duration
      ? evaluateRange(t.duration, scope, `${where}, duration`)
      : undefined;
    drafts.set(t.id, {
      id: t.id,
      name: t.name,
      phase: t.phase,
      category: t.category,
      roles: [...t.roles],
      dependsOn,
      ...(effort ? { effort } : {}),
      duration: duration ?? { type: 'fixed', value: 0 },
      rate: 0,
      costs,
      explain: t.explain,
      origin: 'template',
      overridden: [],
    });
  }

  const crewWorked = new Set(
    [...drafts.values()].filter((t) => t.effort !== undefined).map((t) => t.id),
  );

  // The user's overrides and added tasks.
  for (const o of scenario.overrides) {
    const task = drafts.get(o.task);
    if (!task) {
      // Removing a template task these inputs do not generate already holds (an imported task
      // list removes every task of the template, whatever the inputs): nothing to say.
      if (o.removed && removed.has(o.task)) continue;
      warnings.push(
        `the change to task "${o.task}" was ignored: this template does not generate that task for these inputs`,
      );
      continue;
    }
    if (o.removed) {
      drafts.delete(o.task);
      removed.set(o.task, task.dependsOn);
      continue;
    }
    if (o.name !== undefined) task.name = o.name;
    if (o.effort) task.effort = o.effort;
    if (o.duration) {
      task.duration = o.duration;
      delete task.effort;
    }
    if (o.dependsOn) task.dependsOn = [...o.dependsOn];
    if (o.fixedCost !== undefined)
      task.costs = o.fixedCost > 0 ? [{ name: 'Set by the user', amount: o.fixedCost }] : [];
    task.overridden = (['name', 'effort', 'duration', 'dependsOn', 'fixedCost'] as const).filter(
      (f) => o[f] !== undefined,
    );
    if (o.notes) task.explain = `${task.explain} Note: ${o.notes}`;
  }
  for (const x of scenario.extraTasks) {
    if (drafts.has(x.id)) {
      throw new FathomInputError([
        {
          path: `scenario "${scenario.id}", extraTasks "${x.id}"`,
          message: 'an added task has the id of a generated task; choose another id',
        },
      ]);
    }
    if (x.effort || x.roles.length > 0) crewWorked.add(x.id);
    drafts.set(x.id, {
      id: x.id,
      name: x.name,
      phase: x.phase,
      category: x.category,
      roles: [...x.roles],
      dependsOn: [...x.dependsOn],
      ...(x.effort ? { effort: x.effort } : {}),
      duration: x.duration ?? { type: 'fixed', value: 0 },
      rate: 0,
      costs: x.fixedCost > 0 ? [{ name: 'Set by the user', amount: x.fixedCost }] : [],
      explain: x.notes ? `Added by the user: ${x.notes}` : 'Added by the user.',
      origin: 'user',
      overridden: [],
    });
  }
  for (const task of drafts.values()) {
    const unknown = task.dependsOn.filter((d) => !drafts.has(d) && !removed.has(d));
    if (unknown.length > 0) {
      throw new FathomInputError([
        {
          path: `scenario "${scenario.id}", task "${task.id}"`,
          message: `depends on unknown task ${unknown.map((u) => `"${u}"`).join(', ')}`,
        },
      ]);
    }
    task.dependsOn = resolveDependencies(drafts, removed, task.dependsOn);
  }

  // The PoC loop: the experiment task's effort is per iteration; a driver draws the iterations.
  const pocWhere = `${label}, poc`;
  const iterations = evaluateRange(template.poc.iterations, scope, `${pocWhere}, iterations`);
  const noGo = evaluateNumber(template.poc.noGo, scope, `${pocWhere}, noGo`);
  if (noGo < 0 || noGo > 1)
    throw new FathomInputError([
      { path: `${pocWhere}, noGo`, message: `gives ${noGo}, not a probability between 0 and 1` },
    ]);
  const experiment = drafts.get(template.poc.experimentTask);
  if (
    experiment &&
    !experiment.costs.some((c) => c.name === 'Training compute per iteration') &&
    derived.trainingCostPerIteration > 0
  ) {
    experiment.costs.push({
      name: 'Training compute per iteration',
      amount: derived.trainingCostPerIteration,
    });
  }

  // Team: durations from effort and crews; on-demand rates; dedicated people as span charges.
  const team = inputs.team.roles;
  for (const task of drafts.values()) {
    // Effort-based tasks (also when the user replaced their effort by a duration) and tasks the
    // user added with roles are worked and billed by their crew; the template's calendar tasks (a
    // vendor's labeling time, a pilot window) are priced by their own cost lines.
    if (!crewWorked.has(task.id)) continue;
    const crew = crewFor(task.roles, team, fallbackRate);
    if (task.effort) task.duration = durationForEffort(task.effort, crew);
    task.rate = crew.onDemandRate;
    if (crew.standIn) {
      task.standIn = crew.standIn;
      warnings.push(`${task.name}: ${crew.standIn}`);
    }
  }
  const taskList = [...drafts.values()];
  const spanCharges: SpanCharge[] = team.flatMap((member, i) => {
    if (member.engagement !== 'dedicated' || member.count <= 0) return [];
    const theirs = taskList.filter((t) => t.roles.includes(member.role)).map((t) => t.id);
    return [
      {
        id: `team-${i}-${member.role}`,
        name: `${member.count} × ${member.seniority} ${member.role} (dedicated)`,
        ratePerDay: member.count * member.allocation * member.dayRate,
        tasks: theirs.length > 0 ? theirs : taskList.map((t) => t.id),
      },
    ];
  });

  // Drivers: the template's, then the user's entries by id.
  const drivers: BuiltDriver[] = [];
  for (const d of template.drivers) {
    const where = `${label}, driver "${d.id}"`;
    if (!evaluateCondition(d.when, scope, `${where}, when`)) continue;
    const tasks = taskList
      .filter(
        (t) =>
          d.tasks.includes(t.id) || d.categories.includes(t.category) || d.phases.includes(t.phase),
      )
      .map((t) => t.id);
    drivers.push({
      id: d.id,
      name: d.name,
      multiplier: evaluateRange(d.multiplier, scope, `${where}, multiplier`),
      tasks,
      scalesCost: d.scalesCost,
      explain: d.explain,
      origin: 'template',
      overridden: false,
    });
  }
  if (experiment) {
    drivers.push({
      id: POC_DRIVER_ID,
      name: 'PoC iterations until the target is met',
      multiplier: iterations,
      tasks: [experiment.id],
      scalesCost: true,
      explain: template.poc.explain,
      origin: 'template',
      overridden: false,
    });
  }
  for (const entry of scenario.drivers) {
    const existing = drivers.findIndex((d) => d.id === entry.id);
    if (entry.enabled === false) {
      if (existing >= 0) drivers.splice(existing, 1);
      continue;
    }
    const tasks = (entry.tasks ?? (existing >= 0 ? drivers[existing]!.tasks : [])).filter((t) =>
      drafts.has(t),
    );
    if (existing >= 0) {
      const d = drivers[existing]!;
      drivers[existing] = {
        ...d,
        name: entry.name ?? d.name,
        multiplier: entry.multiplier ?? d.multiplier,
        tasks,
        overridden: true,
        explain: entry.notes ? `${d.explain} Note: ${entry.notes}` : d.explain,
      };
    } else if (entry.multiplier) {
      drivers.push({
        id: entry.id,
        name: entry.name ?? entry.id,
        multiplier: entry.multiplier,
        tasks,
        scalesCost: false,
        explain: entry.notes ?? 'Added by the user.',
        origin: 'user',
        overridden: false,
      });
    } else {
      warnings.push(`driver "${entry.id}" was ignored: it has no multiplier`);
    }
  }

  // Risks: the template's register, then the user's entries by id.
  const risks: BuiltRisk[] = [];
  for (const r of template.risks) {
    const where = `${label}, risk "${r.id}"`;
    if (!evaluateCondition(r.when, scope, `${where}, when`)) continue;
    const probability = evaluateNumber(r.probability, scope, `${where}, probability`);
    if (probability < 0 || probability > 1)
      throw new FathomInputError([
        {
          path: `${where}, probability`,
          message: `gives ${probability}, not a probability between 0 and 1`,
        },
      ]);
    const risk: BuiltRisk = {
      id: r.id,
      name: r.name,
      probability,
      explain: r.explain,
      origin: 'template',
      overridden: false,
    };
    if (r.task) risk.task = r.task;
    if (r.delay) risk.delay = evaluateRange(r.delay, scope, `${where}, delay`);
    if (r.cost) risk.cost = evaluateRange(r.cost, scope, `${where}, cost`);
    if (r.mitigation) {
      risk.mitigation = {
        name: r.mitigation.name,
        cost: evaluateNumber(r.mitigation.cost, scope, `${where}, mitigation.cost`),
        probability: evaluateNumber(
          r.mitigation.probability,
          scope,
          `${where}, mitigation.probability`,
        ),
      };
    }
    risks.push(risk);
  }
  for (const entry of scenario.risks) {
    const existing = risks.findIndex((r) => r.id === entry.id);
    if (entry.enabled === false) {
      if (existing >= 0) risks.splice(existing, 1);
      continue;
    }
    const base: BuiltRisk =
      existing >= 0
        ? { ...risks[existing]!, overridden: true }
        : {
            id: entry.id,
            name: entry.name ?? entry.id,
            probability: entry.probability ?? 0,
            explain: 'Added by the user.',
            origin: 'user',
            overridden: false,
          };
    if (entry.name !== undefined) base.name = entry.name;
    if (entry.probability !== undefined) base.probability = entry.probability;
    if (entry.task !== undefined) base.task = entry.task;
    if (entry.delay !== undefined) base.delay = entry.delay;
    if (entry.cost !== undefined) base.cost = entry.cost;
    if (entry.mitigation === null) delete base.mitigation;
    else if (entry.mitigation !== undefined) base.mitigation = { ...entry.mitigation };
    if (entry.notes)
      base.explain = existing >= 0 ? `${base.explain} Note: ${entry.notes}` : entry.notes;
    if (existing >= 0) risks[existing] = base;
    else risks.push(base);
  }
  for (const risk of risks) {
    if (risk.task && !drafts.has(risk.task)) {
      warnings.push(
        `risk "${risk.name}" no longer delays a task: "${risk.task}" is not in the plan; its cost still counts`,
      );
      delete risk.task;
      delete risk.delay;
    }
  }

  // Running costs after launch, month by month; the maintenance share needs the build effort.
  const buildEffortDays = taskList.reduce(
    (sum, t) => sum + (t.effort ? moments(t.effort).mean : 0),
    0,
  );
  scope['buildEffortDays'] = buildEffortDays;
  variables['buildEffortDays'] = buildEffortDays;
  const running: BuiltRunningCost[] = [];
  for (const r of template.running) {
    const where = `${label}, running cost "${r.id}"`;
    if (!evaluateCondition(r.when, scope, `${where}, when`)) continue;
    const monthly = Array.from({ length: settings.horizonMonths }, (_, m) => {
      const amount = evaluateNumber(
        r.monthly,
        { ...scope, month: m + 1 },
        `${where}, monthly (month ${m + 1})`,
      );
      if (amount < 0)
        throw new FathomInputError([
          { path: `${where}, monthly (month ${m + 1})`, message: `is negative (${amount})` },
        ]);
      return amount;
    });
    const stream: BuiltRunningCost = { id: r.id, name: r.name, monthly, explain: r.explain };
    if (r.uncertainty)
      stream.uncertainty = evaluateRange(r.uncertainty, scope, `${where}, uncertainty`);
    running.push(stream);
  }
  const tooling = mlopsTooling(inputs, presets, usdTo(presets, currency));
  if (tooling.monthly > 0 && settings.horizonMonths > 0) {
    running.push({
      id: 'mlops-tools',
      name: 'MLOps tools',
      monthly: Array.from({ length: settings.horizonMonths }, () => tooling.monthly),
      uncertainty: { type: 'pert', min: 0.9, mode: 1, max: 1.3 },
      explain: `Tools for the MLOps components in scope (${tooling.tools.join(', ')}), ${inputs.mlops.tooling === 'saas' ? 'SaaS priced per seat' : 'self-hosted open source priced by hosting'}; prices in presets/mlops-tools.json.`,
    });
  }

  const network: Network = {
    tasks: taskList.map((t): Task => {
      const oneOff = t.costs.reduce((sum, c) => sum + c.amount, 0);
      return {
        id: t.id,
        name: t.name,
        duration: t.duration,
        dependsOn: t.dependsOn,
        rate: t.rate,
        fixedCost: oneOff,
        category: t.category,
        phase: t.phase,
      };
    }),
    drivers: drivers.map((d): Driver => ({
      id: d.id,
      name: d.name,
      multiplier: d.multiplier,
      tasks: d.tasks,
      scalesCost: d.scalesCost,
    })),
    risks: risks.map((r): RiskEvent => {
      const event: RiskEvent = { id: r.id, name: r.name, probability: r.probability };
      if (r.task) event.task = r.task;
      if (r.delay) event.delay = r.delay;
      if (r.cost) event.cost = r.cost;
      if (r.mitigation)
        event.mitigation = { cost: r.mitigation.cost, probability: r.mitigation.probability };
      return event;
    }),
    spanCharges,
    recurring: running.map((r) => ({
      id: r.id,
      name: r.name,
      category: 'running',
      monthly: r.monthly,
      ...(r.uncertainty ? { multiplier: r.uncertainty } : {}),
    })),
    ...(drafts.has(template.poc.decisionTask)
      ? { gate: { task: template.poc.decisionTask, noGoProbability: noGo } }
      : {}),
    ...(settings.referenceClassUplift ? { shock: REFERENCE_CLASS_SHOCK } : {}),
  };

  return {
    templateId: template.id,
    network,
    tasks: taskList,
    drivers,
    risks,
    running,
    poc: {
      experimentTask: template.poc.experimentTask,
      decisionTask: template.poc.decisionTask,
      iterations,
      noGo,
      explain: template.poc.explain,
    },
    warnings,
    variables,
  };
}
