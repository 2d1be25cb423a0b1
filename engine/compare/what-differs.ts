import { formatShorthand } from '../distributions/shorthand.ts';
import type { Distribution } from '../distributions/distribution.ts';
import { sections, type FieldSpec } from '../project/field-catalog.ts';
import { roleNames, type RoleId } from '../project/roles.ts';
import type { Scenario } from '../project/scenario-schema.ts';

export type DifferenceKind = 'template' | 'input' | 'override' | 'extraTask' | 'risk' | 'driver';

/** One way two scenarios differ, readable as it is and structured for a table. */
export type ScenarioDifference = {
  kind: DifferenceKind;
  /** `added`: only in b; `removed`: only in a. Inputs and the template are always `changed`. */
  change: 'changed' | 'added' | 'removed';
  /** Where: `inputs.labels.mode`, `inputs.team.roles[1].count`, `overrides.clean-data`, `risks.key-person`. */
  path: string;
  /** What, in the app's words: "Labels › Labeling", 'Change to task "clean-data"'. */
  label: string;
  /** The values in a and in b; absent where the scenario has none. */
  a?: unknown;
  b?: unknown;
  /** The values as text ("In-house", "4, 6, 12"); "—" where the scenario has none. */
  aText: string;
  bText: string;
  /** For a changed entry (override, task, risk, driver): its fields that differ. */
  fields?: string[];
  /** One line: `Labels › Labeling: In-house → Vendor`. */
  text: string;
};

const NONE = '—';

const sectionTitles: Record<string, string> = {
  goal: 'Goal & metrics',
  data: 'Data',
  labels: 'Labels',
  team: 'Team',
  compute: 'Compute',
  mlops: 'MLOps',
};

/** Labels of the team table's columns (the team editor is not in the field catalogue). */
const teamFields: Record<string, string> = {
  role: 'Role',
  count: 'People',
  seniority: 'Seniority',
  allocation: 'Time on project',
  dayRate: 'Day rate',
  engagement: 'How they are paid',
};

const catalogue = new Map<string, { field: FieldSpec; section: string }>(
  sections.flatMap((section) =>
    section.fields
      .filter((field) => field.scope === 'inputs')
      .map((field) => [field.path.join('.'), { field, section: section.title }] as const),
  ),
);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isDistribution(value: unknown): value is Distribution {
  return isPlainObject(value) && typeof value['type'] === 'string';
}

/** Key order does not matter: `{a, b}` equals `{b, a}`. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (isPlainObject(value)) {
    const keys = Object.keys(value)
      .filter((k) => value[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

function same(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function humanize(key: string): string {
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function formatNumber(value: number): string {
  return String(Math.round(value * 1e6) / 1e6);
}

/** A value as text for a list of differences. */
function formatValue(value: unknown, field?: FieldSpec): string {
  if (value === undefined) return NONE;
  if (field?.options) {
    const option = field.options.find((o) => o.value === value);
    if (option) return option.label;
  }
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') {
    if (field?.kind === 'percent') return `${formatNumber(value * 100)}%`;
    return field?.unit ? `${formatNumber(value)} ${field.unit}` : formatNumber(value);
  }
  if (typeof value === 'string') return value === '' ? '(empty)' : value;
  if (value === null) return 'none';
  if (isDistribution(value)) return formatShorthand(value);
  if (Array.isArray(value))
    return value.length === 0 ? '(none)' : value.map((v) => formatValue(v)).join(', ');
  if (isPlainObject(value)) {
    return Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${k} ${formatValue(v)}`)
      .join(', ');
  }
  return String(value);
}

function difference(
  d: Omit<ScenarioDifference, 'aText' | 'bText' | 'text'>,
  aText: string,
  bText: string,
): ScenarioDifference {
  const text =
    d.change === 'added'
      ? `${d.label}: added (${bText})`
      : d.change === 'removed'
        ? `${d.label}: removed (was ${aText})`
        : `${d.label}: ${aText} → ${bText}`;
  return { ...d, aText, bText, text };
}

function inputLabel(path: readonly string[]): { label: string; field?: FieldSpec } {
  const entry = catalogue.get(path.join('.'));
  if (entry) return { label: `${entry.section} › ${entry.field.label}`, field: entry.field };
  const [section, ...rest] = path;
  const title = sectionTitles[section ?? ''] ?? humanize(section ?? '');
  return { label: [title, ...rest.map(humanize)].join(' › ') };
}

function memberName(member: unknown, index: number): string {
  const role = isPlainObject(member) ? member['role'] : undefined;
  const name =
    typeof role === 'string' && Object.hasOwn(roleNames, role)
      ? roleNames[role as RoleId]
      : 'member';
  return `${name} (row ${index + 1})`;
}

/** Differences between two values of the inputs tree, leaf by leaf. */
function diffInputs(a: unknown, b: unknown, path: string[], out: ScenarioDifference[]): void {
  if (same(a, b)) return;
  if (path.join('.') === 'team.roles' && Array.isArray(a) && Array.isArray(b)) {
    diffTeam(a, b, out);
    return;
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = [...Object.keys(a), ...Object.keys(b).filter((k) => !Object.hasOwn(a, k))];
    for (const key of keys) diffInputs(a[key], b[key], [...path, key], out);
    return;
  }
  const { label, field } = inputLabel(path);
  out.push(
    difference(
      { kind: 'input', change: 'changed', path: `inputs.${path.join('.')}`, label, a, b },
      formatValue(a, field),
      formatValue(b, field),
    ),
  );
}

/** Team members by row: added or removed rows, and the fields that differ in rows both have. */
function diffTeam(a: unknown[], b: unknown[], out: ScenarioDifference[]): void {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const path = `inputs.team.roles[${i}]`;
    const ma = a[i];
    const mb = b[i];
    if (ma === undefined || mb === undefined) {
      const present = ma ?? mb;
      out.push(
        difference(
          {
            kind: 'input',
            change: ma === undefined ? 'added' : 'removed',
            path,
            label: `Team › ${memberName(present, i)}`,
            ...(ma !== undefined ? { a: ma } : {}),
            ...(mb !== undefined ? { b: mb } : {}),
          },
          formatValue(ma),
          formatValue(mb),
        ),
      );
      continue;
    }
    if (!isPlainObject(ma) || !isPlainObject(mb)) continue;
    for (const key of [
      ...Object.keys(ma),
      ...Object.keys(mb).filter((k) => !Object.hasOwn(ma, k)),
    ]) {
      if (same(ma[key], mb[key])) continue;
      const label = `Team › ${memberName(ma, i)} › ${teamFields[key] ?? humanize(key)}`;
      const text = (v: unknown) =>
        key === 'allocation' && typeof v === 'number'
          ? `${formatNumber(v * 100)}%`
          : key === 'role' && typeof v === 'string' && Object.hasOwn(roleNames, v)
            ? roleNames[v as RoleId]
            : formatValue(v);
      out.push(
        difference(
          {
            kind: 'input',
            change: 'changed',
            path: `${path}.${key}`,
            label,
            a: ma[key],
            b: mb[key],
          },
          text(ma[key]),
          text(mb[key]),
        ),
      );
    }
  }
}

type Entry = Record<string, unknown>;

/** A field of an entry as text: `effort 3, 5, 10`, `removed`, `not enabled`. */
function entryField(key: string, value: unknown): string {
  if (value === true) return key;
  if (value === false) return `not ${key}`;
  return `${key} ${formatValue(value)}`;
}

/** Entries keyed by id; a repeated id gets `#2`, `#3` … so every entry is compared. */
function keyed(entries: readonly Entry[], key: string): Map<string, Entry> {
  const out = new Map<string, Entry>();
  const counts = new Map<string, number>();
  for (const entry of entries) {
    const id = String(entry[key]);
    const n = (counts.get(id) ?? 0) + 1;
    counts.set(id, n);
    out.set(n === 1 ? id : `${id}#${n}`, entry);
  }
  return out;
}

function diffEntries(
  kind: Exclude<DifferenceKind, 'template' | 'input'>,
  listName: string,
  key: string,
  a: readonly Entry[],
  b: readonly Entry[],
  labelOf: (id: string, entry: Entry) => string,
  out: ScenarioDifference[],
): void {
  const left = keyed(a, key);
  const right = keyed(b, key);
  const ids = [...left.keys(), ...[...right.keys()].filter((id) => !left.has(id))];
  for (const id of ids) {
    const ea = left.get(id);
    const eb = right.get(id);
    if (ea && eb && same(ea, eb)) continue;
    const path = `${listName}.${id}`;
    const label = labelOf(id, (eb ?? ea)!);
    // A whole entry lists its fields; a changed one only those that differ, on both sides.
    const describe = (entry: Entry, fields?: readonly string[]) =>
      (fields ?? Object.keys(entry).filter((k) => k !== key && entry[k] !== undefined))
        .map((k) => entryField(k, entry[k]))
        .join('; ') || id;
    if (ea && eb) {
      const fields = [...new Set([...Object.keys(ea), ...Object.keys(eb)])].filter(
        (k) => !same(ea[k], eb[k]),
      );
      out.push(
        difference(
          { kind, change: 'changed', path, label, a: ea, b: eb, fields },
          describe(ea, fields),
          describe(eb, fields),
        ),
      );
    } else if (eb) {
      out.push(difference({ kind, change: 'added', path, label, b: eb }, NONE, describe(eb)));
    } else if (ea) {
      out.push(difference({ kind, change: 'removed', path, label, a: ea }, describe(ea), NONE));
    }
  }
}

function named(entry: Entry): string | undefined {
  return typeof entry['name'] === 'string' && entry['name'] !== '' ? entry['name'] : undefined;
}

/**
 * What differs between scenarios `a` and `b`, in order: the template, every input whose value
 * differs (labelled as in the app's questionnaire), then the changes to generated tasks, the
 * added tasks, the risks and the drivers that differ (added, removed or changed, matched by id).
 * Names, ids and notes of the scenarios themselves are not listed. Empty when they plan the same.
 */
export function whatDiffers(a: Scenario, b: Scenario): ScenarioDifference[] {
  const out: ScenarioDifference[] = [];
  if (a.template !== b.template) {
    out.push(
      difference(
        {
          kind: 'template',
          change: 'changed',
          path: 'template',
          label: 'Template',
          a: a.template,
          b: b.template,
        },
        a.template,
        b.template,
      ),
    );
  }
  diffInputs(a.inputs, b.inputs, [], out);
  diffEntries(
    'override',
    'overrides',
    'task',
    a.overrides,
    b.overrides,
    (id) => `Change to task "${id.replace(/#\d+$/, '')}"`,
    out,
  );
  diffEntries(
    'extraTask',
    'extraTasks',
    'id',
    a.extraTasks,
    b.extraTasks,
    (id, e) => `Added task "${named(e) ?? id}"`,
    out,
  );
  diffEntries('risk', 'risks', 'id', a.risks, b.risks, (id, e) => `Risk "${named(e) ?? id}"`, out);
  diffEntries(
    'driver',
    'drivers',
    'id',
    a.drivers,
    b.drivers,
    (id, e) => `Driver "${named(e) ?? id}"`,
    out,
  );
  return out;
}
