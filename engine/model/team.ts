import type { Distribution } from '../distributions/distribution.ts';
import type { TeamRole } from '../project/inputs-schema.ts';
import { roleNames, seniorityEffect, type RoleId } from '../project/roles.ts';

/** Who works on a task and what that means for its duration and cost. */
export type Crew = {
  /** People-equivalents at mid-level productivity: Σ count × allocation × productivity. */
  capacity: number;
  /** How much wider than the template's the effort range becomes (seniority mix). */
  spread: number;
  /** Cost per working day of the on-demand people on it (dedicated people are paid by span). */
  onDemandRate: number;
  /** Set when nobody on the team has the task's roles and a stand-in was assumed. */
  standIn?: string;
};

/**
 * The crew of a task: every team member whose role is one of the task's roles. When nobody has
 * those roles, one on-demand mid-level person at `fallbackRate` stands in (and the plan says so).
 */
export function crewFor(
  roles: readonly RoleId[],
  team: readonly TeamRole[],
  fallbackRate: number,
): Crew {
  let capacity = 0;
  let weight = 0;
  let spread = 0;
  let onDemandRate = 0;
  for (const member of team) {
    if (!roles.includes(member.role) || member.count <= 0) continue;
    const people = member.count * member.allocation;
    const effect = seniorityEffect[member.seniority];
    capacity += people * effect.productivity;
    spread += people * effect.spread;
    weight += people;
    if (member.engagement === 'on-demand') onDemandRate += people * member.dayRate;
  }
  if (capacity > 0) return { capacity, spread: spread / weight, onDemandRate };
  const role = roles[0];
  return {
    capacity: 1,
    spread: 1,
    onDemandRate: fallbackRate,
    standIn: role
      ? `nobody on the team is ${/^[aeiou]/i.test(roleNames[role]) ? 'an' : 'a'} ${roleNames[role].toLowerCase()}: assumed one on-demand mid-level person at ${Math.round(fallbackRate)} a day`
      : `the task names no role: assumed one on-demand person at ${Math.round(fallbackRate)} a day`,
  };
}

/**
 * Turns an effort range (person-days) into a duration range (working days) for a crew: divided by
 * the crew's capacity, and widened around the most likely value by its spread.
 */
export function durationForEffort(effort: Distribution, crew: Crew): Distribution {
  const k = 1 / crew.capacity;
  const s = crew.spread;
  switch (effort.type) {
    case 'pert':
    case 'triangular': {
      const min = Math.max(0, effort.mode - (effort.mode - effort.min) * s);
      const max = effort.mode + (effort.max - effort.mode) * s;
      return { type: effort.type, min: min * k, mode: effort.mode * k, max: max * k };
    }
    case 'uniform': {
      const mid = (effort.min + effort.max) / 2;
      const half = ((effort.max - effort.min) / 2) * s;
      return { type: 'uniform', min: Math.max(0, mid - half) * k, max: (mid + half) * k };
    }
    case 'lognormal': {
      const centre = Math.sqrt(effort.p5 * effort.p95);
      const ratio = Math.sqrt(effort.p95 / effort.p5) ** s;
      return { type: 'lognormal', p5: (centre / ratio) * k, p95: centre * ratio * k };
    }
    case 'normal': {
      const mid = (effort.p5 + effort.p95) / 2;
      const half = ((effort.p95 - effort.p5) / 2) * s;
      return { type: 'normal', p5: (mid - half) * k, p95: (mid + half) * k };
    }
    case 'fixed':
      return { type: 'fixed', value: effort.value * k };
    case 'bernoulli':
      return effort;
    default:
      return effort satisfies never;
  }
}
