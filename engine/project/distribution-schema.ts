import { z } from 'zod';
import type { Distribution } from '../distributions/distribution.ts';
import { validateDistribution } from '../distributions/validate.ts';

const finite = z.number().finite();

const shapes = z.discriminatedUnion('type', [
  z.object({ type: z.literal('fixed'), value: finite }),
  z.object({ type: z.literal('pert'), min: finite, mode: finite, max: finite }),
  z.object({ type: z.literal('triangular'), min: finite, mode: finite, max: finite }),
  z.object({ type: z.literal('uniform'), min: finite, max: finite }),
  z.object({ type: z.literal('lognormal'), p5: finite, p95: finite }),
  z.object({ type: z.literal('normal'), p5: finite, p95: finite }),
  z.object({ type: z.literal('bernoulli'), p: finite }),
]);

/** A serializable distribution (DESIGN §2), checked by the engine's own validation rules. */
export const distributionSchema: z.ZodType<Distribution> = shapes.superRefine((dist, ctx) => {
  for (const issue of validateDistribution(dist, '')) {
    const field = issue.path.replace(/^\./, '');
    ctx.addIssue({ code: 'custom', message: issue.message, path: field ? [field] : [] });
  }
});
