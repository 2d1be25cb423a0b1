import { describe, expect, it } from 'vitest';
import { FathomInputError } from '../errors.ts';
import { builtinPresets, usdTo } from '../presets/builtin.ts';
import { createProject, defaultInputs } from './create-project.ts';
import { SCHEMA_VERSION } from './project-schema.ts';
import { regions } from './roles.ts';
import { registry, TODAY } from '../../test/fixtures/projects.ts';

const churn = registry.get('churn');
const presets = builtinPresets();

describe('createProject', () => {
  it('makes one baseline scenario starting the Monday after today', () => {
    const project = createProject(churn, { today: TODAY });
    expect(project.schemaVersion).toBe(SCHEMA_VERSION);
    expect(project.meta).toMatchObject({
      name: churn.name,
      currency: 'USD',
      created: TODAY,
      modified: TODAY,
    });
    expect(project.settings.startDate).toBe('2026-03-09');
    expect(project.scenarios).toHaveLength(1);
    expect(project.scenarios[0]).toMatchObject({ id: 'baseline', template: 'churn' });
    expect(project.scenarios[0]!.inputs.team.region).toBe('us');
  });

  it('takes day rates from the region’s rate card', () => {
    for (const region of regions) {
      const inputs = defaultInputs(churn, region, 'USD');
      expect(inputs.team?.region).toBe(region);
      for (const member of inputs.team!.roles!) {
        const card = presets.rateCards.regions[region].roles[member.role][member.seniority!];
        expect(member.dayRate, `${region} ${member.role}`).toBe(Math.round(card.value));
      }
    }
  });

  it('converts every money figure into the project currency', () => {
    const usd = defaultInputs(churn, 'western-europe', 'USD');
    const eur = defaultInputs(churn, 'western-europe', 'EUR');
    const fx = usdTo(presets, 'EUR');
    expect(fx).toBeGreaterThan(0);
    expect(fx).not.toBe(1);
    const pairs: [number | undefined, number | undefined][] = [
      [usd.compute?.training?.pricePerHour, eur.compute?.training?.pricePerHour],
      [usd.compute?.inference?.pricePerHour, eur.compute?.inference?.pricePerHour],
      [usd.labels?.pricePerLabel, eur.labels?.pricePerLabel],
      [usd.labels?.annotatorRatePerHour, eur.labels?.annotatorRatePerHour],
    ];
    for (const [dollars, euros] of pairs) {
      // Rounded to 4 decimals (prices) after conversion.
      expect(euros).toBeCloseTo(dollars! * fx, 3);
    }
    usd.team!.roles!.forEach((member, i) =>
      // Day rates are rounded to whole units in each currency: within one unit of the conversion.
      expect(Math.abs(eur.team!.roles![i]!.dayRate! - member.dayRate! * fx)).toBeLessThanOrEqual(1),
    );
  });

  it('refuses an unknown region or currency with the choices', () => {
    expect(() =>
      createProject(churn, { today: TODAY, region: 'mars' as (typeof regions)[number] }),
    ).toThrow(FathomInputError);
    expect(() => createProject(churn, { today: TODAY, currency: 'XXX' })).toThrow(
      /no exchange rate for "XXX"; use one of .*USD/,
    );
  });
});
