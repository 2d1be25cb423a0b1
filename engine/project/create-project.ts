import { nextMonday } from '../calendar/working-days.ts';
import { FathomInputError } from '../errors.ts';
import type { Template } from '../model/template-schema.ts';
import { builtinPresets, usdTo, type Presets } from '../presets/builtin.ts';
import { inputsSchema, type InputsFile } from './inputs-schema.ts';
import { projectSchema, SCHEMA_VERSION, type Project } from './project-schema.ts';
import { regions, type Region } from './roles.ts';

export type NewProjectOptions = {
  region?: Region;
  currency?: string;
  name?: string;
  author?: string;
  /** Today's date (ISO); the plan starts the Monday after. */
  today: string;
};

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `overlay` merged into `base`, objects deeply, everything else replaced. */
export function deepMerge(
  base: Record<string, unknown>,
  overlay: Record<string, unknown>,
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(overlay)) {
    const current = out[key];
    out[key] = isPlainObject(current) && isPlainObject(value) ? deepMerge(current, value) : value;
  }
  return out;
}

/**
 * A scenario's inputs for a template: its defaults, with team day rates from the region's rate
 * card and every money figure converted from the presets' US dollars into `currency`.
 */
export function defaultInputs(
  template: Template,
  region: Region,
  currency: string,
  presets: Presets = builtinPresets(),
): InputsFile {
  const fx = usdTo(presets, currency);
  const defaults = JSON.parse(JSON.stringify(template.defaults)) as Record<string, unknown>;
  const parsed = inputsSchema.parse(
    deepMerge(defaults, {
      team: { ...(isPlainObject(defaults['team']) ? defaults['team'] : {}), region },
    }),
  );
  const card = presets.rateCards.regions[region];
  const labelPrices = presets.labelingPrices.types[parsed.labels.type];
  const labelDefaults = isPlainObject(defaults['labels']) ? defaults['labels'] : {};
  const money = (usd: number) => Math.round(usd * fx * 10_000) / 10_000;
  const rawRoles =
    isPlainObject(defaults['team']) && Array.isArray(defaults['team']['roles'])
      ? (defaults['team']['roles'] as unknown[])
      : [];
  parsed.team.roles = parsed.team.roles.map((role, i) => {
    const raw = rawRoles[i];
    const given = isPlainObject(raw) && typeof raw['dayRate'] === 'number';
    return {
      ...role,
      dayRate: Math.round(
        (given ? role.dayRate : card.roles[role.role][role.seniority].value) * fx,
      ),
    };
  });
  if (!('pricePerLabel' in labelDefaults))
    parsed.labels.pricePerLabel = labelPrices.vendorTier1.value;
  if (!('throughputPerHour' in labelDefaults))
    parsed.labels.throughputPerHour = labelPrices.throughputPerHour.value;
  if (!('annotatorRatePerHour' in labelDefaults))
    parsed.labels.annotatorRatePerHour = presets.labelingPrices.annotatorHourlyRate[region].value;
  parsed.labels.pricePerLabel = money(parsed.labels.pricePerLabel);
  parsed.labels.annotatorRatePerHour = money(parsed.labels.annotatorRatePerHour);
  parsed.compute.training.pricePerHour = money(parsed.compute.training.pricePerHour);
  parsed.compute.inference.pricePerHour = money(parsed.compute.inference.pricePerHour);
  parsed.compute.storagePricePerGbMonth = money(parsed.compute.storagePricePerGbMonth);
  parsed.compute.egressPricePerGb = money(parsed.compute.egressPricePerGb);
  return parsed;
}

/** A new project file for a template: one baseline scenario with the template's defaults. */
export function createProject(
  template: Template,
  options: NewProjectOptions,
  presets: Presets = builtinPresets(),
): Project {
  const region = options.region ?? 'us';
  if (!regions.includes(region)) {
    throw new FathomInputError([
      { path: 'region', message: `unknown region "${region}"; use one of ${regions.join(', ')}` },
    ]);
  }
  const currency = options.currency ?? 'USD';
  if (!presets.exchangeRates.rates[currency]) {
    throw new FathomInputError([
      {
        path: 'currency',
        message: `no exchange rate for "${currency}"; use one of ${Object.keys(presets.exchangeRates.rates).join(', ')}`,
      },
    ]);
  }
  return projectSchema.parse({
    schemaVersion: SCHEMA_VERSION,
    meta: {
      name: options.name ?? template.name,
      author: options.author ?? '',
      currency,
      created: options.today,
      modified: options.today,
    },
    settings: { startDate: nextMonday(options.today) },
    scenarios: [
      {
        id: 'baseline',
        name: 'Baseline',
        template: template.id,
        inputs: defaultInputs(template, region, currency, presets),
      },
    ],
  });
}
