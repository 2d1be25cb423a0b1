import { describe, expect, it } from 'vitest';
import { registry, SEED, unicodeProject } from '../../test/fixtures/report.ts';
import { simulateScenario, type Project } from '../index.ts';
import { simulateForReport } from './simulate-report.ts';

const ITERATIONS = 3_000;

/** What the risk register reads of a run; every number the simulation gives for it. */
const headline = (r: { cost: object; duration: object; risks: object; mitigated: boolean }) => ({
  cost: r.cost,
  duration: r.duration,
  risks: r.risks,
  mitigated: r.mitigated,
});

describe('simulateForReport', () => {
  it.each([false, true])(
    'gives the mitigation counterpart the numbers of the project simulated with mitigations %s → flipped',
    async (mitigated) => {
      const base = unicodeProject('llm-rag', 'USD');
      const project: Project = { ...base, settings: { ...base.settings, mitigated } };
      const { result, comparison } = await simulateForReport(project, undefined, registry, {
        iterations: ITERATIONS,
        seed: SEED,
      });
      expect(result.built.risks.some((r) => r.mitigation)).toBe(true);
      const flipped: Project = {
        ...project,
        settings: { ...project.settings, mitigated: !mitigated },
      };
      const alone = simulateScenario(flipped, undefined, registry, {
        iterations: ITERATIONS,
        seed: SEED,
        detail: 'headline',
      });
      const [asPlanned, other] = mitigated
        ? [comparison.mitigated, comparison.unmitigated]
        : [comparison.unmitigated, comparison.mitigated];
      expect(asPlanned).toBe(result);
      expect(headline(other)).toEqual(headline(alone));
      expect(other.mitigated).toBe(!mitigated);
      // The mitigations change the figures: the comparison is not the plan twice.
      expect(other.cost.p50).not.toBe(result.cost.p50);
    },
  );
});
