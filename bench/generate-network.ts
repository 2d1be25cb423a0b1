import type { Distribution, Driver, Network, RiskEvent, Task } from '../engine/index.ts';
import { Lcg } from './lcg.ts';

/** Risks in every bench network (the "5 risks"). */
const RISKS = 5;
/** Most predecessors come from the last few tasks, as in a plan read top to bottom. */
const LOCAL_WINDOW = 8;

function duration(rng: Lcg): Distribution {
  const u = rng.next();
  const min = rng.between(1, 5);
  const mode = rng.between(min + 1, min + 6);
  const max = rng.between(mode + 2, mode + 12);
  if (u < 0.7) return { type: 'pert', min, mode, max };
  if (u < 0.85) return { type: 'triangular', min, mode, max };
  return { type: 'lognormal', p5: min, p95: rng.between(min * 2, min * 4) };
}

/** 0 (an extra start task) with 4%, else 1, 2 or 3 with 50/42/8%: about 1.5 edges per task. */
function predecessorCount(rng: Lcg, i: number): number {
  if (i === 0) return 0;
  const u = rng.next();
  const k = u < 0.04 ? 0 : u < 0.52 ? 1 : u < 0.94 ? 2 : 3;
  return Math.min(k, i);
}

function predecessors(rng: Lcg, i: number): string[] {
  const k = predecessorCount(rng, i);
  const picked = new Set<number>();
  while (picked.size < k) {
    const local = rng.next() < 0.8;
    const lo = local ? Math.max(0, i - LOCAL_WINDOW) : 0;
    picked.add(lo + rng.int(i - lo));
  }
  return [...picked].sort((a, b) => a - b).map((p) => `t${p}`);
}

function task(rng: Lcg, i: number): Task {
  const t: Task = {
    id: `t${i}`,
    name: `Task ${i}`,
    duration: duration(rng),
    dependsOn: predecessors(rng, i),
    rate: rng.between(400, 1200, 0),
  };
  if (rng.next() < 0.2) t.fixedCost = rng.between(1000, 20000, 0);
  return t;
}

function risk(rng: Lcg, k: number, taskCount: number): RiskEvent {
  const dMin = rng.between(2, 5);
  const dMode = rng.between(dMin + 3, dMin + 8);
  const cMin = rng.between(2000, 10000, 0);
  const cMode = rng.between(cMin + 2000, cMin + 10000, 0);
  return {
    id: `r${k}`,
    name: `Risk ${k}`,
    probability: rng.between(0.1, 0.4),
    task: `t${rng.int(taskCount)}`,
    delay: { type: 'pert', min: dMin, mode: dMode, max: rng.between(dMode + 5, dMode + 15) },
    cost: {
      type: 'pert',
      min: cMin,
      mode: cMode,
      max: rng.between(cMode + 5000, cMode + 30000, 0),
    },
  };
}

/** A driver over a contiguous fifth of the tasks, as a phase's tasks share a cause. */
function driver(rng: Lcg, k: number, tasks: readonly Task[]): Driver {
  const size = Math.max(2, Math.round(tasks.length / 5));
  const first = rng.int(tasks.length - size + 1);
  return {
    id: `d${k}`,
    name: `Driver ${k}`,
    multiplier: { type: 'lognormal', p5: rng.between(0.8, 0.9), p95: rng.between(1.3, 1.8) },
    tasks: tasks.slice(first, first + size).map((t) => t.id),
  };
}

/**
 * A seeded random task network: a DAG of `taskCount` tasks (ids `t0…`, each depending only on
 * earlier ones) with about 1.5 dependency edges per task, PERT durations mostly plus some
 * triangular and lognormal, day rates and some fixed costs, 5 risks with delay and cost on random
 * tasks, and 2 (under 100 tasks) or 3 drivers over groups of tasks. Numbers are rounded so the
 * CSV export describes exactly the same network.
 */
export function generateNetwork(taskCount: number, seed: number): Network {
  const rng = new Lcg(seed);
  const tasks = Array.from({ length: taskCount }, (_, i) => task(rng, i));
  const risks = Array.from({ length: RISKS }, (_, k) => risk(rng, k, taskCount));
  const drivers = Array.from({ length: taskCount < 100 ? 2 : 3 }, (_, k) => driver(rng, k, tasks));
  return { tasks, risks, drivers };
}

/** Dependency edges per task, as printed next to the results. */
export function edgesPerTask(network: Network): number {
  const edges = network.tasks.reduce((sum, t) => sum + (t.dependsOn?.length ?? 0), 0);
  return edges / network.tasks.length;
}
