import type { Inputs } from '../project/inputs-schema.ts';

/** Hours in an average month (8,760 / 12), for per-hour prices of always-on instances. */
export const HOURS_PER_MONTH = 730;
/** Working hours in an annotator's day. */
export const LABELING_HOURS_PER_DAY = 7;

/**
 * Quantities the ML cost model derives from the inputs and offers to template expressions under
 * these names. Each is documented in docs/templates.md; templates may add their own `variables`.
 */
export type Derived = {
  /** Labels to produce: items × labelers per item × (1 + QA share) × (1 + rework share). */
  labelUnits: number;
  /** Labeling fee (vendor) or annotator cost (in-house) for `labelUnits`. */
  labelingCost: number;
  /** Working days labeling takes: vendor capacity or in-house annotators' throughput. */
  labelingDays: number;
  /** Annotator hours (in-house); 0 for a vendor. */
  labelingHours: number;
  /** Cost of one label per item, QA and rework included: for relabeling new data after launch. */
  costPerLabeledItem: number;
  /** Training compute of one PoC iteration: experiments × hours × price per hour. */
  trainingCostPerIteration: number;
  /** Cost of one retraining run: one experiment's hours × price per hour. */
  retrainingRunCost: number;
  /** Inference instances running all month. */
  inferenceMonthly: number;
  /** Egress per month. */
  egressMonthly: number;
  /** Cleaning effort factor by data quality: clean 0.6, typical 1, messy 1.8. */
  qualityFactor: number;
  /** Data access factor by difficulty: easy 0.7, moderate 1, hard 1.6. */
  accessFactor: number;
  /** Sources scale sub-linearly: shared tooling makes the tenth source cheaper than the first. */
  sourcesFactor: number;
  /** MLOps maturity 0, 1, 2. */
  maturity: number;
  /** Mean loaded day rate of the team (count × allocation weighted); 0 without a team. */
  averageDayRate: number;
  /** People on the team (count × allocation). */
  teamSize: number;
  /** Share of the team (count × allocation) that is junior, and that is senior. */
  juniorShare: number;
  seniorShare: number;
};

const QUALITY = { clean: 0.6, typical: 1, messy: 1.8 } as const;
const ACCESS = { easy: 0.7, moderate: 1, hard: 1.6 } as const;

export function deriveQuantities(inputs: Inputs): Derived {
  const { labels, compute, data, team } = inputs;
  const labelUnits =
    labels.items * labels.labelersPerItem * (1 + labels.qaShare) * (1 + labels.reworkShare);
  const perItemUnits = labels.labelersPerItem * (1 + labels.qaShare) * (1 + labels.reworkShare);
  const inHouse = labels.mode === 'in-house';
  const labelingHours =
    inHouse && labels.throughputPerHour > 0 ? labelUnits / labels.throughputPerHour : 0;
  const labelingCost = inHouse
    ? labelingHours * labels.annotatorRatePerHour
    : labelUnits * labels.pricePerLabel;
  const labelingDays = inHouse
    ? labelingHours / (Math.max(labels.annotators, 0.1) * LABELING_HOURS_PER_DAY)
    : labels.vendorLabelsPerDay > 0
      ? labelUnits / labels.vendorLabelsPerDay
      : 0;
  const costPerLabeledItem = inHouse
    ? labels.throughputPerHour > 0
      ? (perItemUnits / labels.throughputPerHour) * labels.annotatorRatePerHour
      : 0
    : perItemUnits * labels.pricePerLabel;
  let people = 0;
  let burn = 0;
  let juniors = 0;
  let seniors = 0;
  for (const role of team.roles) {
    const p = role.count * role.allocation;
    people += p;
    burn += p * role.dayRate;
    if (role.seniority === 'junior') juniors += p;
    if (role.seniority === 'senior') seniors += p;
  }
  return {
    labelUnits,
    labelingCost,
    labelingDays,
    labelingHours,
    costPerLabeledItem,
    trainingCostPerIteration:
      compute.training.experimentsPerIteration *
      compute.training.hoursPerExperiment *
      compute.training.pricePerHour,
    retrainingRunCost: compute.training.hoursPerExperiment * compute.training.pricePerHour,
    inferenceMonthly:
      compute.inference.instances * compute.inference.pricePerHour * HOURS_PER_MONTH,
    egressMonthly: compute.egressGbPerMonth * compute.egressPricePerGb,
    qualityFactor: QUALITY[data.quality],
    accessFactor: ACCESS[data.accessDifficulty],
    sourcesFactor: Math.max(1, data.sources) ** 0.7,
    maturity: inputs.mlops.maturity,
    averageDayRate: people > 0 ? burn / people : 0,
    teamSize: people,
    juniorShare: people > 0 ? juniors / people : 0,
    seniorShare: people > 0 ? seniors / people : 0,
  };
}
