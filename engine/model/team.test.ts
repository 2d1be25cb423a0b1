import { describe, expect, it } from 'vitest';
import type { Distribution } from '../distributions/distribution.ts';
import { teamRoleSchema, type TeamRole } from '../project/inputs-schema.ts';
import { simulate } from '../simulation/runner.ts';
import { builtinPresets, usdTo } from '../presets/builtin.ts';
import { buildScenario, STAND_IN_DAY_RATE } from './build-scenario.ts';
import { crewFor, durationForEffort } from './team.ts';
import {
  fullTeam,
  miniScenario,
  miniSettings,
  miniTemplate,
} from '../../test/fixtures/mini-template.ts';

const member = (fields: Partial<TeamRole> & Pick<TeamRole, 'role'>): TeamRole =>
  teamRoleSchema.parse(fields);
const effort: Distribution = { type: 'pert', min: 4, mode: 8, max: 16 };

describe('crewFor and durationForEffort', () => {
  it('one mid-level person full time takes the effort as working days', () => {
    const crew = crewFor(['data-scientist'], [member({ role: 'data-scientist' })], 800);
    expect(crew.capacity).toBe(1);
    expect(durationForEffort(effort, crew)).toEqual(effort);
  });

  it('two mid-level people halve the duration', () => {
    const crew = crewFor(['data-scientist'], [member({ role: 'data-scientist', count: 2 })], 800);
    expect(crew.capacity).toBe(2);
    expect(durationForEffort(effort, crew)).toEqual({ type: 'pert', min: 2, mode: 4, max: 8 });
  });

  it('half allocation doubles the duration', () => {
    const crew = crewFor(
      ['data-scientist'],
      [member({ role: 'data-scientist', allocation: 0.5 })],
      800,
    );
    expect(durationForEffort(effort, crew)).toEqual({ type: 'pert', min: 8, mode: 16, max: 32 });
  });

  it('a junior works at 0.65 of a mid-level pace and widens the range by 1.4', () => {
    const crew = crewFor(
      ['data-scientist'],
      [member({ role: 'data-scientist', seniority: 'junior' })],
      800,
    );
    expect(crew.capacity).toBe(0.65);
    expect(crew.spread).toBe(1.4);
    const d = durationForEffort(effort, crew) as Extract<Distribution, { type: 'pert' }>;
    // Around the mode 8: low side 4 × 1.4 = 5.6 below, high side 8 × 1.4 = 11.2 above; ÷ 0.65.
    expect(d.mode).toBeCloseTo(8 / 0.65, 12);
    expect(d.min).toBeCloseTo((8 - 5.6) / 0.65, 12);
    expect(d.max).toBeCloseTo((8 + 11.2) / 0.65, 12);
  });

  it('a senior is faster (1.3) and narrows the range (0.8) around the mode', () => {
    const crew = crewFor(
      ['ml-engineer'],
      [member({ role: 'ml-engineer', seniority: 'senior' })],
      0,
    );
    const d = durationForEffort(effort, crew) as Extract<Distribution, { type: 'pert' }>;
    expect(d.mode).toBeCloseTo(8 / 1.3, 12);
    expect(d.min).toBeCloseTo((8 - 4 * 0.8) / 1.3, 12);
    expect(d.max).toBeCloseTo((8 + 8 * 0.8) / 1.3, 12);
    // Relative to its mode the range is narrower than a mid-level person's.
    expect((d.max - d.min) / d.mode).toBeLessThan((16 - 4) / 8);
  });

  it('a mixed crew adds capacities and averages the spread by people', () => {
    const crew = crewFor(
      ['data-scientist', 'ml-engineer'],
      [
        member({ role: 'data-scientist', seniority: 'junior' }),
        member({ role: 'ml-engineer', seniority: 'senior' }),
        member({ role: 'data-engineer', count: 5 }), // not on this task
      ],
      800,
    );
    expect(crew.capacity).toBeCloseTo(0.65 + 1.3, 12);
    expect(crew.spread).toBeCloseTo((1.4 + 0.8) / 2, 12);
  });

  it('never lets the widened range go below zero', () => {
    const crew = crewFor(['annotator'], [member({ role: 'annotator', seniority: 'junior' })], 1);
    const d = durationForEffort({ type: 'pert', min: 0.5, mode: 1, max: 2 }, crew);
    expect(d.type === 'pert' && d.min).toBeGreaterThanOrEqual(0);
    const n = durationForEffort({ type: 'normal', p5: 2, p95: 6 }, crew);
    expect(n.type === 'normal' && n.p5).toBeCloseTo((4 - 2.8) / 0.65, 12);
    expect(n.type === 'normal' && n.p95).toBeCloseTo((4 + 2.8) / 0.65, 12);
  });

  it('scales the other distribution shapes too', () => {
    const crew = crewFor(['data-scientist'], [member({ role: 'data-scientist', count: 2 })], 800);
    expect(durationForEffort({ type: 'fixed', value: 6 }, crew)).toEqual({
      type: 'fixed',
      value: 3,
    });
    expect(durationForEffort({ type: 'uniform', min: 2, max: 6 }, crew)).toEqual({
      type: 'uniform',
      min: 1,
      max: 3,
    });
    const log = durationForEffort({ type: 'lognormal', p5: 2, p95: 8 }, crew);
    expect(log.type === 'lognormal' && log.p5).toBeCloseTo(1, 12);
    expect(log.type === 'lognormal' && log.p95).toBeCloseTo(4, 12);
  });

  it('bills on-demand people per day of the task, not dedicated ones', () => {
    const crew = crewFor(
      ['data-scientist'],
      [
        member({ role: 'data-scientist', dayRate: 900, engagement: 'on-demand', count: 2 }),
        member({ role: 'data-scientist', dayRate: 700, engagement: 'dedicated' }),
      ],
      800,
    );
    expect(crew.onDemandRate).toBe(1_800);
    expect(crew.capacity).toBe(3);
  });

  it('a missing role gets an on-demand mid-level stand-in, and the plan says so', () => {
    const crew = crewFor(['annotator'], [member({ role: 'data-scientist' })], 750);
    expect(crew).toMatchObject({ capacity: 1, spread: 1, onDemandRate: 750 });
    expect(crew.standIn).toMatch(/nobody on the team is an? annotator/);
    expect(crew.standIn).toContain('750');

    const team = fullTeam().filter((m) => m.role !== 'ml-engineer');
    const built = buildScenario(
      miniTemplate(),
      miniScenario({ team: { roles: team } }),
      miniSettings(),
    );
    const packaging = built.tasks.find((t) => t.id === 'package')!;
    expect(packaging.standIn).toMatch(/ml engineer/);
    expect(packaging.rate).toBe(1000); // the team's average day rate
    expect(
      built.warnings.some((w) => w.includes('Package the model') && /ml engineer/.test(w)),
    ).toBe(true);
  });
});

describe('stand-ins for a plan without a team', () => {
  it('are priced at the stand-in day rate when the team gives no average', () => {
    const built = buildScenario(
      miniTemplate(),
      miniScenario({ team: { roles: [] } }),
      miniSettings(),
    );
    expect(built.tasks.every((t) => t.effort === undefined || t.standIn !== undefined)).toBe(true);
    expect(built.tasks.find((t) => t.id === 'clean')!.rate).toBe(STAND_IN_DAY_RATE);
  });

  // Regression (fixed in 6f1a644): STAND_IN_DAY_RATE, a US-dollar figure like every preset, was
  // used as is in any currency: a plan in rupees with no team assumed stand-ins at 800 INR (about
  // $9) a day instead of 800 × the presets' INR rate.
  it('are priced in the project currency', () => {
    const built = buildScenario(
      miniTemplate(),
      miniScenario({ team: { roles: [] } }),
      miniSettings(),
      'INR',
    );
    const fx = usdTo(builtinPresets(), 'INR');
    expect(built.tasks.find((t) => t.id === 'clean')!.rate).toBeCloseTo(STAND_IN_DAY_RATE * fx, 6);
  });
});

describe('dedicated and on-demand members in a simulated plan', () => {
  // The mini template's efforts are fixed and its driver and risk are off, so one iteration gives
  // the exact cost; 200 iterations only check that nothing varies.
  const sim = (scenario: ReturnType<typeof miniScenario>) =>
    simulate(buildScenario(miniTemplate(), scenario, miniSettings()).network, {
      iterations: 200,
      seed: 1,
    });

  it('dedicated members are span charges at count × allocation × day rate', () => {
    const scenario = miniScenario({
      team: {
        roles: [
          ...fullTeam('on-demand').filter((m) => m.role !== 'product-manager'),
          {
            role: 'product-manager',
            count: 2,
            allocation: 0.5,
            dayRate: 1200,
            engagement: 'dedicated',
          },
        ],
      },
    });
    const built = buildScenario(miniTemplate(), scenario, miniSettings());
    expect(built.network.spanCharges).toEqual([
      {
        id: 'team-5-product-manager',
        name: '2 × mid product-manager (dedicated)',
        ratePerDay: 1200,
        tasks: ['frame', 'decision', 'launch'],
      },
    ]);
    // The product manager's tasks carry no per-day rate: they are paid by span.
    expect(built.tasks.find((t) => t.id === 'frame')!.rate).toBe(0);
  });

  it('a dedicated person costs the whole span; on demand costs only the task days', () => {
    // Everyone on demand: Σ effort × 1,000.
    const onDemand = sim(miniScenario());
    const efforts = buildScenario(miniTemplate(), miniScenario(), miniSettings()).tasks.reduce(
      (sum, t) => sum + (t.effort?.type === 'fixed' ? t.effort.value : 0),
      0,
    );
    expect(onDemand.cost.mean).toBeCloseTo(efforts * 1000, 4);

    // The product manager dedicated: paid from the first task's start to the finish (the whole
    // plan, since "frame" starts it), instead of 2 + 1 + 1 task days.
    const team = fullTeam('on-demand').map((m) =>
      m.role === 'product-manager' ? { ...m, engagement: 'dedicated' as const } : m,
    );
    const dedicated = sim(miniScenario({ team: { roles: team } }));
    const span = dedicated.duration.mean;
    expect(dedicated.cost.mean).toBeCloseTo(onDemand.cost.mean - 4 * 1000 + span * 1000, 4);
  });

  it('a slipping plan raises dedicated cost: a risk that delays a task adds delay × day rate', () => {
    const team = fullTeam('dedicated');
    const calm = sim(miniScenario({ team: { roles: team } }));
    const slipping = sim(
      miniScenario(
        { team: { roles: team } },
        {
          drivers: [{ id: 'messiness', enabled: false }],
          risks: [{ id: 'access-delayed', probability: 1, delay: { type: 'fixed', value: 10 } }],
        },
      ),
    );
    // "access" is on the critical path: launch slips by 10 days. A dedicated person is paid from
    // the start of their first task to the finish, so the two already at work when access slips
    // (product manager, data engineer) are paid 10 more days each; the four who start after it
    // start 10 days later and cost the same. Nobody is on demand, so the delay bills nothing else.
    expect(slipping.duration.mean).toBeCloseTo(calm.duration.mean + 10, 9);
    expect(slipping.cost.mean).toBeCloseTo(calm.cost.mean + 10 * 2 * 1000, 4);
  });

  it('an on-demand crew pays a delay only at the delayed task’s rate', () => {
    const calm = sim(miniScenario());
    const slipping = sim(
      miniScenario(
        {},
        {
          drivers: [{ id: 'messiness', enabled: false }],
          risks: [{ id: 'access-delayed', probability: 1, delay: { type: 'fixed', value: 10 } }],
        },
      ),
    );
    expect(slipping.cost.mean).toBeCloseTo(calm.cost.mean + 10 * 1000, 4);
  });
});
