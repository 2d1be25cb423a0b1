/**
 * Serializable probability distributions (DESIGN §2). Durations are in working days, costs in the
 * project's currency. `lognormal` and `normal` are given by their 90% interval (5th and 95th
 * percentiles), the way "low to high" is read by Guesstimate and Squiggle.
 */
export type FixedDistribution = { type: 'fixed'; value: number };
/** BetaPERT with λ = 4: mean (min + 4·mode + max) / 6. */
export type PertDistribution = { type: 'pert'; min: number; mode: number; max: number };
export type TriangularDistribution = { type: 'triangular'; min: number; mode: number; max: number };
export type UniformDistribution = { type: 'uniform'; min: number; max: number };
export type LognormalDistribution = { type: 'lognormal'; p5: number; p95: number };
export type NormalDistribution = { type: 'normal'; p5: number; p95: number };
/** 1 with probability p, else 0. */
export type BernoulliDistribution = { type: 'bernoulli'; p: number };

export type Distribution =
  | FixedDistribution
  | PertDistribution
  | TriangularDistribution
  | UniformDistribution
  | LognormalDistribution
  | NormalDistribution
  | BernoulliDistribution;

export type DistributionType = Distribution['type'];

export const distributionTypes: readonly DistributionType[] = [
  'fixed',
  'pert',
  'triangular',
  'uniform',
  'lognormal',
  'normal',
  'bernoulli',
];
