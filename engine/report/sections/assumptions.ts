import { mlopsTooling } from '../../model/tooling.ts';
import { builtinPresets, usdTo, type Presets } from '../../presets/builtin.ts';
import type { Figure } from '../../presets/preset-schema.ts';
import { defaultInputs } from '../../project/create-project.ts';
import { presetFigureForField } from '../../project/default-figure.ts';
import { sections, type FieldSpec } from '../../project/field-catalog.ts';
import { inputsSchema } from '../../project/inputs-schema.ts';
import { settingsSchema } from '../../project/project-schema.ts';
import { roleNames } from '../../project/roles.ts';
import { describeDistribution, getIn, type ReportContext } from '../context.ts';
import { reportFormat } from '../format.ts';
import type { ReportBlock, ReportSection } from '../report-model.ts';

const schemaInputs = inputsSchema.parse({});
const schemaSettings = settingsSchema.parse({});
const YOUR_INPUT = 'Your input';

function figureSource(figure: Figure): string {
  return `${figure.source}, ${figure.asOf}${figure.note ? `. ${figure.note}` : ''}`;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** A field's value as the questionnaire shows it, in the report's formats. */
function showValue(ctx: ReportContext, field: FieldSpec, value: unknown): string {
  const f = ctx.format;
  if (value === undefined || value === null || value === '') return '—';
  switch (field.kind) {
    case 'boolean':
      return value ? 'Yes' : 'No';
    case 'select':
      return field.options?.find((o) => o.value === value)?.label ?? String(value);
    case 'percent':
      return typeof value === 'number' ? f.percent(value) : String(value);
    case 'date':
      return typeof value === 'string' ? f.date(value) : String(value);
    case 'text':
      return String(value);
    case 'number':
    case 'quantity': {
      if (typeof value !== 'number') return String(value);
      if (field.unit?.startsWith('currency')) {
        const per = field.unit.slice('currency'.length);
        return `${f.exact(value)}${per}`;
      }
      const unit = field.unit && field.unit !== '%' ? ` ${field.unit}` : '';
      return `${f.number(value, 4)}${unit}`;
    }
  }
}

/** Where a default comes from: the template's note, a preset figure, the template, or Fathom. */
function defaultSourceOf(ctx: ReportContext, presets: Presets, field: FieldSpec): string {
  if (field.scope === 'settings') return 'Fathom default';
  const key = field.path.join('.');
  const { template } = ctx;
  const given = template?.defaultSources[key];
  if (given) return given;
  const templateValue = template ? getIn(template.defaults, field.path) : undefined;
  const figure = presetFigureForField(
    key,
    templateValue !== undefined,
    ctx.scenario.inputs,
    presets,
  );
  if (figure) return `presets: ${figureSource(figure)}`;
  if (templateValue !== undefined && template) return 'Template default';
  return 'Fathom default (estimate)';
}

function inputRows(ctx: ReportContext, presets: Presets): string[][] {
  const { scenario, project, template } = ctx;
  let defaults: unknown = schemaInputs;
  if (template) {
    try {
      defaults = defaultInputs(
        template,
        scenario.inputs.team.region,
        project.meta.currency,
        presets,
      );
    } catch {
      // No exchange rate for the currency: the template's own figures, unconverted.
      defaults = template.defaults;
    }
  }
  const rows: string[][] = [];
  for (const section of sections) {
    for (const field of section.fields) {
      if (field.scope === 'meta') continue;
      const [value, fallback] =
        field.scope === 'settings'
          ? [getIn(project.settings, field.path), getIn(schemaSettings, field.path)]
          : [
              getIn(scenario.inputs, field.path),
              getIn(defaults, field.path) ?? getIn(schemaInputs, field.path),
            ];
      // The start date has no fixed default: a new project starts the Monday after its creation.
      const hasDefault = !(field.scope === 'settings' && field.id === 'settings.startDate');
      const changed = hasDefault && !same(value ?? null, fallback ?? null);
      rows.push([
        `${section.title}: ${field.label}`,
        showValue(ctx, field, value),
        !hasDefault ? '—' : changed ? showValue(ctx, field, fallback) : 'same',
        changed ? 'Changed' : '',
        changed ? YOUR_INPUT : defaultSourceOf(ctx, presets, field),
      ]);
    }
  }
  return rows;
}

function teamRows(ctx: ReportContext, presets: Presets, fx: number | undefined): string[][] {
  const { scenario, format: f } = ctx;
  const region = scenario.inputs.team.region;
  const card = presets.rateCards.regions[region];
  return scenario.inputs.team.roles.map((r) => {
    const figure = card.roles[r.role][r.seniority];
    const cardRate = fx === undefined ? undefined : Math.round(figure.value * fx);
    const changed = cardRate !== undefined && Math.abs(cardRate - r.dayRate) > 0.5;
    return [
      `${roleNames[r.role]} (${r.seniority})`,
      f.number(r.count, 2),
      f.percent(r.allocation),
      r.engagement === 'dedicated' ? 'Dedicated' : 'On demand',
      f.exact(r.dayRate),
      cardRate === undefined ? '—' : f.exact(cardRate),
      changed ? 'Changed' : '',
      `${card.name} rate card: ${figure.source}, ${figure.asOf}`,
    ];
  });
}

function presetRows(ctx: ReportContext, presets: Presets): string[][] {
  const { scenario, project } = ctx;
  const usd = reportFormat('USD', ctx.format.locale);
  const inputs = scenario.inputs;
  const rows: string[][] = [];
  const add = (name: string, figure: Figure, unit = '') =>
    rows.push([
      name,
      `${usd.exact(figure.value)}${unit}`,
      figure.source,
      figure.asOf,
      figure.note ?? '',
    ]);
  const loading = presets.rateCards.loading;
  rows.push([
    'Rate card loading: benefits',
    `×${usd.number(loading.benefitsFactor.value, 2)}`,
    loading.benefitsFactor.source,
    loading.benefitsFactor.asOf,
    loading.benefitsFactor.note ?? '',
  ]);
  rows.push([
    'Rate card loading: overhead',
    `×${usd.number(loading.overheadFactor.value, 2)}`,
    loading.overheadFactor.source,
    loading.overheadFactor.asOf,
    loading.overheadFactor.note ?? '',
  ]);
  rows.push([
    'Working days per year',
    usd.number(loading.workingDaysPerYear.value),
    loading.workingDaysPerYear.source,
    loading.workingDaysPerYear.asOf,
    loading.workingDaysPerYear.note ?? '',
  ]);
  const label = presets.labelingPrices.types[inputs.labels.type];
  add(`Labeling, vendor tier 1: ${label.name}`, label.vendorTier1, ` per ${label.unit}`);
  add(`Labeling, vendor tier 2: ${label.name}`, label.vendorTier2, ` per ${label.unit}`);
  rows.push([
    `Labeling throughput in-house: ${label.name}`,
    `${usd.number(label.throughputPerHour.value, 1)} per hour`,
    label.throughputPerHour.source,
    label.throughputPerHour.asOf,
    label.throughputPerHour.note ?? '',
  ]);
  add(
    `Annotator hourly rate, ${presets.rateCards.regions[inputs.team.region].name}`,
    presets.labelingPrices.annotatorHourlyRate[inputs.team.region],
    ' per hour',
  );
  const match = (list: Presets['cloudPrices']['training'], name: string) =>
    list.find((p) => p.id === name || p.id.endsWith(`-${name}`) || p.id.endsWith(`.${name}`)) ??
    list.find((p) => p.name.includes(name));
  const training = match(presets.cloudPrices.training, inputs.compute.training.accelerator);
  if (training) add(`Training: ${training.name}`, training.pricePerHour, ' per hour');
  const inference = match(presets.cloudPrices.inference, inputs.compute.inference.instance);
  if (inference) add(`Inference: ${inference.name}`, inference.pricePerHour, ' per hour');
  add('Storage', presets.cloudPrices.storagePerGbMonth, ' per GB-month');
  add('Egress', presets.cloudPrices.egressPerGb, ' per GB');
  let fx = 1;
  try {
    fx = usdTo(presets, project.meta.currency);
  } catch {
    // Unknown currency: tools listed in dollars only.
  }
  const tools = mlopsTooling(inputs, presets, fx).tools;
  for (const name of tools) {
    const tool = presets.mlopsTools.tools.find((t) => t.name === name);
    if (!tool) continue;
    add(`MLOps tool: ${tool.name}, fixed`, tool.monthlyFixed, ' per month');
    if (tool.perSeatMonthly.value > 0)
      add(`MLOps tool: ${tool.name}, per seat`, tool.perSeatMonthly, ' per seat-month');
  }
  const rate = presets.exchangeRates.rates[project.meta.currency];
  if (project.meta.currency !== 'USD' && rate)
    rows.push([
      `Exchange rate, ${project.meta.currency} per USD`,
      usd.number(rate.value, 4),
      rate.source,
      rate.asOf,
      rate.note ?? '',
    ]);
  return rows;
}

export function assumptionsSection(
  ctx: ReportContext,
  presets: Presets = builtinPresets(),
): ReportSection {
  const { result, template, format: f, project } = ctx;
  let fx: number | undefined;
  try {
    fx = usdTo(presets, project.meta.currency);
  } catch {
    fx = undefined;
  }
  const blocks: ReportBlock[] = [
    {
      kind: 'paragraph',
      tone: 'lead',
      text:
        'Every number in this report follows from the inputs below and the preset figures they were taken from. ' +
        '“Changed” marks an input that differs from the template’s default; its source is then the user. ' +
        `“Template default” is a default of the ${ctx.template?.name ?? 'scenario’s'} template.`,
    },
    { kind: 'heading', text: 'Inputs' },
    {
      kind: 'table',
      caption: 'Every input with its value, its default and its source',
      columns: [
        { header: 'Input', weight: 2.2 },
        { header: 'Value', weight: 1.4 },
        { header: 'Default', weight: 1.4 },
        { header: 'Changed', weight: 0.8 },
        { header: 'Source of the default', weight: 3 },
      ],
      rows: inputRows(ctx, presets),
    },
    { kind: 'heading', text: 'Team' },
    {
      kind: 'table',
      caption: 'Team roles with their day rates and the rate card figures',
      columns: [
        { header: 'Role', weight: 1.6 },
        { header: 'People', align: 'right', weight: 0.7 },
        { header: 'Time', align: 'right', weight: 0.7 },
        { header: 'Engagement', weight: 1 },
        { header: 'Day rate', align: 'right', weight: 0.9 },
        { header: 'Rate card', align: 'right', weight: 0.9 },
        { header: 'Changed', weight: 0.8 },
        { header: 'Source (in USD)', weight: 2.6 },
      ],
      rows: teamRows(ctx, presets, fx),
    },
    { kind: 'heading', text: 'Preset figures used' },
    {
      kind: 'paragraph',
      tone: 'note',
      text: `Presets are in US dollars${project.meta.currency !== 'USD' ? `, converted into ${project.meta.currency} at the exchange rate listed` : ''}. “estimate” marks a judgement, with its reason.`,
    },
    {
      kind: 'table',
      caption: 'Preset prices and rates used, with source and date',
      columns: [
        { header: 'Figure', weight: 2.2 },
        { header: 'Value', align: 'right', weight: 1.1 },
        { header: 'Source', weight: 2 },
        { header: 'As of', weight: 0.7 },
        { header: 'Note', weight: 3 },
      ],
      rows: presetRows(ctx, presets),
    },
    { kind: 'heading', text: 'Drivers' },
    {
      kind: 'paragraph',
      tone: 'note',
      text: 'Drivers are shared uncertain multipliers: when one is high, every task it applies to grows together.',
    },
    {
      kind: 'table',
      caption: 'Drivers with their multiplier ranges',
      columns: [
        { header: 'Driver', weight: 1.6 },
        { header: 'Multiplier', weight: 1.6 },
        { header: 'Tasks', align: 'right', weight: 0.6 },
        { header: 'Why', weight: 3.6 },
      ],
      rows: result.built.drivers.map((d) => [
        `${d.name}${d.origin === 'user' ? ' (added)' : d.overridden ? ' (changed)' : ''}`,
        `×${describeDistribution(d.multiplier, (v) => f.number(v, 2))}`,
        f.number(d.tasks.length),
        d.explain,
      ]),
    },
  ];
  const changedTasks = result.built.tasks.filter(
    (t) => t.origin === 'user' || t.overridden.length > 0,
  );
  const changedRisks = result.built.risks.filter((r) => r.origin === 'user' || r.overridden);
  if (changedTasks.length + changedRisks.length > 0) {
    blocks.push({ kind: 'heading', text: 'Changes to the template’s plan' });
    blocks.push({
      kind: 'list',
      items: [
        ...changedTasks.map((t) =>
          t.origin === 'user'
            ? `Task added: ${t.name}.`
            : `Task changed: ${t.name} (${t.overridden.join(', ')}).`,
        ),
        ...changedRisks.map((r) => `Risk ${r.origin === 'user' ? 'added' : 'changed'}: ${r.name}.`),
      ],
    });
  }
  if (template) {
    blocks.push({ kind: 'heading', text: `Template: ${template.name}` });
    blocks.push({ kind: 'paragraph', text: template.basis });
  }
  if (result.built.warnings.length > 0) {
    blocks.push({ kind: 'heading', text: 'Assumptions the model had to make' });
    blocks.push({ kind: 'list', items: result.built.warnings });
  }
  return { id: 'assumptions', title: 'Assumptions', blocks };
}
