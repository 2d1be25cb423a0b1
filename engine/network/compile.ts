import type { Distribution } from '../distributions/distribution.ts';
import { validateDistribution } from '../distributions/validate.ts';
import { throwIfIssues, type InputIssue } from '../errors.ts';
import { hashKey } from '../random/stream.ts';
import type { Network } from './network.ts';
import { topologicalOrder } from './topology.ts';

const NO_CATEGORY = 'uncategorized';
const NO_PHASE = 'unphased';
/** Where the cost of a risk that names no task is counted. */
export const RISK_CATEGORY = 'risk';
/** Where recurring costs without a category are counted. */
export const RUNNING_CATEGORY = 'running';

/**
 * A validated task network laid out for the simulation kernel: tasks in topological order,
 * adjacency in compressed arrays, stream keys precomputed. Built once per edit, read per sample.
 */
export type CompiledNetwork = {
  taskIds: string[];
  taskNames: string[];
  duration: Distribution[];
  fixedCost: (Distribution | undefined)[];
  rate: Float64Array;
  taskKey: Uint32Array;
  /** Predecessors of task t: `predIndex[predStart[t] .. predStart[t + 1])`, in kernel order. */
  predStart: Int32Array;
  predIndex: Int32Array;
  succStart: Int32Array;
  succIndex: Int32Array;
  /** Drivers applied to task t, same layout. */
  driverStart: Int32Array;
  driverIndex: Int32Array;
  /** Risks on task t, same layout. */
  riskStart: Int32Array;
  riskIndex: Int32Array;
  taskCategory: Int32Array;
  taskPhase: Int32Array;
  categories: string[];
  phases: string[];
  driverIds: string[];
  driverNames: string[];
  driverMultiplier: Distribution[];
  driverKey: Uint32Array;
  riskIds: string[];
  riskNames: string[];
  riskProbability: Float64Array;
  riskProbabilityMitigated: Float64Array;
  riskMitigationCost: Float64Array;
  riskDelay: (Distribution | undefined)[];
  riskCost: (Distribution | undefined)[];
  /** Kernel index of the risk's task, or -1. */
  riskTask: Int32Array;
  riskCategory: Int32Array;
  riskKey: Uint32Array;
  driverScalesCost: Uint8Array;
  spanIds: string[];
  spanRate: Float64Array;
  /** Tasks of span charge s: `spanTaskIndex[spanTaskStart[s] .. spanTaskStart[s + 1])`. */
  spanTaskStart: Int32Array;
  spanTaskIndex: Int32Array;
  /** Kernel index of the go/no-go task, or -1. */
  gateTask: number;
  gateNoGoProbability: number;
  /** 1 for the gate task and everything it (transitively) depends on: the work done by the decision. */
  inGateCone: Uint8Array;
  recurringIds: string[];
  recurringNames: string[];
  recurringCategory: Int32Array;
  recurringMonthly: Float64Array[];
  recurringTotal: Float64Array;
  recurringMultiplier: (Distribution | undefined)[];
  recurringKey: Uint32Array;
  horizonMonths: number;
  shock:
    | { probability: number; schedule: Distribution; cost: Distribution; otherwise: number }
    | undefined;
};

/** Stream key of the go/no-go draw and of the project shock. */
export const GATE_KEY = hashKey('gate');
export const SHOCK_KEY = hashKey('shock');

function checkProbability(p: unknown, path: string, issues: InputIssue[]): void {
  if (typeof p !== 'number' || !Number.isFinite(p) || p < 0 || p > 1) {
    issues.push({
      path,
      message: `probability must be a number between 0 and 1, got ${String(p)}`,
    });
  }
}

function checkNonNegative(value: unknown, path: string, issues: InputIssue[]): void {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    issues.push({ path, message: `must be a number of at least 0, got ${String(value)}` });
  }
}

function toCsr(lists: readonly (readonly number[])[]): { start: Int32Array; index: Int32Array } {
  const start = new Int32Array(lists.length + 1);
  lists.forEach((list, i) => (start[i + 1] = start[i]! + list.length));
  const index = new Int32Array(start[lists.length]!);
  lists.forEach((list, i) => index.set(list, start[i]!));
  return { start, index };
}

function indexOf(names: string[], lookup: Map<string, number>, name: string): number {
  let i = lookup.get(name);
  if (i === undefined) {
    i = names.length;
    names.push(name);
    lookup.set(name, i);
  }
  return i;
}

/**
 * Validates a network and lays it out for the kernel. Throws `FathomInputError` listing every
 * problem: duplicate ids, unknown dependencies, cycles (naming the ids on the cycle), bad
 * distributions, rates and probabilities.
 */
export function compileNetwork(network: Network): CompiledNetwork {
  const issues: InputIssue[] = [];
  const { tasks } = network;
  const drivers = network.drivers ?? [];
  const risks = network.risks ?? [];
  if (tasks.length === 0) issues.push({ path: 'tasks', message: 'the network has no tasks' });

  const position = new Map<string, number>();
  tasks.forEach((task, i) => {
    if (typeof task.id !== 'string' || task.id.trim() === '') {
      issues.push({ path: `tasks[${i}].id`, message: 'every task needs a non-empty id' });
    } else if (position.has(task.id)) {
      issues.push({
        path: `tasks[${i}].id`,
        message: `duplicate task id "${task.id}" (also tasks[${position.get(task.id)}])`,
      });
    } else {
      position.set(task.id, i);
    }
    issues.push(...validateDistribution(task.duration, `tasks[${i}].duration`));
    if (task.rate !== undefined) checkNonNegative(task.rate, `tasks[${i}].rate`, issues);
    if (typeof task.fixedCost === 'number')
      checkNonNegative(task.fixedCost, `tasks[${i}].fixedCost`, issues);
    else if (task.fixedCost !== undefined)
      issues.push(...validateDistribution(task.fixedCost, `tasks[${i}].fixedCost`));
  });

  const predecessors = tasks.map((task, i) => {
    const preds: number[] = [];
    (task.dependsOn ?? []).forEach((dep, j) => {
      const p = position.get(dep);
      if (p === undefined) {
        issues.push({
          path: `tasks[${i}].dependsOn[${j}]`,
          message: `task "${task.id}" depends on unknown task "${dep}"`,
        });
      } else if (p === i) {
        issues.push({
          path: `tasks[${i}].dependsOn[${j}]`,
          message: `task "${task.id}" depends on itself`,
        });
      } else if (!preds.includes(p)) {
        preds.push(p);
      }
    });
    return preds;
  });

  const driverPosition = new Map<string, number>();
  const tasksDrivers: number[][] = tasks.map(() => []);
  drivers.forEach((driver, d) => {
    if (typeof driver.id !== 'string' || driver.id.trim() === '') {
      issues.push({ path: `drivers[${d}].id`, message: 'every driver needs a non-empty id' });
    } else if (driverPosition.has(driver.id)) {
      issues.push({ path: `drivers[${d}].id`, message: `duplicate driver id "${driver.id}"` });
    }
    driverPosition.set(driver.id, d);
    issues.push(...validateDistribution(driver.multiplier, `drivers[${d}].multiplier`));
    driver.tasks.forEach((taskId, j) => {
      const t = position.get(taskId);
      if (t === undefined) {
        issues.push({
          path: `drivers[${d}].tasks[${j}]`,
          message: `driver "${driver.id}" applies to unknown task "${taskId}"`,
        });
      } else if (!tasksDrivers[t]!.includes(d)) {
        tasksDrivers[t]!.push(d);
      }
    });
  });

  const riskPosition = new Map<string, number>();
  const tasksRisks: number[][] = tasks.map(() => []);
  const riskTaskOriginal = risks.map((risk, r) => {
    if (typeof risk.id !== 'string' || risk.id.trim() === '') {
      issues.push({ path: `risks[${r}].id`, message: 'every risk needs a non-empty id' });
    } else if (riskPosition.has(risk.id)) {
      issues.push({ path: `risks[${r}].id`, message: `duplicate risk id "${risk.id}"` });
    }
    riskPosition.set(risk.id, r);
    checkProbability(risk.probability, `risks[${r}].probability`, issues);
    if (risk.delay) issues.push(...validateDistribution(risk.delay, `risks[${r}].delay`));
    if (risk.cost) issues.push(...validateDistribution(risk.cost, `risks[${r}].cost`));
    if (risk.mitigation) {
      checkProbability(risk.mitigation.probability, `risks[${r}].mitigation.probability`, issues);
      checkNonNegative(risk.mitigation.cost, `risks[${r}].mitigation.cost`, issues);
    }
    if (risk.task === undefined || risk.task === '') {
      if (risk.delay)
        issues.push({
          path: `risks[${r}].task`,
          message: `risk "${risk.id}" has a delay but names no task to delay`,
        });
      return -1;
    }
    const t = position.get(risk.task);
    if (t === undefined) {
      issues.push({
        path: `risks[${r}].task`,
        message: `risk "${risk.id}" names unknown task "${risk.task}"`,
      });
      return -1;
    }
    tasksRisks[t]!.push(r);
    return t;
  });

  const spanCharges = network.spanCharges ?? [];
  const spanTasksOriginal = spanCharges.map((span, s) => {
    checkNonNegative(span.ratePerDay, `spanCharges[${s}].ratePerDay`, issues);
    const list: number[] = [];
    span.tasks.forEach((taskId, j) => {
      const t = position.get(taskId);
      if (t === undefined) {
        issues.push({
          path: `spanCharges[${s}].tasks[${j}]`,
          message: `span charge "${span.id}" names unknown task "${taskId}"`,
        });
      } else if (!list.includes(t)) list.push(t);
    });
    if (span.tasks.length === 0) {
      issues.push({
        path: `spanCharges[${s}].tasks`,
        message: `span charge "${span.id}" names no task`,
      });
    }
    return list;
  });
  let gateOriginal = -1;
  if (network.gate) {
    checkProbability(network.gate.noGoProbability, 'gate.noGoProbability', issues);
    const t = position.get(network.gate.task);
    if (t === undefined)
      issues.push({
        path: 'gate.task',
        message: `the go/no-go gate names unknown task "${network.gate.task}"`,
      });
    else gateOriginal = t;
  }
  const recurring = network.recurring ?? [];
  const horizonMonths = recurring.reduce((max, r) => Math.max(max, r.monthly.length), 0);
  recurring.forEach((stream, r) => {
    stream.monthly.forEach((amount, m) =>
      checkNonNegative(amount, `recurring[${r}].monthly[${m}]`, issues),
    );
    if (stream.multiplier)
      issues.push(...validateDistribution(stream.multiplier, `recurring[${r}].multiplier`));
  });
  if (network.shock) {
    checkProbability(network.shock.probability, 'shock.probability', issues);
    issues.push(...validateDistribution(network.shock.schedule, 'shock.schedule'));
    issues.push(...validateDistribution(network.shock.cost, 'shock.cost'));
    checkNonNegative(network.shock.otherwise, 'shock.otherwise', issues);
  }

  throwIfIssues(issues);
  const sorted = topologicalOrder(predecessors);
  if ('cycle' in sorted) {
    const ids = sorted.cycle.map((t) => tasks[t]!.id);
    throwIfIssues([
      { path: 'tasks', message: `dependency cycle: ${[...ids, ids[0]].join(' → ')}` },
    ]);
    throw new Error('unreachable');
  }

  const order = sorted.order;
  const kernelIndex = new Int32Array(tasks.length);
  order.forEach((t, k) => (kernelIndex[t] = k));
  const inOrder = <T>(values: readonly T[]): T[] => order.map((t) => values[t]!);
  const successors: number[][] = order.map(() => []);
  const preds = inOrder(predecessors).map((list, k) => {
    const mapped = list.map((p) => kernelIndex[p]!);
    for (const p of mapped) successors[p]!.push(k);
    return mapped;
  });
  const predCsr = toCsr(preds);
  const succCsr = toCsr(successors);
  const driverCsr = toCsr(inOrder(tasksDrivers));
  const riskCsr = toCsr(inOrder(tasksRisks));

  const categories: string[] = [];
  const categoryLookup = new Map<string, number>();
  const phases: string[] = [];
  const phaseLookup = new Map<string, number>();
  const orderedTasks = inOrder(tasks);
  const taskCategory = Int32Array.from(orderedTasks, (t) =>
    indexOf(categories, categoryLookup, t.category ?? NO_CATEGORY),
  );
  const taskPhase = Int32Array.from(orderedTasks, (t) =>
    indexOf(phases, phaseLookup, t.phase ?? NO_PHASE),
  );
  const riskTask = Int32Array.from(riskTaskOriginal, (t) => (t < 0 ? -1 : kernelIndex[t]!));
  const riskCategory = Int32Array.from(riskTask, (k) =>
    k < 0 ? indexOf(categories, categoryLookup, RISK_CATEGORY) : taskCategory[k]!,
  );

  const spanCsr = toCsr(spanTasksOriginal.map((list) => list.map((t) => kernelIndex[t]!)));
  const gateTask = gateOriginal < 0 ? -1 : kernelIndex[gateOriginal]!;
  const inGateCone = new Uint8Array(tasks.length);
  if (gateTask >= 0) {
    const stack = [gateTask];
    inGateCone[gateTask] = 1;
    while (stack.length > 0) {
      const k = stack.pop()!;
      for (const p of preds[k]!) {
        if (inGateCone[p] === 0) {
          inGateCone[p] = 1;
          stack.push(p);
        }
      }
    }
  }
  const recurringMonthly = recurring.map((r) => {
    const monthly = new Float64Array(horizonMonths);
    monthly.set(r.monthly);
    return monthly;
  });

  return {
    driverScalesCost: Uint8Array.from(drivers, (d) => (d.scalesCost ? 1 : 0)),
    spanIds: spanCharges.map((s) => s.id),
    spanRate: Float64Array.from(spanCharges, (s) => s.ratePerDay),
    spanTaskStart: spanCsr.start,
    spanTaskIndex: spanCsr.index,
    gateTask,
    gateNoGoProbability: network.gate?.noGoProbability ?? 0,
    inGateCone,
    recurringIds: recurring.map((r) => r.id),
    recurringNames: recurring.map((r) => r.name ?? r.id),
    recurringCategory: Int32Array.from(recurring, (r) =>
      indexOf(categories, categoryLookup, r.category ?? RUNNING_CATEGORY),
    ),
    recurringMonthly,
    recurringTotal: Float64Array.from(recurringMonthly, (m) => m.reduce((a, b) => a + b, 0)),
    recurringMultiplier: recurring.map((r) => r.multiplier),
    recurringKey: Uint32Array.from(recurring, (r) => hashKey(`recurring:${r.id}`)),
    horizonMonths,
    shock: network.shock ? { ...network.shock } : undefined,
    taskIds: orderedTasks.map((t) => t.id),
    taskNames: orderedTasks.map((t) => t.name ?? t.id),
    duration: orderedTasks.map((t) => t.duration),
    fixedCost: orderedTasks.map((t) =>
      typeof t.fixedCost === 'number'
        ? t.fixedCost === 0
          ? undefined
          : { type: 'fixed', value: t.fixedCost }
        : t.fixedCost,
    ),
    rate: Float64Array.from(orderedTasks, (t) => t.rate ?? 0),
    taskKey: Uint32Array.from(orderedTasks, (t) => hashKey(`task:${t.id}`)),
    predStart: predCsr.start,
    predIndex: predCsr.index,
    succStart: succCsr.start,
    succIndex: succCsr.index,
    driverStart: driverCsr.start,
    driverIndex: driverCsr.index,
    riskStart: riskCsr.start,
    riskIndex: riskCsr.index,
    taskCategory,
    taskPhase,
    categories,
    phases,
    driverIds: drivers.map((d) => d.id),
    driverNames: drivers.map((d) => d.name ?? d.id),
    driverMultiplier: drivers.map((d) => d.multiplier),
    driverKey: Uint32Array.from(drivers, (d) => hashKey(`driver:${d.id}`)),
    riskIds: risks.map((r) => r.id),
    riskNames: risks.map((r) => r.name ?? r.id),
    riskProbability: Float64Array.from(risks, (r) => r.probability),
    riskProbabilityMitigated: Float64Array.from(
      risks,
      (r) => r.mitigation?.probability ?? r.probability,
    ),
    riskMitigationCost: Float64Array.from(risks, (r) => r.mitigation?.cost ?? 0),
    riskDelay: risks.map((r) => r.delay),
    riskCost: risks.map((r) => r.cost),
    riskTask,
    riskCategory,
    riskKey: Uint32Array.from(risks, (r) => hashKey(`risk:${r.id}`)),
  };
}
