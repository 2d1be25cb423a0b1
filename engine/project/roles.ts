/** The roles a team is made of (DESIGN §2 "Team"). */
export const roleIds = [
  'data-scientist',
  'ml-engineer',
  'data-engineer',
  'mlops-engineer',
  'software-engineer',
  'annotator',
  'product-manager',
] as const;
export type RoleId = (typeof roleIds)[number];

export const roleNames: Record<RoleId, string> = {
  'data-scientist': 'Data scientist',
  'ml-engineer': 'ML engineer',
  'data-engineer': 'Data engineer',
  'mlops-engineer': 'MLOps engineer',
  'software-engineer': 'Software engineer',
  annotator: 'Annotator',
  'product-manager': 'Product/project manager',
};

export const seniorities = ['junior', 'mid', 'senior'] as const;
export type Seniority = (typeof seniorities)[number];

/**
 * Productivity (work done per day relative to a mid-level person) and spread (how much wider the
 * range of a task's effort is) by seniority. Judgement, see presets/README.md: juniors take longer
 * and vary more; seniors are faster and more predictable.
 */
export const seniorityEffect: Record<Seniority, { productivity: number; spread: number }> = {
  junior: { productivity: 0.65, spread: 1.4 },
  mid: { productivity: 1, spread: 1 },
  senior: { productivity: 1.3, spread: 0.8 },
};

export const regions = ['us', 'western-europe', 'eastern-europe', 'india'] as const;
export type Region = (typeof regions)[number];
