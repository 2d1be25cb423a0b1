import { describe, expect, it } from 'vitest';
import {
  newProject,
  registry,
  SEED,
  templateIds,
  withSettings,
} from '../../test/fixtures/projects.ts';
import { prepareScenario } from '../project/simulate-scenario.ts';
import { simulate } from './runner.ts';

/** Three blocks and a bit: the outcome must agree block by block, the last one short. */
const ITERATIONS = 6_500;

describe("detail: 'outcome'", () => {
  it.each(templateIds)(
    'gives %s the numbers of a full run for everything it keeps, and leaves out the rest',
    (id) => {
      // The reference-class shock, mitigations, a budget and a deadline: every branch of the
      // outcome, with the running costs and go/no-go gate the templates have.
      const project = withSettings(newProject(id), (s) => {
        s.referenceClassUplift = true;
        s.mitigated = true;
      });
      const { built, options } = prepareScenario(project, project.scenarios[0]!, registry, {
        iterations: ITERATIONS,
        seed: SEED,
      });
      const withLimits = { ...options, budget: 400_000, deadline: 200 };
      const full = simulate(built.network, { ...withLimits, detail: 'full' });
      const outcome = simulate(built.network, { ...withLimits, detail: 'outcome' });

      const kept = (r: typeof full) => ({
        iterations: r.iterations,
        seed: r.seed,
        engineVersion: r.engineVersion,
        mitigated: r.mitigated,
        duration: r.duration,
        cost: r.cost,
        probabilities: r.probabilities,
        convergence: r.convergence,
        histogram: r.histogram,
        sCurve: r.sCurve,
        risks: r.risks,
        noGo: r.noGo,
        costIfStopped: r.costIfStopped,
        shockFraction: r.shockFraction,
      });
      expect(kept(outcome)).toEqual(kept(full));
      expect(outcome.risks.length).toBeGreaterThan(0);
      expect(outcome.shockFraction).toBeGreaterThan(0);
      expect(outcome.probabilities.both).toBeDefined();

      expect(outcome.criticality).toEqual({});
      expect(outcome.costByCategory).toEqual({});
      expect(outcome.phases).toEqual([]);
      expect(outcome.tasks).toEqual([]);
      expect(outcome.sensitivity.sampleSize).toBe(0);
      for (const absent of ['runCost', 'tco', 'runCostPerMonth', 'hiddenShare'] as const) {
        expect(outcome[absent]).toBeUndefined();
      }
      // Not vacuous: the full run has what the outcome leaves out.
      expect(Object.keys(full.criticality).length).toBeGreaterThan(0);
      expect(full.runCostPerMonth?.length).toBeGreaterThan(0);
      expect(full.hiddenShare).toBeDefined();
    },
  );
});
