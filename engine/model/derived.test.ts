import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inputsSchema, type InputsFile } from '../project/inputs-schema.ts';
import { deriveQuantities, HOURS_PER_MONTH, LABELING_HOURS_PER_DAY } from './derived.ts';
import { buildScenario } from './build-scenario.ts';
import { miniScenario, miniSettings, miniTemplate } from '../../test/fixtures/mini-template.ts';

const derive = (inputs: InputsFile) => deriveQuantities(inputsSchema.parse(inputs));

describe('labeling quantities', () => {
  it('vendor: items × price × labelers × (1 + QA) × (1 + rework), time from vendor capacity', () => {
    const d = derive({
      labels: {
        items: 10_000,
        mode: 'vendor',
        pricePerLabel: 0.05,
        labelersPerItem: 3,
        qaShare: 0.1,
        reworkShare: 0.2,
        vendorLabelsPerDay: 5_000,
      },
    });
    // 10,000 × 3 × 1.1 × 1.2 = 39,600 labels; × $0.05 = $1,980; ÷ 5,000 a day = 7.92 days.
    expect(d.labelUnits).toBeCloseTo(39_600, 6);
    expect(d.labelingCost).toBeCloseTo(1_980, 6);
    expect(d.labelingDays).toBeCloseTo(7.92, 9);
    expect(d.labelingHours).toBe(0);
    // One more item after launch: 3 × 1.1 × 1.2 × 0.05.
    expect(d.costPerLabeledItem).toBeCloseTo(0.198, 9);
  });

  it('in-house: items ÷ throughput × hourly rate × labelers × (1 + QA) × (1 + rework)', () => {
    const d = derive({
      labels: {
        items: 10_000,
        mode: 'in-house',
        throughputPerHour: 50,
        annotatorRatePerHour: 20,
        annotators: 4,
        labelersPerItem: 2,
        qaShare: 0.1,
        reworkShare: 0.1,
      },
    });
    // 10,000 × 2 × 1.1 × 1.1 = 24,200 labels ÷ 50/h = 484 h × $20 = $9,680.
    expect(d.labelUnits).toBeCloseTo(24_200, 6);
    expect(d.labelingHours).toBeCloseTo(484, 9);
    expect(d.labelingCost).toBeCloseTo(9_680, 6);
    // 484 h ÷ (4 annotators × 7 h a day) = 17.2857… working days.
    expect(d.labelingDays).toBeCloseTo(484 / (4 * LABELING_HOURS_PER_DAY), 9);
    expect(d.costPerLabeledItem).toBeCloseTo((2.42 / 50) * 20, 9);
  });

  it('in-house duration halves with twice the annotators or twice the throughput', () => {
    const base: InputsFile = {
      labels: { items: 5_000, mode: 'in-house', throughputPerHour: 40, annotators: 2 },
    };
    const d = derive(base);
    const moreAnnotators = derive({ labels: { ...base.labels, annotators: 4 } });
    const faster = derive({ labels: { ...base.labels, throughputPerHour: 80 } });
    expect(moreAnnotators.labelingDays).toBeCloseTo(d.labelingDays / 2, 9);
    expect(moreAnnotators.labelingCost).toBeCloseTo(d.labelingCost, 9);
    expect(faster.labelingDays).toBeCloseTo(d.labelingDays / 2, 9);
    expect(faster.labelingCost).toBeCloseTo(d.labelingCost / 2, 9);
  });

  it('matches the formulas for any label inputs', () => {
    fc.assert(
      fc.property(
        fc.record({
          items: fc.integer({ min: 0, max: 1_000_000 }),
          mode: fc.constantFrom('vendor' as const, 'in-house' as const),
          pricePerLabel: fc.double({ min: 0, max: 5, noNaN: true }),
          vendorLabelsPerDay: fc.double({ min: 1, max: 100_000, noNaN: true }),
          throughputPerHour: fc.double({ min: 1, max: 1_000, noNaN: true }),
          annotatorRatePerHour: fc.double({ min: 0, max: 100, noNaN: true }),
          annotators: fc.double({ min: 0.1, max: 100, noNaN: true }),
          labelersPerItem: fc.integer({ min: 1, max: 5 }),
          qaShare: fc.double({ min: 0, max: 1, noNaN: true }),
          reworkShare: fc.double({ min: 0, max: 1, noNaN: true }),
        }),
        (labels) => {
          const d = derive({ labels });
          const units =
            labels.items * labels.labelersPerItem * (1 + labels.qaShare) * (1 + labels.reworkShare);
          const cost =
            labels.mode === 'vendor'
              ? units * labels.pricePerLabel
              : (units / labels.throughputPerHour) * labels.annotatorRatePerHour;
          const days =
            labels.mode === 'vendor'
              ? units / labels.vendorLabelsPerDay
              : units / labels.throughputPerHour / (labels.annotators * LABELING_HOURS_PER_DAY);
          // Same arithmetic in another order: equal to ~1e-12 relative.
          expect(d.labelUnits).toBeCloseTo(units, 6);
          expect(Math.abs(d.labelingCost - cost)).toBeLessThanOrEqual(1e-9 * Math.max(1, cost));
          expect(Math.abs(d.labelingDays - days)).toBeLessThanOrEqual(1e-9 * Math.max(1, days));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('reach the labeling task of a plan: its cost line and its duration', () => {
    const inputs: InputsFile = {
      labels: {
        items: 20_000,
        mode: 'in-house',
        throughputPerHour: 60,
        annotatorRatePerHour: 25,
        annotators: 5,
      },
    };
    const built = buildScenario(miniTemplate(), miniScenario(inputs), miniSettings());
    const d = derive(inputs);
    const labeling = built.tasks.find((t) => t.id === 'labeling')!;
    expect(labeling.costs).toEqual([{ name: 'Labeling', amount: d.labelingCost }]);
    expect(labeling.duration).toEqual({ type: 'fixed', value: d.labelingDays });
    // 20,000 × 1.1 × 1.1 ÷ 60 × 25 (schema defaults: one labeler, 10% QA, 10% rework).
    expect(d.labelingCost).toBeCloseTo(((20_000 * 1.21) / 60) * 25, 6);
  });
});

describe('other derived quantities', () => {
  it('compute, data and team figures follow their documented formulas', () => {
    const d = derive({
      compute: {
        training: { pricePerHour: 2, hoursPerExperiment: 3, experimentsPerIteration: 4 },
        inference: { pricePerHour: 0.1, instances: 3 },
        egressGbPerMonth: 100,
        egressPricePerGb: 0.09,
      },
      data: { sources: 8, quality: 'messy', accessDifficulty: 'hard' },
      team: {
        roles: [
          { role: 'data-scientist', count: 2, seniority: 'junior', dayRate: 500 },
          { role: 'ml-engineer', count: 1, seniority: 'senior', allocation: 0.5, dayRate: 1500 },
        ],
      },
    });
    expect(d.trainingCostPerIteration).toBeCloseTo(4 * 3 * 2, 9);
    expect(d.retrainingRunCost).toBeCloseTo(3 * 2, 9);
    expect(d.inferenceMonthly).toBeCloseTo(3 * 0.1 * HOURS_PER_MONTH, 9);
    expect(d.egressMonthly).toBeCloseTo(9, 9);
    expect(d.qualityFactor).toBe(1.8);
    expect(d.accessFactor).toBe(1.6);
    expect(d.sourcesFactor).toBeCloseTo(8 ** 0.7, 12);
    expect(d.teamSize).toBeCloseTo(2.5, 12);
    expect(d.averageDayRate).toBeCloseTo((2 * 500 + 0.5 * 1500) / 2.5, 9);
    expect(d.juniorShare).toBeCloseTo(0.8, 12);
    expect(d.seniorShare).toBeCloseTo(0.2, 12);
  });

  it('gives zeros rather than NaN for an empty team and no sources', () => {
    const d = derive({ team: { roles: [] }, data: { sources: 0 } });
    expect(d.averageDayRate).toBe(0);
    expect(d.juniorShare).toBe(0);
    expect(d.sourcesFactor).toBe(1);
    expect(Object.values(d).every(Number.isFinite)).toBe(true);
  });
});
