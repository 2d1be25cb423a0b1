import { useState, type FormEvent } from 'react';
import {
  parseShorthand,
  riskEntrySchema,
  type BuiltTask,
  type RiskEntry,
} from '../../engine/index.ts';
import { FormField } from './FormField.tsx';
import { parsePercent } from './parse-number.ts';
import { riskIdFor, setRiskEntry } from './risk-edits.ts';
import type { ScenarioEdit } from './use-scenario-edit.ts';

type Props = {
  tasks: readonly BuiltTask[];
  /** Ids of every risk of the template and the scenario: a new one takes another. */
  taken: ReadonlySet<string>;
  currency: string;
  edit: ScenarioEdit;
  onAdded(name: string): void;
};

type Draft = { name: string; probability: string; task: string; delay: string; cost: string };
type Errors = Partial<Record<keyof Draft | 'form', string>>;

const empty: Draft = { name: '', probability: '', task: '', delay: '', cost: '' };

function validate(draft: Draft, taken: ReadonlySet<string>): { entry?: RiskEntry; errors: Errors } {
  const errors: Errors = {};
  const name = draft.name.trim();
  if (name === '') errors.name = 'a risk needs a name';
  const probability = parsePercent(draft.probability);
  if (!probability.ok) errors.probability = probability.message;
  const delay = draft.delay.trim() === '' ? undefined : parseShorthand(draft.delay);
  if (delay && !delay.ok) errors.delay = delay.message;
  else if (delay && draft.task === '') errors.task = 'choose the task the delay pushes back';
  const cost = draft.cost.trim() === '' ? undefined : parseShorthand(draft.cost);
  if (cost && !cost.ok) errors.cost = cost.message;
  if (!delay && !cost) errors.cost = 'give a delay, a cost impact, or both';
  if (Object.keys(errors).length > 0 || !probability.ok) return { errors };
  const entry: RiskEntry = {
    id: riskIdFor(name, taken),
    name,
    probability: probability.value,
    ...(draft.task !== '' ? { task: draft.task } : {}),
    ...(delay?.ok ? { delay: delay.value } : {}),
    ...(cost?.ok ? { cost: cost.value } : {}),
  };
  const parsed = riskEntrySchema.safeParse(entry);
  if (!parsed.success) return { errors: { form: parsed.error.issues[0]?.message ?? 'not valid' } };
  return { entry, errors };
}

/** Adds a risk of the user's own to the register. */
export function AddRiskForm({ tasks, taken, currency, edit, onAdded }: Props) {
  const [draft, setDraft] = useState<Draft>(empty);
  const [errors, setErrors] = useState<Errors>({});
  const set = (key: keyof Draft, value: string) => {
    setDraft((d) => ({ ...d, [key]: value }));
    setErrors(({ [key]: _gone, ...rest }) => rest);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { entry, errors: found } = validate(draft, taken);
    if (!entry) {
      setErrors(found);
      const first = (['name', 'probability', 'task', 'delay', 'cost'] as const).find(
        (f) => found[f],
      );
      if (first) document.getElementById(`add-risk-${first}`)?.focus();
      return;
    }
    const problem = edit((s) => setRiskEntry(s, entry, false));
    if (problem !== undefined) {
      setErrors({ form: problem });
      return;
    }
    setErrors({});
    setDraft(empty);
    onAdded(entry.name ?? entry.id);
  };

  const text = (key: Exclude<keyof Draft, 'task'>, label: string, hint?: string, wide = false) => (
    <FormField
      id={`add-risk-${key}`}
      label={label}
      {...(hint ? { hint } : {})}
      error={errors[key]}
      {...(wide ? { className: 'wide' } : {})}
    >
      {(control) => (
        <input
          {...control}
          type="text"
          autoComplete="off"
          value={draft[key]}
          onChange={(e) => set(key, e.target.value)}
        />
      )}
    </FormField>
  );

  return (
    <form className="add-form" aria-labelledby="add-risk-title" onSubmit={submit} noValidate>
      <h3 id="add-risk-title">Add a risk</h3>
      <div className="add-form-grid">
        {text('name', 'Name', undefined, true)}
        {text('probability', 'Probability (%)', 'chance it happens, 0 to 100')}
        <FormField id="add-risk-task" label="Delays task" error={errors.task}>
          {(control) => (
            <select {...control} value={draft.task} onChange={(e) => set('task', e.target.value)}>
              <option value="">none</option>
              {tasks.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
        {text('delay', 'Delay (working days)', 'e.g. 5 to 15')}
        {text('cost', `Cost impact (${currency})`, 'e.g. 2000 to 10000; negative: an opportunity')}
      </div>
      {errors.form ? (
        <p className="field-error" role="alert">
          {errors.form}
        </p>
      ) : null}
      <button type="submit" className="primary">
        Add risk
      </button>
    </form>
  );
}
