import { z } from 'zod';
import { regions, roleIds, seniorities } from '../project/roles.ts';
import { labelTypes } from '../project/inputs-schema.ts';

const isoMonth = z
  .string()
  .regex(/^\d{4}(-\d{2}){0,2}$/, 'asOf must be a date such as 2025, 2025-06 or 2025-06-30');

/**
 * One sourced number (DESIGN §1: every preset figure carries `source` and `asOf`). A judgement says
 * `source: "estimate"` and gives its rationale in `note`.
 */
export const figureSchema = z
  .object({
    value: z.number().finite().min(0),
    source: z.string().min(3, 'every figure needs a source (or "estimate" with a note)'),
    asOf: isoMonth,
    note: z.string().max(1000).optional(),
  })
  .strict()
  .refine((f) => f.source !== 'estimate' || (f.note !== undefined && f.note.length >= 10), {
    message: 'a figure whose source is "estimate" needs a one-line rationale in "note"',
    path: ['note'],
  });
export type Figure = z.output<typeof figureSchema>;

const currency = z.string().regex(/^[A-Z]{3}$/);

const seniorityRates = z.object(
  Object.fromEntries(seniorities.map((s) => [s, figureSchema])) as Record<
    (typeof seniorities)[number],
    typeof figureSchema
  >,
);

/** Loaded day rates per region, role and seniority. */
export const rateCardsSchema = z.object({
  currency,
  /** How a salary becomes a loaded day rate (benefits ×1.42, overhead, working days). */
  loading: z.object({
    benefitsFactor: figureSchema,
    overheadFactor: figureSchema,
    workingDaysPerYear: figureSchema,
    explanation: z.string().min(20),
  }),
  regions: z.object(
    Object.fromEntries(
      regions.map((r) => [
        r,
        z.object({
          name: z.string().min(1),
          roles: z.object(
            Object.fromEntries(roleIds.map((role) => [role, seniorityRates])) as Record<
              (typeof roleIds)[number],
              typeof seniorityRates
            >,
          ),
        }),
      ]),
    ) as Record<
      (typeof regions)[number],
      z.ZodObject<{
        name: z.ZodString;
        roles: z.ZodObject<Record<(typeof roleIds)[number], typeof seniorityRates>>;
      }>
    >,
  ),
});

const priced = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  pricePerHour: figureSchema,
});

/** Cloud prices: accelerators for training, instances for inference, storage and egress. */
export const cloudPricesSchema = z.object({
  currency,
  training: z.array(priced).min(3),
  inference: z.array(priced).min(3),
  storagePerGbMonth: figureSchema,
  egressPerGb: figureSchema,
});

/** Labeling: vendor price tiers per label and in-house throughput, per label type. */
export const labelingPricesSchema = z.object({
  currency,
  annotatorHourlyRate: z.object(
    Object.fromEntries(regions.map((r) => [r, figureSchema])) as Record<
      (typeof regions)[number],
      typeof figureSchema
    >,
  ),
  types: z.object(
    Object.fromEntries(
      labelTypes.map((t) => [
        t,
        z.object({
          name: z.string().min(1),
          unit: z.string().min(1),
          vendorTier1: figureSchema,
          vendorTier2: figureSchema,
          throughputPerHour: figureSchema,
        }),
      ]),
    ) as Record<
      (typeof labelTypes)[number],
      z.ZodObject<{
        name: z.ZodString;
        unit: z.ZodString;
        vendorTier1: typeof figureSchema;
        vendorTier2: typeof figureSchema;
        throughputPerHour: typeof figureSchema;
      }>
    >,
  ),
});

/** MLOps tools: self-hosted open source (hosting cost) or SaaS (per seat). */
export const mlopsToolsSchema = z.object({
  currency,
  tools: z
    .array(
      z.object({
        id: z.string().min(1),
        name: z.string().min(1),
        kind: z.enum(['open-source', 'saas']),
        covers: z
          .array(
            z.enum([
              'experimentTracking',
              'modelRegistry',
              'dataVersioning',
              'monitoring',
              'driftDetection',
              'cicd',
              'labelLoop',
              'abTesting',
              'retrainingPipeline',
            ]),
          )
          .min(1),
        monthlyFixed: figureSchema,
        perSeatMonthly: figureSchema,
      }),
    )
    .min(4),
});

/** Exchange rates into USD, for converting preset figures into the project's currency. */
export const exchangeRatesSchema = z.object({
  base: z.literal('USD'),
  rates: z.record(currency, figureSchema),
});

export type RateCards = z.output<typeof rateCardsSchema>;
export type CloudPrices = z.output<typeof cloudPricesSchema>;
export type LabelingPrices = z.output<typeof labelingPricesSchema>;
export type MlopsTools = z.output<typeof mlopsToolsSchema>;
export type ExchangeRates = z.output<typeof exchangeRatesSchema>;
