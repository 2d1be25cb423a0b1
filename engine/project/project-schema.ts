import { z } from 'zod';
import { DEFAULT_ITERATIONS, DEFAULT_SEED, MAX_ITERATIONS } from '../constants.ts';
import { scenarioSchema } from './scenario-schema.ts';

export const SCHEMA_VERSION = 1;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2027-01-04')
  .refine(
    (text) =>
      !Number.isNaN(Date.parse(`${text}T00:00:00Z`)) &&
      new Date(`${text}T00:00:00Z`).toISOString().startsWith(text),
    {
      message: 'is not a real calendar date',
    },
  );

export const metaSchema = z.object({
  name: z.string().min(1).max(200).default('Untitled plan'),
  author: z.string().max(200).default(''),
  /** ISO 4217 code; every amount in the project is in it. */
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, 'must be a 3-letter currency code such as USD or EUR')
    .default('USD'),
  created: z.string().max(40).default(''),
  modified: z.string().max(40).default(''),
});

export const settingsSchema = z.object({
  iterations: z.number().int().min(100).max(MAX_ITERATIONS).default(DEFAULT_ITERATIONS),
  seed: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).default(DEFAULT_SEED),
  startDate: isoDate.default('2027-01-04'),
  workdaysPerWeek: z.number().int().min(1).max(7).default(5),
  /** Non-working dates (public holidays, shutdowns). */
  holidays: z.array(isoDate).max(1000).default([]),
  horizonMonths: z.number().int().min(0).max(120).default(12),
  budget: z.number().finite().min(0).optional(),
  /** Date by which the project should launch. */
  deadline: isoDate.optional(),
  /** Add the outside view: overrun data of IT projects (reference/ml-cost-facts.md §2). */
  referenceClassUplift: z.boolean().default(false),
  /** Simulate risks with their mitigations in place. */
  mitigated: z.boolean().default(false),
});

export const projectSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    meta: metaSchema.prefault({}),
    settings: settingsSchema.prefault({}),
    /**
     * Id of the scenario the others are compared with; the first scenario when absent. Added
     * after version 1 as an optional field, so version-1 files stay valid (DESIGN §2).
     */
    baseline: z.string().max(100).optional(),
    scenarios: z.array(scenarioSchema).min(1, 'a project needs at least one scenario').max(50),
  })
  .superRefine((project, ctx) => {
    const seen = new Set<string>();
    project.scenarios.forEach((scenario, i) => {
      if (seen.has(scenario.id)) {
        ctx.addIssue({
          code: 'custom',
          message: `duplicate scenario id "${scenario.id}"`,
          path: ['scenarios', i, 'id'],
        });
      }
      seen.add(scenario.id);
    });
    if (project.baseline !== undefined && !seen.has(project.baseline)) {
      ctx.addIssue({
        code: 'custom',
        message: `names no scenario of this project (${JSON.stringify(project.baseline)}); it has ${[
          ...seen,
        ]
          .map((id) => JSON.stringify(id))
          .join(', ')}`,
        path: ['baseline'],
      });
    }
  });

export type Project = z.output<typeof projectSchema>;
export type ProjectFile = z.input<typeof projectSchema>;
export type Settings = z.output<typeof settingsSchema>;
