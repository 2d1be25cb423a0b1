import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ZodType } from 'zod';
import {
  cloudPricesSchema,
  exchangeRatesSchema,
  labelingPricesSchema,
  mlopsToolsSchema,
  rateCardsSchema,
} from '../engine/presets/preset-schema.ts';
import { labelTypes } from '../engine/project/inputs-schema.ts';
import { regions, roleIds, seniorities } from '../engine/project/roles.ts';

const presetsDir = fileURLToPath(new URL('.', import.meta.url));

/** Every top-level JSON file in presets/ and the schema it must satisfy (templates/ has its own). */
const schemas: Record<string, ZodType> = {
  'rate-cards.json': rateCardsSchema,
  'cloud-prices.json': cloudPricesSchema,
  'labeling-prices.json': labelingPricesSchema,
  'mlops-tools.json': mlopsToolsSchema,
  'exchange-rates.json': exchangeRatesSchema,
};

const jsonFiles = readdirSync(presetsDir, { withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
  .map((entry) => entry.name)
  .sort();

function readPreset(file: string): unknown {
  return JSON.parse(readFileSync(new URL(file, import.meta.url), 'utf8')) as unknown;
}

const asOfPattern = /^\d{4}(-\d{2}){0,2}$/;

/**
 * Every object with a numeric `value` anywhere in a preset is a figure and must say where it comes
 * from (DESIGN §1). Walks the raw JSON rather than trusting the schema, so a figure added in a
 * place the schema does not describe (and would silently strip) is still checked.
 */
function unsourcedFigures(node: unknown, path: string): string[] {
  if (Array.isArray(node))
    return node.flatMap((item, i) => unsourcedFigures(item, `${path}[${i}]`));
  if (node === null || typeof node !== 'object') return [];
  const record = node as Record<string, unknown>;
  const problems: string[] = [];
  if (typeof record.value === 'number') {
    const { source, asOf, note } = record;
    const where = path || '(root)';
    if (typeof source !== 'string' || source.trim().length < 3) {
      problems.push(`${where}: figure has no source`);
    }
    if (typeof asOf !== 'string' || !asOfPattern.test(asOf)) {
      problems.push(`${where}: figure has no asOf date (YYYY, YYYY-MM or YYYY-MM-DD)`);
    }
    if (source === 'estimate' && (typeof note !== 'string' || note.trim().length < 10)) {
      problems.push(`${where}: an "estimate" needs a one-line rationale in note`);
    }
  }
  for (const [key, child] of Object.entries(record)) {
    problems.push(...unsourcedFigures(child, path ? `${path}.${key}` : key));
  }
  return problems;
}

describe('unsourcedFigures', () => {
  it('names the path of every figure without source, asOf or rationale', () => {
    const fixture = {
      ok: { value: 1, source: 'BLS', asOf: '2024-05' },
      deep: { list: [{ price: { value: 2, asOf: '2025' } }] },
      guess: { value: 3, source: 'estimate', asOf: '2025' },
      undated: { value: 4, source: 'somewhere' },
      notAFigure: { value: 'text', name: 'strings are not figures' },
    };
    expect(unsourcedFigures(fixture, '')).toEqual([
      'deep.list[0].price: figure has no source',
      'guess: an "estimate" needs a one-line rationale in note',
      'undated: figure has no asOf date (YYYY, YYYY-MM or YYYY-MM-DD)',
    ]);
  });
});

describe('preset files', () => {
  it('has a schema for every top-level JSON file, and a file for every schema', () => {
    expect(jsonFiles).toEqual(Object.keys(schemas).sort());
  });

  it.each(jsonFiles)('%s matches its schema', (file) => {
    const schema = schemas[file];
    if (!schema) throw new Error(`${file}: no schema registered in presets/presets.test.ts`);
    const result = schema.safeParse(readPreset(file));
    const problems = result.success
      ? []
      : result.error.issues.map(
          (issue) => `${file}: ${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`,
        );
    expect(problems).toEqual([]);
  });

  it.each(jsonFiles)('every figure in %s has a source and asOf', (file) => {
    const problems = unsourcedFigures(readPreset(file), '').map((p) => `${file}: ${p}`);
    expect(problems).toEqual([]);
  });
});

describe('sanity of the numbers', () => {
  const rateCards = rateCardsSchema.parse(readPreset('rate-cards.json'));
  const labeling = labelingPricesSchema.parse(readPreset('labeling-prices.json'));
  const rate = (region: (typeof regions)[number], role: (typeof roleIds)[number]) =>
    rateCards.regions[region].roles[role];

  it('US day rates exceed Indian ones for the same role and seniority', () => {
    // Every pay figure in the data sheet (§5) puts India far below the US; a reversal means a
    // unit or currency slip (e.g. rupees not converted, or lakh read as thousands).
    const problems: string[] = [];
    for (const role of roleIds) {
      for (const s of seniorities) {
        const us = rate('us', role)[s].value;
        const india = rate('india', role)[s].value;
        if (!(us > india)) problems.push(`${role}/${s}: us ${us} ≤ india ${india}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('senior ≥ mid ≥ junior in every region and role', () => {
    // Pay rises with seniority in every sourced row (BLS percentiles, DOU, No Fluff Jobs, Germany).
    const problems: string[] = [];
    for (const region of regions) {
      for (const role of roleIds) {
        const { junior, mid, senior } = rate(region, role);
        if (!(senior.value >= mid.value && mid.value >= junior.value)) {
          problems.push(`${region}/${role}: ${junior.value} / ${mid.value} / ${senior.value}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('every day rate lies in a plausible band', () => {
    // Upper bound 3,000 USD: the dearest rate the sheet supports is a US developer at p90
    // ($211k × 1.42 × 1.30 ÷ 200 days ≈ $1,950), so 3,000 leaves headroom yet catches an annual
    // or monthly salary, or rupees/hryvnia left unconverted. Lower bounds: the cheapest
    // professional in the sheet is a junior Indian ML engineer (~₹5L a year ≈ $25 a day before
    // loading), so below $20 is a slip; annotators go lower (Kenya $1–3/h, sheet §3), and $5 a day
    // is below a full day at the lowest wage in the sheet.
    const bands = { professional: [20, 3000], annotator: [5, 500] } as const;
    const problems: string[] = [];
    for (const region of regions) {
      for (const role of roleIds) {
        const [low, high] = role === 'annotator' ? bands.annotator : bands.professional;
        for (const s of seniorities) {
          const value = rate(region, role)[s].value;
          if (value < low || value > high) {
            problems.push(`${region}/${role}/${s}: ${value} outside ${low}–${high} USD`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it("annotators' day rates equal their loaded hourly rate × 8 h in labeling-prices", () => {
    // The same people appear in two files; they must not drift apart. ±1 allows for rounding.
    const problems: string[] = [];
    for (const region of regions) {
      const day = rate(region, 'annotator').mid.value;
      const hourly = labeling.annotatorHourlyRate[region].value;
      if (Math.abs(day - hourly * 8) > 1) problems.push(`${region}: ${day} ≠ ${hourly} × 8`);
    }
    expect(problems).toEqual([]);
  });

  it("a vendor's tier-1 price is at least its tier-2 (volume) price", () => {
    const problems = labelTypes
      .filter((t) => labeling.types[t].vendorTier1.value < labeling.types[t].vendorTier2.value)
      .map((t) => `${t}: tier 1 below tier 2`);
    expect(problems).toEqual([]);
  });

  it('cloud price ids are unique within training and within inference', () => {
    const cloud = cloudPricesSchema.parse(readPreset('cloud-prices.json'));
    for (const list of [cloud.training, cloud.inference]) {
      const ids = list.map((p) => p.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('exchange rates are quoted per 1 USD', () => {
    const fx = exchangeRatesSchema.parse(readPreset('exchange-rates.json'));
    expect(fx.rates.USD?.value).toBe(1);
  });
});
