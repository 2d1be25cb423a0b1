import { inputsSchema, metaSchema, settingsSchema, type Project } from '../../engine/index.ts';
import { currentScenario, getIn, setIn, updateScenario } from '../state/edit-project.ts';
import type { FieldSpec } from './field-catalog.ts';

export type AppliedField = { ok: true; project: Project } | { ok: false; message: string };

function withoutKey<T extends object>(target: T, key: string): T {
  const copy = { ...target } as Record<string, unknown>;
  delete copy[key];
  return copy as T;
}

function sameStart(a: readonly PropertyKey[], b: readonly string[]): boolean {
  return b.every((key, i) => String(a[i]) === key);
}

/**
 * The project with a field set to `value`, validated by the same schema as project files. Invalid
 * values are refused with the schema's message, never clamped; the project is left unchanged.
 */
export function applyField(
  project: Project,
  scenarioId: string,
  spec: FieldSpec,
  value: unknown,
): AppliedField {
  const schema =
    spec.scope === 'inputs'
      ? inputsSchema
      : spec.scope === 'settings'
        ? settingsSchema
        : metaSchema;
  const current =
    spec.scope === 'inputs'
      ? currentScenario(project, scenarioId).inputs
      : spec.scope === 'settings'
        ? project.settings
        : project.meta;
  const parent = spec.path.slice(0, -1);
  const leaf = spec.path[spec.path.length - 1]!;
  const candidate =
    value === undefined
      ? setIn(current, parent, withoutKey((getIn(current, parent) ?? {}) as object, leaf))
      : setIn(current, spec.path, value);
  const parsed = schema.safeParse(candidate);
  if (!parsed.success) {
    const issue =
      parsed.error.issues.find((i) => sameStart(i.path, spec.path)) ?? parsed.error.issues[0];
    return { ok: false, message: issue?.message ?? 'not a valid value' };
  }
  const next = parsed.data;
  if (JSON.stringify(getIn(next, spec.path)) === JSON.stringify(getIn(current, spec.path)))
    return { ok: true, project };
  switch (spec.scope) {
    case 'inputs':
      return {
        ok: true,
        project: updateScenario(project, scenarioId, (s) => ({
          ...s,
          inputs: next as typeof s.inputs,
        })),
      };
    case 'settings':
      return { ok: true, project: { ...project, settings: next as Project['settings'] } };
    case 'meta':
      return { ok: true, project: { ...project, meta: next as Project['meta'] } };
    default:
      return spec.scope satisfies never;
  }
}
