import './friendly-messages.ts';
import { z } from 'zod';
import { quantity } from './quantity.ts';
import { regions, roleIds, seniorities } from './roles.ts';

const share = (fallback: number) => z.number().finite().min(0).max(1).default(fallback);
const count = (fallback: number) => z.number().finite().min(0).default(fallback);
const money = (fallback: number) => z.number().finite().min(0).default(fallback);

export const goalSchema = z.object({
  businessMetric: z.string().max(500).default(''),
  modelMetric: z.string().max(500).default(''),
  /** The model metric's target, in words or a number ("recall ≥ 0.8 at 5% FPR"). */
  target: z.string().max(500).default(''),
  baselineKnown: z.boolean().default(false),
  /** Weeks the PoC may take before a go/no-go decision; 0 means no timebox. */
  pocTimeboxWeeks: z.number().finite().min(0).max(104).default(6),
  /** Could simple business rules solve the problem well enough? */
  rulesFeasible: z.boolean().default(false),
  /** How new the problem is to the team and the field: widens the PoC and its chance of failing. */
  novelty: z.enum(['routine', 'some', 'novel']).default('some'),
  /** A hold-out test set and a leakage check are planned. */
  holdoutPlanned: z.boolean().default(true),
});

export const dataSchema = z.object({
  sources: z.number().int().min(0).max(1000).default(3),
  accessDifficulty: z.enum(['easy', 'moderate', 'hard']).default('moderate'),
  volumeGb: quantity('GB', 50),
  records: count(1_000_000),
  growthGbPerMonth: quantity('GB', 2),
  quality: z.enum(['clean', 'typical', 'messy']).default('typical'),
  personalData: z.boolean().default(false),
  location: z.enum(['cloud', 'on-prem']).default('cloud'),
});

export const labelTypes = [
  'classification',
  'bounding-box',
  'polygon',
  'segmentation',
  'text-span',
  'audio-minute',
  'llm-preference',
] as const;

export const labelsSchema = z.object({
  /** Items to label before the PoC; 0 when labels come from history. */
  items: count(0),
  type: z.enum(labelTypes).default('classification'),
  mode: z.enum(['vendor', 'in-house']).default('vendor'),
  /** Vendor price per label per labeler. */
  pricePerLabel: money(0.035),
  /** Vendor capacity, labels per working day. */
  vendorLabelsPerDay: count(5000),
  /** In-house: labels one annotator makes per hour. */
  throughputPerHour: count(100),
  /** In-house: annotator cost per hour. */
  annotatorRatePerHour: money(20),
  /** In-house: annotators working on it at once. */
  annotators: z.number().finite().min(0.1).max(10_000).default(4),
  labelersPerItem: z.number().finite().min(1).max(20).default(1),
  qaShare: share(0.1),
  reworkShare: share(0.1),
  /** New labels needed per month after launch (drift, new classes). */
  newItemsPerMonth: count(0),
});

export const teamRoleSchema = z.object({
  role: z.enum(roleIds),
  count: z.number().finite().min(0).max(1000).default(1),
  seniority: z.enum(seniorities).default('mid'),
  /** Share of their working time on this project (0–1]. */
  allocation: z.number().finite().gt(0).max(1).default(1),
  /** Cost per working day, loaded (salary, benefits and overhead, or a contractor's day rate). */
  dayRate: money(800),
  engagement: z.enum(['dedicated', 'on-demand']).default('dedicated'),
});
export type TeamRole = z.output<typeof teamRoleSchema>;

export const teamSchema = z.object({
  region: z.enum(regions).default('us'),
  roles: z.array(teamRoleSchema).max(200).default([]),
});

export const computeSchema = z.object({
  training: z
    .object({
      accelerator: z.string().max(100).default('g5.xlarge'),
      pricePerHour: money(1.006),
      hoursPerExperiment: quantity('h', 4),
      /** Training runs per PoC iteration (hyper-parameter search counts here). */
      experimentsPerIteration: count(5),
    })
    .prefault({}),
  inference: z
    .object({
      instance: z.string().max(100).default('m7g.large'),
      pricePerHour: money(0.0816),
      instances: count(2),
      requestsPerDay: count(10_000),
    })
    .prefault({}),
  storageGb: quantity('GB', 100),
  storagePricePerGbMonth: money(0.023),
  egressGbPerMonth: quantity('GB', 10),
  egressPricePerGb: money(0.09),
  /** The model runs on phones or edge devices: adds optimisation and device testing. */
  onDevice: z.boolean().default(false),
  /** Latency, memory and power targets for the device are written down. */
  deviceTargets: z.boolean().default(false),
  /** Training happens on laptops rather than cloud or on-prem machines. */
  laptopsOnly: z.boolean().default(false),
});

export const mlopsComponentsSchema = z.object({
  dataVersioning: z.boolean().default(true),
  experimentTracking: z.boolean().default(true),
  modelRegistry: z.boolean().default(true),
  cicd: z.boolean().default(false),
  monitoring: z.boolean().default(true),
  driftDetection: z.boolean().default(true),
  retrainingPipeline: z.boolean().default(false),
  labelLoop: z.boolean().default(false),
  abTesting: z.boolean().default(false),
});

export const mlopsSchema = z.object({
  /** Google's MLOps maturity level: 0 manual, 1 automated training pipeline, 2 CI/CD of pipelines. */
  maturity: z.number().int().min(0).max(2).default(1),
  components: mlopsComponentsSchema.prefault({}),
  tooling: z.enum(['open-source', 'saas']).default('open-source'),
  /** When the MLOps build starts: after the PoC proved the metric, or alongside it. */
  timing: z.enum(['after-poc', 'with-poc']).default('after-poc'),
  /** Retraining runs per month after launch. */
  retrainsPerMonth: count(1),
});

/** The questionnaire of a planning session (DESIGN §2 "Inputs"). */
export const inputsSchema = z.object({
  goal: goalSchema.prefault({}),
  data: dataSchema.prefault({}),
  labels: labelsSchema.prefault({}),
  team: teamSchema.prefault({}),
  compute: computeSchema.prefault({}),
  mlops: mlopsSchema.prefault({}),
});

export type Inputs = z.output<typeof inputsSchema>;
export type InputsFile = z.input<typeof inputsSchema>;
