import { z } from 'zod';
import { distributionSchema } from './distribution-schema.ts';
import { inputsSchema } from './inputs-schema.ts';
import { roleIds } from './roles.ts';

const id = z
  .string()
  .min(1, 'must not be empty')
  .max(100)
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9_.-]*$/,
    'use letters, digits, "-", "_" and "." only, starting with a letter or digit',
  );
const notes = z.string().max(5000).optional();

export const categories = ['model', 'data', 'productionization', 'mlops', 'management'] as const;
export type Category = (typeof categories)[number];

/** The user's change to a task the template generated. */
export const taskOverrideSchema = z.object({
  task: id,
  name: z.string().max(200).optional(),
  /** Person-days, replacing the template's range (still divided by the team's capacity). */
  effort: distributionSchema.optional(),
  /** Working days, replacing the computed duration outright. */
  duration: distributionSchema.optional(),
  dependsOn: z.array(id).max(500).optional(),
  fixedCost: z.number().finite().min(0).optional(),
  removed: z.boolean().optional(),
  notes,
});
export type TaskOverride = z.output<typeof taskOverrideSchema>;

/** A task the user added to the generated network. */
export const extraTaskSchema = z
  .object({
    id,
    name: z.string().min(1).max(200),
    phase: z.string().max(100).default('custom'),
    category: z.enum(categories).default('management'),
    roles: z.array(z.enum(roleIds)).max(7).default([]),
    effort: distributionSchema.optional(),
    duration: distributionSchema.optional(),
    dependsOn: z.array(id).max(500).default([]),
    fixedCost: z.number().finite().min(0).default(0),
    notes,
  })
  .refine((t) => t.effort !== undefined || t.duration !== undefined, {
    message: 'give the task an effort (person-days) or a duration (working days)',
    path: ['effort'],
  });
export type ExtraTask = z.output<typeof extraTaskSchema>;

/** A risk of the register: overrides the template's risk with the same id, or adds one. */
export const riskEntrySchema = z.object({
  id,
  name: z.string().max(200).optional(),
  enabled: z.boolean().optional(),
  probability: z.number().finite().min(0).max(1).optional(),
  task: id.optional(),
  /** Working days added to the task when the risk fires (negative: an opportunity). */
  delay: distributionSchema.optional(),
  /** Cost added when it fires (negative: an opportunity). */
  cost: distributionSchema.optional(),
  mitigation: z
    .object({
      name: z.string().max(200).default(''),
      cost: z.number().finite().min(0),
      probability: z.number().finite().min(0).max(1),
    })
    .nullable()
    .optional(),
  notes,
});
export type RiskEntry = z.output<typeof riskEntrySchema>;

/** A driver: overrides the template's driver with the same id, or adds one. */
export const driverEntrySchema = z.object({
  id,
  name: z.string().max(200).optional(),
  enabled: z.boolean().optional(),
  multiplier: distributionSchema.optional(),
  tasks: z.array(id).max(500).optional(),
  notes,
});
export type DriverEntry = z.output<typeof driverEntrySchema>;

export const scenarioSchema = z.object({
  id,
  name: z.string().min(1).max(200),
  template: id,
  inputs: inputsSchema.prefault({}),
  overrides: z.array(taskOverrideSchema).max(2000).default([]),
  extraTasks: z.array(extraTaskSchema).max(2000).default([]),
  risks: z.array(riskEntrySchema).max(2000).default([]),
  drivers: z.array(driverEntrySchema).max(500).default([]),
  notes,
});
export type Scenario = z.output<typeof scenarioSchema>;
