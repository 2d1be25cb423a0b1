import { useState, type FormEvent } from 'react';
import {
  categories,
  extraTaskSchema,
  parseShorthand,
  phases,
  roleIds,
  roleNames,
  type Category,
  type ExtraTask,
  type RoleId,
} from '../../engine/index.ts';
import { FormField } from './FormField.tsx';
import { parseDependencies } from './parse-dependencies.ts';
import { addTask } from './task-edits.ts';
import type { ScenarioEdit } from './use-scenario-edit.ts';

type Props = {
  /** Ids of the tasks in the plan (what a new task may depend on). */
  known: ReadonlySet<string>;
  /** Every id a new task may not take: the plan's, the deleted ones and all of the template's. */
  taken: ReadonlySet<string>;
  deleted: ReadonlySet<string>;
  edit: ScenarioEdit;
  onAdded(name: string): void;
};

type Draft = {
  id: string;
  name: string;
  phase: string;
  category: Category;
  roles: RoleId[];
  basis: 'effort' | 'duration';
  estimate: string;
  dependsOn: string;
};

type Errors = Partial<Record<'id' | 'name' | 'estimate' | 'dependsOn' | 'form', string>>;

const empty: Draft = {
  id: '',
  name: '',
  phase: 'custom',
  category: 'management',
  roles: [],
  basis: 'effort',
  estimate: '',
  dependsOn: '',
};

const categoryNames: Record<Category, string> = {
  model: 'Model (visible work)',
  data: 'Data (hidden)',
  productionization: 'Productionization (hidden)',
  mlops: 'MLOps (hidden)',
  management: 'Management (hidden)',
};

/** Checks a draft; returns the new task, or the message of every field that is wrong. */
function validate(
  draft: Draft,
  known: ReadonlySet<string>,
  taken: ReadonlySet<string>,
  deleted: ReadonlySet<string>,
): { ok: true; task: ExtraTask } | { ok: false; errors: Errors } {
  const errors: Errors = {};
  const id = draft.id.trim();
  const idCheck = extraTaskSchema.shape.id.safeParse(id);
  if (!idCheck.success) errors.id = idCheck.error.issues[0]?.message ?? 'not a valid id';
  else if (taken.has(id)) errors.id = `"${id}" is already a task id; choose another`;
  const name = draft.name.trim();
  if (name === '') errors.name = 'a task needs a name';
  const estimate = parseShorthand(draft.estimate);
  if (!estimate.ok) errors.estimate = estimate.message;
  const deps = parseDependencies(draft.dependsOn, id, known, deleted);
  if (!deps.ok) errors.dependsOn = deps.message;
  if (!estimate.ok || !deps.ok || Object.keys(errors).length > 0) return { ok: false, errors };
  const parsed = extraTaskSchema.safeParse({
    id,
    name,
    phase: draft.phase,
    category: draft.category,
    roles: draft.roles,
    [draft.basis]: estimate.value,
    dependsOn: deps.ids,
    fixedCost: 0,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      errors: { form: issue ? `${issue.path.join('.')}: ${issue.message}` : 'not valid' },
    };
  }
  return { ok: true, task: parsed.data };
}

/** Adds a task of the user's own to the network (`extraTasks`), validated before it lands. */
export function AddTaskForm({ known, taken, deleted, edit, onAdded }: Props) {
  const [draft, setDraft] = useState<Draft>(empty);
  const [errors, setErrors] = useState<Errors>({});
  const set = (patch: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    // A message goes once its field is edited; the next submit checks again.
    setErrors((e) => {
      const rest = { ...e };
      for (const key of Object.keys(patch)) delete rest[key as keyof Errors];
      return rest;
    });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = validate(draft, known, taken, deleted);
    if (!checked.ok) {
      setErrors(checked.errors);
      const first = (['id', 'name', 'estimate', 'dependsOn'] as const).find(
        (f) => checked.errors[f],
      );
      if (first) document.getElementById(`add-task-${first}`)?.focus();
      return;
    }
    const problem = edit((s) => addTask(s, checked.task));
    if (problem !== undefined) {
      setErrors({ form: problem });
      return;
    }
    setErrors({});
    setDraft(empty);
    onAdded(checked.task.name);
  };

  return (
    <form className="add-form" aria-labelledby="add-task-title" onSubmit={submit} noValidate>
      <h3 id="add-task-title">Add a task</h3>
      <div className="add-form-grid">
        <FormField
          id="add-task-id"
          label="Id"
          hint="letters, digits, - _ . (used in Depends on)"
          error={errors.id}
        >
          {(control) => (
            <input
              {...control}
              type="text"
              autoComplete="off"
              value={draft.id}
              onChange={(e) => set({ id: e.target.value })}
            />
          )}
        </FormField>
        <FormField id="add-task-name" label="Name" error={errors.name} className="wide">
          {(control) => (
            <input
              {...control}
              type="text"
              autoComplete="off"
              value={draft.name}
              onChange={(e) => set({ name: e.target.value })}
            />
          )}
        </FormField>
        <FormField label="Phase">
          {(control) => (
            <select
              {...control}
              value={draft.phase}
              onChange={(e) => set({ phase: e.target.value })}
            >
              {phases.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
              <option value="custom">Other</option>
            </select>
          )}
        </FormField>
        <FormField label="Category">
          {(control) => (
            <select
              {...control}
              value={draft.category}
              onChange={(e) => set({ category: e.target.value as Category })}
            >
              {categories.map((c) => (
                <option key={c} value={c}>
                  {categoryNames[c]}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <fieldset className="form-field roles-field">
          <legend>Who</legend>
          {roleIds.map((role) => (
            <label key={role} className="check">
              <input
                type="checkbox"
                checked={draft.roles.includes(role)}
                onChange={(e) =>
                  set({
                    roles: e.target.checked
                      ? roleIds.filter((r) => r === role || draft.roles.includes(r))
                      : draft.roles.filter((r) => r !== role),
                  })
                }
              />
              {roleNames[role]}
            </label>
          ))}
        </fieldset>
        <fieldset className="form-field basis-field">
          <legend>Estimate by</legend>
          <label className="check">
            <input
              type="radio"
              name="add-task-basis"
              checked={draft.basis === 'effort'}
              onChange={() => set({ basis: 'effort' })}
            />
            Effort (person-days)
          </label>
          <label className="check">
            <input
              type="radio"
              name="add-task-basis"
              checked={draft.basis === 'duration'}
              onChange={() => set({ basis: 'duration' })}
            />
            Duration (working days)
          </label>
        </fieldset>
        <FormField
          id="add-task-estimate"
          label={draft.basis === 'effort' ? 'Effort' : 'Duration'}
          hint="5, 3 to 8, or 2, 4, 9"
          error={errors.estimate}
        >
          {(control) => (
            <input
              {...control}
              type="text"
              autoComplete="off"
              value={draft.estimate}
              onChange={(e) => set({ estimate: e.target.value })}
            />
          )}
        </FormField>
        <FormField
          id="add-task-dependsOn"
          label="Depends on"
          hint="task ids separated by ;"
          error={errors.dependsOn}
          className="wide"
        >
          {(control) => (
            <input
              {...control}
              type="text"
              autoComplete="off"
              value={draft.dependsOn}
              onChange={(e) => set({ dependsOn: e.target.value })}
            />
          )}
        </FormField>
      </div>
      {errors.form ? (
        <p className="field-error" role="alert">
          {errors.form}
        </p>
      ) : null}
      <button type="submit" className="primary">
        Add task
      </button>
    </form>
  );
}
