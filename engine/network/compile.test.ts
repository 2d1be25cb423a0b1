import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixed, networkArbitrary } from '../../test/helpers/networks.ts';
import { FathomInputError, type InputIssue } from '../errors.ts';
import { hashKey } from '../random/stream.ts';
import { compileNetwork, RISK_CATEGORY } from './compile.ts';
import type { Network, Task } from './network.ts';

const task = (id: string, dependsOn: string[] = [], extra: Partial<Task> = {}): Task => ({
  id,
  duration: fixed(1),
  dependsOn,
  ...extra,
});

/** The issues `compileNetwork` throws for `network` (fails the test if it does not throw one). */
function issuesOf(network: Network): readonly InputIssue[] {
  try {
    compileNetwork(network);
  } catch (error) {
    expect(error).toBeInstanceOf(FathomInputError);
    const issues = (error as FathomInputError).issues;
    // The message lists every issue as "path: message", for callers that only show text.
    for (const issue of issues) expect((error as Error).message).toContain(issue.message);
    return issues;
  }
  throw new Error('compileNetwork accepted an invalid network');
}

/** Ids on the cycle named by a "dependency cycle: a → b → … → a" message. */
function cycleOf(message: string): string[] {
  const match = /dependency cycle: (.+)$/.exec(message);
  expect(match).not.toBeNull();
  return match![1]!.split(' → ');
}

describe('compileNetwork validation', () => {
  it('rejects an empty network', () => {
    expect(issuesOf({ tasks: [] })).toEqual([
      { path: 'tasks', message: 'the network has no tasks' },
    ]);
  });

  it('rejects duplicate ids, naming both places', () => {
    expect(issuesOf({ tasks: [task('a'), task('b'), task('a')] })).toEqual([
      { path: 'tasks[2].id', message: 'duplicate task id "a" (also tasks[0])' },
    ]);
  });

  it('rejects empty ids', () => {
    expect(issuesOf({ tasks: [task('')] })).toEqual([
      { path: 'tasks[0].id', message: 'every task needs a non-empty id' },
    ]);
  });

  it('rejects an unknown dependency at its index', () => {
    expect(issuesOf({ tasks: [task('a'), task('b', ['a', 'zz'])] })).toEqual([
      { path: 'tasks[1].dependsOn[1]', message: 'task "b" depends on unknown task "zz"' },
    ]);
  });

  it('rejects a task that depends on itself', () => {
    expect(issuesOf({ tasks: [task('a', ['a'])] })).toEqual([
      { path: 'tasks[0].dependsOn[0]', message: 'task "a" depends on itself' },
    ]);
  });

  it('names the ids on a cycle, in dependency order, closing the loop', () => {
    // c → a → b → c (b depends on a, c on b, a on c); d hangs off the cycle and is not on it.
    const issues = issuesOf({
      tasks: [task('d', ['a']), task('a', ['c']), task('b', ['a']), task('c', ['b'])],
    });
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toBe('tasks');
    const ids = cycleOf(issues[0]!.message);
    expect(ids[0]).toBe(ids.at(-1));
    expect(new Set(ids)).toEqual(new Set(['a', 'b', 'c']));
    expect(ids).toHaveLength(4);
    // Each arrow points from a task to one that depends on it.
    const dependsOn: Record<string, string> = { a: 'c', b: 'a', c: 'b' };
    for (let i = 0; i + 1 < ids.length; i++) expect(dependsOn[ids[i + 1]!]).toBe(ids[i]);
  });

  it('names a two-task cycle as "a → b → a" (some rotation)', () => {
    const ids = cycleOf(issuesOf({ tasks: [task('a', ['b']), task('b', ['a'])] })[0]!.message);
    expect(['a → b → a', 'b → a → b']).toContain(ids.join(' → '));
  });

  it('finds a cycle in random graphs and names only tasks on it', () => {
    fc.assert(
      fc.property(networkArbitrary, fc.nat(), fc.nat(), (network, i, j) => {
        // Close a loop: make an ancestor-or-self of some task depend on that task.
        const tasks = network.tasks.map((t) => ({ ...t, dependsOn: [...(t.dependsOn ?? [])] }));
        const byId = new Map(tasks.map((t) => [t.id, t]));
        const from = tasks[i % tasks.length]!;
        const ancestors: string[] = [from.id];
        for (let k = 0; k < ancestors.length; k++)
          ancestors.push(...(byId.get(ancestors[k]!)!.dependsOn ?? []));
        const to = byId.get(ancestors[j % ancestors.length]!)!;
        if (to.id === from.id) return; // a self dependency is reported differently (above)
        to.dependsOn.push(from.id);
        const issues = issuesOf({ tasks });
        expect(issues).toHaveLength(1);
        const ids = cycleOf(issues[0]!.message);
        expect(ids[0]).toBe(ids.at(-1));
        for (let k = 0; k + 1 < ids.length; k++) {
          expect(byId.get(ids[k + 1]!)!.dependsOn).toContain(ids[k]);
        }
      }),
      { numRuns: 200, seed: 7 },
    );
  });

  it('rejects negative and non-finite rates and fixed costs', () => {
    expect(
      issuesOf({
        tasks: [
          task('a', [], { rate: -5 }),
          task('b', [], { rate: Number.NaN }),
          task('c', [], { fixedCost: -1 }),
          task('d', [], { fixedCost: { type: 'uniform', min: 3, max: 1 } }),
        ],
      }),
    ).toEqual([
      { path: 'tasks[0].rate', message: 'must be a number of at least 0, got -5' },
      { path: 'tasks[1].rate', message: 'must be a number of at least 0, got NaN' },
      { path: 'tasks[2].fixedCost', message: 'must be a number of at least 0, got -1' },
      { path: 'tasks[3].fixedCost.min', message: 'min (3) is greater than max (1)' },
    ]);
  });

  it('names the task of a bad duration', () => {
    expect(
      issuesOf({
        tasks: [task('a'), task('b', [], { duration: { type: 'pert', min: 1, mode: 5, max: 3 } })],
      }),
    ).toEqual([
      { path: 'tasks[1].duration.mode', message: 'most likely value (5) is outside [1, 3]' },
    ]);
  });

  it('rejects a risk naming an unknown task, a bad probability, or a delay without a task', () => {
    expect(
      issuesOf({
        tasks: [task('a')],
        risks: [
          { id: 'r0', probability: 0.5, task: 'nope' },
          { id: 'r1', probability: 1.5, task: 'a' },
          { id: 'r2', probability: 0.2, delay: fixed(1) },
          { id: 'r3', probability: 0.2, task: 'a', mitigation: { cost: -1, probability: -0.1 } },
        ],
      }),
    ).toEqual([
      { path: 'risks[0].task', message: 'risk "r0" names unknown task "nope"' },
      {
        path: 'risks[1].probability',
        message: 'probability must be a number between 0 and 1, got 1.5',
      },
      { path: 'risks[2].task', message: 'risk "r2" has a delay but names no task to delay' },
      {
        path: 'risks[3].mitigation.probability',
        message: 'probability must be a number between 0 and 1, got -0.1',
      },
      { path: 'risks[3].mitigation.cost', message: 'must be a number of at least 0, got -1' },
    ]);
  });

  it('rejects drivers on unknown tasks and duplicate driver and risk ids', () => {
    expect(
      issuesOf({
        tasks: [task('a')],
        drivers: [
          { id: 'd', multiplier: fixed(2), tasks: ['q'] },
          { id: 'd', multiplier: fixed(2), tasks: ['a'] },
        ],
        risks: [
          { id: 'r', probability: 0.1 },
          { id: 'r', probability: 0.1 },
        ],
      }),
    ).toEqual([
      { path: 'drivers[0].tasks[0]', message: 'driver "d" applies to unknown task "q"' },
      { path: 'drivers[1].id', message: 'duplicate driver id "d"' },
      { path: 'risks[1].id', message: 'duplicate risk id "r"' },
    ]);
  });

  it('rejects bad span charges, gates, running costs and shocks, naming the field', () => {
    const tasks = [task('a')];
    expect(
      issuesOf({
        tasks,
        spanCharges: [
          { id: 's', ratePerDay: -1, tasks: ['zz'] },
          { id: 't', ratePerDay: 1, tasks: [] },
        ],
        gate: { task: 'zz', noGoProbability: 2 },
      }),
    ).toEqual([
      { path: 'spanCharges[0].ratePerDay', message: 'must be a number of at least 0, got -1' },
      { path: 'spanCharges[0].tasks[0]', message: 'span charge "s" names unknown task "zz"' },
      { path: 'spanCharges[1].tasks', message: 'span charge "t" names no task' },
      {
        path: 'gate.noGoProbability',
        message: 'probability must be a number between 0 and 1, got 2',
      },
      { path: 'gate.task', message: 'the go/no-go gate names unknown task "zz"' },
    ]);
    expect(
      issuesOf({
        tasks,
        recurring: [{ id: 'r', monthly: [1, -2], multiplier: { type: 'uniform', min: 2, max: 1 } }],
        shock: { probability: -1, schedule: fixed(Number.NaN), cost: fixed(1), otherwise: -1 },
      }),
    ).toEqual([
      { path: 'recurring[0].monthly[1]', message: 'must be a number of at least 0, got -2' },
      { path: 'recurring[0].multiplier.min', message: 'min (2) is greater than max (1)' },
      {
        path: 'shock.probability',
        message: 'probability must be a number between 0 and 1, got -1',
      },
      { path: 'shock.schedule.value', message: 'must be a finite number, got NaN' },
      { path: 'shock.otherwise', message: 'must be a number of at least 0, got -1' },
    ]);
  });

  it('puts the gate task and everything it depends on in the gate cone', () => {
    const net = compileNetwork({
      tasks: [task('a'), task('b', ['a']), task('c', ['b']), task('d'), task('e', ['d', 'b'])],
      gate: { task: 'c', noGoProbability: 0.1 },
    });
    const cone = net.taskIds.filter((_, k) => net.inGateCone[k] === 1).sort();
    expect(cone).toEqual(['a', 'b', 'c']);
    expect(net.taskIds[net.gateTask]).toBe('c');
  });

  it('reports every problem at once', () => {
    const issues = issuesOf({
      tasks: [task('a', ['x']), task('a', [], { rate: -1 })],
    });
    expect(issues.map((i) => i.path)).toEqual([
      'tasks[1].id',
      'tasks[1].rate',
      'tasks[0].dependsOn[0]',
    ]);
  });
});

describe('compileNetwork layout', () => {
  it('orders tasks so that every predecessor comes first, with consistent adjacency', () => {
    fc.assert(
      fc.property(networkArbitrary, (network) => {
        const net = compileNetwork(network);
        const n = network.tasks.length;
        expect([...net.taskIds].sort()).toEqual(network.tasks.map((t) => t.id).sort());
        const index = new Map(net.taskIds.map((id, k) => [id, k]));
        for (const t of network.tasks) {
          const k = index.get(t.id)!;
          const preds = Array.from(
            net.predIndex.subarray(net.predStart[k]!, net.predStart[k + 1]!),
          );
          expect(preds.map((p) => net.taskIds[p]).sort()).toEqual([...new Set(t.dependsOn)].sort());
          for (const p of preds) {
            expect(p).toBeLessThan(k);
            const succ = Array.from(
              net.succIndex.subarray(net.succStart[p]!, net.succStart[p + 1]!),
            );
            expect(succ).toContain(k);
          }
          expect(net.taskKey[k]).toBe(hashKey(`task:${t.id}`));
        }
        expect(net.predStart[n]).toBe(net.succStart[n]);
      }),
      { numRuns: 100, seed: 3 },
    );
  });

  it('turns a numeric fixed cost into a fixed distribution, and 0 into none', () => {
    const net = compileNetwork({
      tasks: [
        task('a', [], { fixedCost: 250 }),
        task('b', ['a'], { fixedCost: 0 }),
        task('c', ['b']),
      ],
    });
    expect(net.fixedCost).toEqual([fixed(250), undefined, undefined]);
    expect(Array.from(net.rate)).toEqual([0, 0, 0]);
  });

  it('counts the cost of a risk without a task under the risk category', () => {
    const net = compileNetwork({
      tasks: [task('a', [], { category: 'data' })],
      risks: [
        { id: 'on-a', probability: 0.5, task: 'a', cost: fixed(1) },
        { id: 'free', probability: 0.5, cost: fixed(1) },
      ],
    });
    expect(net.categories[net.riskCategory[0]!]).toBe('data');
    expect(net.categories[net.riskCategory[1]!]).toBe(RISK_CATEGORY);
    expect(Array.from(net.riskTask)).toEqual([0, -1]);
  });

  it('uses the post-mitigation probability only where a mitigation is given', () => {
    const net = compileNetwork({
      tasks: [task('a')],
      risks: [
        { id: 'm', probability: 0.6, task: 'a', mitigation: { cost: 10, probability: 0.1 } },
        { id: 'u', probability: 0.3, task: 'a' },
      ],
    });
    expect(Array.from(net.riskProbability)).toEqual([0.6, 0.3]);
    expect(Array.from(net.riskProbabilityMitigated)).toEqual([0.1, 0.3]);
    expect(Array.from(net.riskMitigationCost)).toEqual([10, 0]);
  });
});
