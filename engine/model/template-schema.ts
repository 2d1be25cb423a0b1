import { z } from 'zod';
import { roleIds } from '../project/roles.ts';
import { categories } from '../project/scenario-schema.ts';

/** A mathjs expression over the inputs, or a plain number. */
export const expressionSchema = z.union([z.string().min(1).max(2000), z.number().finite()]);
export type Expression = z.output<typeof expressionSchema>;

/**
 * A range whose bounds are expressions: `[min, likely, max]` is a BetaPERT; the object forms pick
 * another distribution (`{ "lognormal": [p5, p95] }`, `{ "fixed": x }`, …).
 */
export const rangeSchema = z.union([
  z.tuple([expressionSchema, expressionSchema, expressionSchema]),
  z.object({ pert: z.tuple([expressionSchema, expressionSchema, expressionSchema]) }).strict(),
  z
    .object({ triangular: z.tuple([expressionSchema, expressionSchema, expressionSchema]) })
    .strict(),
  z.object({ uniform: z.tuple([expressionSchema, expressionSchema]) }).strict(),
  z.object({ lognormal: z.tuple([expressionSchema, expressionSchema]) }).strict(),
  z.object({ normal: z.tuple([expressionSchema, expressionSchema]) }).strict(),
  z.object({ fixed: expressionSchema }).strict(),
]);
export type Range = z.output<typeof rangeSchema>;

const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'use lower-case letters, digits and "-"');
const explain = z
  .string()
  .min(10, 'say in a sentence why this exists and what drives it')
  .max(2000);

/** A dependency, optionally only when an expression holds (e.g. MLOps alongside the PoC or after it). */
export const dependencySchema = z.union([
  id,
  z.object({ task: id, when: expressionSchema }).strict(),
]);

export const templateTaskSchema = z
  .object({
    id,
    name: z.string().min(1).max(200),
    phase: z.string().min(1).max(100),
    category: z.enum(categories),
    roles: z.array(z.enum(roleIds)).max(7).default([]),
    dependsOn: z.array(dependencySchema).default([]),
    /** Person-days; divided by the capacity of the team's people in `roles`. */
    effort: rangeSchema.optional(),
    /** Working days regardless of the team (e.g. a vendor's labeling time). */
    duration: rangeSchema.optional(),
    /** Include the task only when this expression is true. */
    when: expressionSchema.optional(),
    /** One-off costs (labeling fees, licences, compute), in the project currency. */
    costs: z
      .array(z.object({ name: z.string().min(1).max(200), amount: expressionSchema }))
      .default([]),
    explain,
  })
  .refine((t) => (t.effort === undefined) !== (t.duration === undefined), {
    message: 'give exactly one of "effort" (person-days) and "duration" (working days)',
  });

export const templateDriverSchema = z.object({
  id,
  name: z.string().min(1).max(200),
  multiplier: rangeSchema,
  /** Tasks it applies to: listed ids, plus every task of the listed categories or phases. */
  tasks: z.array(id).default([]),
  categories: z.array(z.enum(categories)).default([]),
  phases: z.array(z.string()).default([]),
  scalesCost: z.boolean().default(false),
  when: expressionSchema.optional(),
  explain,
});

export const templateRiskSchema = z.object({
  id,
  name: z.string().min(1).max(200),
  probability: expressionSchema,
  task: id.optional(),
  delay: rangeSchema.optional(),
  cost: rangeSchema.optional(),
  mitigation: z
    .object({
      name: z.string().min(1).max(200),
      cost: expressionSchema,
      probability: expressionSchema,
    })
    .optional(),
  when: expressionSchema.optional(),
  explain,
});

export const templateRunningSchema = z.object({
  id,
  name: z.string().min(1).max(200),
  /** Amount in month `month` (1 = first month after launch). */
  monthly: expressionSchema,
  /** Uncertainty of the stream, as a multiplier range around 1. */
  uncertainty: rangeSchema.optional(),
  when: expressionSchema.optional(),
  explain,
});

export const templateSchema = z.object({
  id,
  name: z.string().min(1).max(200),
  /** One line shown when choosing a template. */
  description: z.string().min(1).max(300),
  /** Where the template's judgement comes from (data sheet rows, practitioner reports). */
  basis: z.string().min(1).max(2000),
  /** Default inputs, merged over the schema's defaults (same shape as a scenario's `inputs`). */
  defaults: z.record(z.string(), z.unknown()).default({}),
  /** Where the default inputs came from: input path → preset figure id or a note. */
  defaultSources: z.record(z.string(), z.string()).default({}),
  /** Named expressions, evaluated in order before the tasks; later ones may use earlier ones. */
  variables: z.record(z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/), expressionSchema).default({}),
  tasks: z.array(templateTaskSchema).min(1),
  drivers: z.array(templateDriverSchema).default([]),
  risks: z.array(templateRiskSchema).default([]),
  running: z.array(templateRunningSchema).default([]),
  poc: z.object({
    /** The experiment task; its effort is per iteration. */
    experimentTask: id,
    /** The go/no-go decision task. */
    decisionTask: id,
    /** Number of experiment iterations until the target is met (or the timebox ends). */
    iterations: rangeSchema,
    /** Probability the PoC ends the project. */
    noGo: expressionSchema,
    explain,
  }),
});

export type Template = z.output<typeof templateSchema>;
export type TemplateTask = z.output<typeof templateTaskSchema>;
