import { describe, expect, it } from 'vitest';
import { FathomInputError } from '../errors.ts';
import { buildScenario, POC_DRIVER_ID } from './build-scenario.ts';
import type { BuiltScenario } from './built-scenario.ts';
import { miniScenario, miniSettings, miniTemplate } from '../../test/fixtures/mini-template.ts';

type Extra = Parameters<typeof miniScenario>[1];

const buildMini = (extra: Extra = {}, inputs: Parameters<typeof miniScenario>[0] = {}) =>
  buildScenario(miniTemplate(), miniScenario(inputs, extra), miniSettings());

const task = (built: BuiltScenario, id: string) => built.tasks.find((t) => t.id === id);
const networkTask = (built: BuiltScenario, id: string) =>
  built.network.tasks.find((t) => t.id === id);

describe('the generated plan', () => {
  it('follows the template: conditional tasks and dependencies by the inputs', () => {
    const plain = buildMini();
    expect(task(plain, 'labeling')).toBeUndefined();
    expect(task(plain, 'dataset')!.dependsOn).toEqual(['clean']);
    const labeled = buildMini({}, { labels: { items: 1000 } });
    expect(task(labeled, 'dataset')!.dependsOn).toEqual(['clean', 'labeling']);
    const noMonitoring = buildMini({}, { mlops: { components: { monitoring: false } } });
    // Launch waited for monitoring; without it, launch waits for what monitoring waited for.
    expect(task(noMonitoring, 'launch')!.dependsOn).toEqual(['deploy', 'package']);
  });

  it('network tasks mirror the built tasks', () => {
    const built = buildMini({}, { labels: { items: 500, pricePerLabel: 0.1 } });
    expect(built.network.tasks.map((t) => t.id)).toEqual(built.tasks.map((t) => t.id));
    for (const t of built.tasks) {
      const n = networkTask(built, t.id)!;
      expect(n.dependsOn).toEqual(t.dependsOn);
      expect(n.duration).toEqual(t.duration);
      expect(n.category).toBe(t.category);
      expect(n.fixedCost).toBeCloseTo(
        t.costs.reduce((s, c) => s + c.amount, 0),
        9,
      );
      expect(t.origin).toBe('template');
      expect(t.overridden).toEqual([]);
    }
  });
});

describe('task overrides', () => {
  it('removing a task rewires its successors to its predecessors', () => {
    const built = buildMini({ overrides: [{ task: 'clean', removed: true }] });
    expect(task(built, 'clean')).toBeUndefined();
    expect(task(built, 'dataset')!.dependsOn).toEqual(['access']);
    expect(networkTask(built, 'dataset')!.dependsOn).toEqual(['access']);
  });

  it('removing a chain of tasks rewires across all of them', () => {
    const built = buildMini({
      overrides: [
        { task: 'package', removed: true },
        { task: 'deploy', removed: true },
        { task: 'monitoring', removed: true },
      ],
    });
    expect(task(built, 'launch')!.dependsOn).toEqual(['decision']);
  });

  it('overriding effort changes the duration through the crew, and is marked', () => {
    const built = buildMini(
      { overrides: [{ task: 'clean', effort: { type: 'pert', min: 4, mode: 6, max: 12 } }] },
      {
        team: {
          roles: [{ role: 'data-scientist', count: 2, dayRate: 1000, engagement: 'on-demand' }],
        },
      },
    );
    const clean = task(built, 'clean')!;
    expect(clean.effort).toEqual({ type: 'pert', min: 4, mode: 6, max: 12 });
    expect(clean.duration).toEqual({ type: 'pert', min: 2, mode: 3, max: 6 });
    expect(clean.overridden).toEqual(['effort']);
    expect(networkTask(built, 'clean')!.duration).toEqual(clean.duration);
  });

  it('overriding duration replaces the computed duration outright', () => {
    const built = buildMini({
      overrides: [{ task: 'package', duration: { type: 'triangular', min: 3, mode: 4, max: 9 } }],
    });
    const packaging = task(built, 'package')!;
    expect(packaging.effort).toBeUndefined();
    expect(packaging.duration).toEqual({ type: 'triangular', min: 3, mode: 4, max: 9 });
    expect(packaging.overridden).toEqual(['duration']);
  });

  // Regression (fixed in 6f1a644): the crew's rate was only set for tasks that still had an
  // effort, and a duration override deletes it, so overriding "package" (an on-demand ML engineer
  // at 1,000 a day) with its own 5 days gave rate 0 and cut the plan's cost by 5,000.
  it('overriding duration keeps billing the task’s on-demand people per day', () => {
    const built = buildMini({
      overrides: [{ task: 'package', duration: { type: 'fixed', value: 5 } }],
    });
    expect(task(built, 'package')!.rate).toBe(1000);
    expect(networkTask(built, 'package')!.rate).toBe(1000);
  });

  it('overriding dependsOn changes the network', () => {
    const built = buildMini({
      overrides: [{ task: 'monitoring', dependsOn: ['frame'], notes: 'start early' }],
    });
    const monitoring = task(built, 'monitoring')!;
    expect(monitoring.dependsOn).toEqual(['frame']);
    expect(networkTask(built, 'monitoring')!.dependsOn).toEqual(['frame']);
    expect(monitoring.overridden).toEqual(['dependsOn']);
    expect(monitoring.explain).toContain('Note: start early');
  });

  it('overriding the name and the fixed cost replaces them', () => {
    const built = buildMini(
      { overrides: [{ task: 'labeling', name: 'Vendor labels', fixedCost: 1234 }] },
      { labels: { items: 1000 } },
    );
    const labeling = task(built, 'labeling')!;
    expect(labeling.name).toBe('Vendor labels');
    expect(labeling.costs).toEqual([{ name: 'Set by the user', amount: 1234 }]);
    expect(labeling.overridden).toEqual(['name', 'fixedCost']);
    expect(networkTask(built, 'labeling')!.fixedCost).toBe(1234);
  });

  it('a change to a task the plan does not have is ignored with a warning', () => {
    const built = buildMini({
      overrides: [{ task: 'labeling', effort: { type: 'fixed', value: 1 } }],
    });
    expect(built.warnings).toEqual([expect.stringContaining('"labeling" was ignored')]);
  });

  it('a dependency on an unknown task is an input error naming scenario and task', () => {
    expect(() => buildMini({ overrides: [{ task: 'deploy', dependsOn: ['nowhere'] }] })).toThrow(
      FathomInputError,
    );
    expect(() => buildMini({ overrides: [{ task: 'deploy', dependsOn: ['nowhere'] }] })).toThrow(
      'scenario "mini-scenario", task "deploy": depends on unknown task "nowhere"',
    );
  });
});

describe('extra tasks', () => {
  it('are added to the network with the user as origin', () => {
    const built = buildMini({
      extraTasks: [
        {
          id: 'security-audit',
          name: 'Security audit',
          category: 'productionization',
          roles: ['software-engineer'],
          effort: { type: 'fixed', value: 4 },
          dependsOn: ['package'],
          fixedCost: 5000,
          notes: 'required by the bank',
        },
        {
          id: 'legal-wait',
          name: 'Legal sign-off wait',
          duration: { type: 'pert', min: 5, mode: 10, max: 30 },
          dependsOn: ['security-audit'],
        },
      ],
    });
    const audit = task(built, 'security-audit')!;
    expect(audit).toMatchObject({
      origin: 'user',
      category: 'productionization',
      phase: 'custom',
      dependsOn: ['package'],
      duration: { type: 'fixed', value: 4 },
      rate: 1000,
      costs: [{ name: 'Set by the user', amount: 5000 }],
    });
    expect(audit.explain).toContain('required by the bank');
    // A duration with nobody on it is a wait: it takes time and bills no one.
    expect(task(built, 'legal-wait')).toMatchObject({ category: 'management', rate: 0 });
    expect(networkTask(built, 'legal-wait')!.dependsOn).toEqual(['security-audit']);
  });

  it('an added task with a duration and roles is billed by its crew per day', () => {
    const built = buildMini({
      extraTasks: [
        {
          id: 'pen-test',
          name: 'Penetration test support',
          roles: ['software-engineer'],
          duration: { type: 'fixed', value: 5 },
          dependsOn: ['deploy'],
        },
      ],
    });
    // The on-demand software engineer (1,000 a day) works it; the duration stays the user's.
    expect(task(built, 'pen-test')).toMatchObject({
      rate: 1000,
      duration: { type: 'fixed', value: 5 },
    });
    expect(task(built, 'pen-test')!.standIn).toBeUndefined();
  });

  it('an added task that depends on a removed one follows the rewiring', () => {
    const built = buildMini({
      overrides: [{ task: 'deploy', removed: true }],
      extraTasks: [
        { id: 'docs', name: 'Docs', effort: { type: 'fixed', value: 1 }, dependsOn: ['deploy'] },
      ],
    });
    expect(task(built, 'docs')!.dependsOn).toEqual(['package']);
  });

  it('may not reuse a generated task id', () => {
    expect(() =>
      buildMini({
        extraTasks: [{ id: 'clean', name: 'Clean again', effort: { type: 'fixed', value: 1 } }],
      }),
    ).toThrow(/extraTasks "clean".*id of a generated task/);
  });
});

describe('risk entries', () => {
  it('override a template risk by id and are marked', () => {
    const built = buildMini({
      random: true,
      risks: [{ id: 'access-delayed', probability: 0.6, notes: 'legal is slow' }],
    });
    const risk = built.risks.find((r) => r.id === 'access-delayed')!;
    expect(risk).toMatchObject({ probability: 0.6, overridden: true, origin: 'template' });
    expect(risk.delay).toEqual({ type: 'pert', min: 5, mode: 10, max: 20 });
    expect(risk.explain).toContain('Note: legal is slow');
    expect(built.network.risks!.find((r) => r.id === 'access-delayed')!.probability).toBe(0.6);
  });

  it('enabled: false removes a template risk', () => {
    const built = buildMini({ random: true, risks: [{ id: 'access-delayed', enabled: false }] });
    expect(built.risks).toEqual([]);
    expect(built.network.risks).toEqual([]);
  });

  it('a new id adds a risk of the user', () => {
    const built = buildMini({
      random: true,
      risks: [
        {
          id: 'vendor-bankrupt',
          name: 'Vendor goes bankrupt',
          probability: 0.05,
          task: 'deploy',
          delay: { type: 'pert', min: 5, mode: 10, max: 40 },
          cost: { type: 'fixed', value: 20000 },
          mitigation: { name: 'Escrow', cost: 1000, probability: 0.01 },
        },
      ],
    });
    expect(built.risks.map((r) => r.id)).toEqual(['access-delayed', 'vendor-bankrupt']);
    expect(built.risks[1]).toMatchObject({ origin: 'user', overridden: false, task: 'deploy' });
    expect(built.network.risks![1]).toEqual({
      id: 'vendor-bankrupt',
      name: 'Vendor goes bankrupt',
      probability: 0.05,
      task: 'deploy',
      delay: { type: 'pert', min: 5, mode: 10, max: 40 },
      cost: { type: 'fixed', value: 20000 },
      mitigation: { cost: 1000, probability: 0.01 },
    });
  });

  it('a risk on a removed task keeps its cost, loses its delay and warns', () => {
    const built = buildMini({
      random: true,
      overrides: [{ task: 'access', removed: true }],
      risks: [{ id: 'access-delayed', cost: { type: 'fixed', value: 100 } }],
    });
    const risk = built.risks.find((r) => r.id === 'access-delayed')!;
    expect(risk.task).toBeUndefined();
    expect(risk.delay).toBeUndefined();
    expect(risk.cost).toEqual({ type: 'fixed', value: 100 });
    expect(built.warnings.some((w) => w.includes('"access" is not in the plan'))).toBe(true);
  });
});

describe('driver entries', () => {
  it('override a template driver by id', () => {
    const built = buildMini({
      random: true,
      drivers: [{ id: 'messiness', multiplier: { type: 'pert', min: 1, mode: 1.2, max: 2 } }],
    });
    const driver = built.drivers.find((d) => d.id === 'messiness')!;
    expect(driver).toMatchObject({
      overridden: true,
      multiplier: { type: 'pert', min: 1, mode: 1.2, max: 2 },
      tasks: ['access', 'clean', 'dataset'],
    });
  });

  it('enabled: false removes one, also the PoC iterations driver', () => {
    const built = buildMini({
      random: true,
      drivers: [
        { id: 'messiness', enabled: false },
        { id: POC_DRIVER_ID, enabled: false },
      ],
    });
    expect(built.drivers).toEqual([]);
    expect(built.network.drivers).toEqual([]);
  });

  it('a new id with a multiplier adds a driver over the listed tasks that exist', () => {
    const built = buildMini({
      random: true,
      drivers: [
        {
          id: 'integration',
          multiplier: { type: 'lognormal', p5: 0.9, p95: 1.8 },
          tasks: ['package', 'deploy', 'no-such-task'],
        },
      ],
    });
    const driver = built.drivers.find((d) => d.id === 'integration')!;
    expect(driver).toMatchObject({ origin: 'user', tasks: ['package', 'deploy'] });
    expect(built.network.drivers!.map((d) => d.id)).toEqual([
      'messiness',
      POC_DRIVER_ID,
      'integration',
    ]);
  });

  it('a new id without a multiplier is ignored with a warning', () => {
    const built = buildMini({ random: true, drivers: [{ id: 'vague', tasks: ['clean'] }] });
    expect(built.drivers.map((d) => d.id)).not.toContain('vague');
    expect(built.warnings).toContain('driver "vague" was ignored: it has no multiplier');
  });
});
