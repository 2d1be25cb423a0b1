import {
  formatShorthand,
  parseShorthand,
  roleNames,
  type BuiltTask,
  type TaskStatistics,
} from '../../engine/index.ts';
import { formatMoney, formatPercent } from '../app/format.ts';
import { CellInput } from '../inputs/CellInput.tsx';
import { CategoryTag } from './CategoryTag.tsx';
import { CellTextArea } from './CellTextArea.tsx';
import { ChangedBadge } from './ChangedBadge.tsx';
import { controlId } from './focus-later.ts';
import { formatDays, formatRange } from './format-range.ts';
import { formatDependencies, parseDependencies } from './parse-dependencies.ts';
import { editTask, type TaskPatch } from './task-edits.ts';
import type { ScenarioEdit } from './use-scenario-edit.ts';

type Props = {
  task: BuiltTask;
  /** The task's statistics from the latest simulation, when there are any. */
  stats: TaskStatistics | undefined;
  currency: string;
  /** Ids of the tasks in the plan, and of the deleted template tasks. */
  known: ReadonlySet<string>;
  deleted: ReadonlySet<string>;
  /** Whether the scenario holds an override for this task (Reset has something to remove). */
  hasOverride: boolean;
  edit: ScenarioEdit;
  onReset(task: BuiltTask): void;
  onDelete(task: BuiltTask): void;
};

/** One task of the network: its editable name, estimate and dependencies, and what it led to. */
export function TaskRow({
  task,
  stats,
  currency,
  known,
  deleted,
  hasOverride,
  edit,
  onReset,
  onDelete,
}: Props) {
  const name = task.name;
  const changed = (field: string) => task.origin === 'template' && task.overridden.includes(field);
  // A task is estimated by its effort (person-days), or, without one, by a fixed duration.
  const basis = task.effort ? 'effort' : 'duration';
  const estimate = task.effort ?? task.duration;
  // The user's own numbers are shown as typed; the template's computed ones rounded.
  const exact = task.origin === 'user' || changed(basis);
  const change = (patch: TaskPatch) => edit((s) => editTask(s, task, patch));
  const oneOff = task.costs.reduce((sum, c) => sum + c.amount, 0);

  return (
    <tr className={task.overridden.length > 0 ? 'row-changed' : undefined}>
      <th scope="row" className="task-cell">
        <CellTextArea
          className="name-input"
          label={`Name of ${name}`}
          value={name}
          onCommit={(text) => {
            const trimmed = text.trim();
            if (trimmed === '') return 'a task needs a name';
            if (trimmed.length > 200) return 'at most 200 characters';
            return trimmed === name ? undefined : change({ name: trimmed });
          }}
        />
        <div className="task-meta">
          <code className="task-id">{task.id}</code>
          {task.origin === 'user' ? <span className="badge badge-added">added</span> : null}
          {changed('name') ? <ChangedBadge what={`Name of ${name}`} /> : null}
          <span className="row-actions">
            {hasOverride ? (
              <button
                type="button"
                className="link-button small"
                aria-label={`Reset ${name}`}
                onClick={() => onReset(task)}
              >
                Reset
              </button>
            ) : null}
            <button
              type="button"
              id={controlId('delete', task.id)}
              className="link-button small danger"
              aria-label={`Delete ${name}`}
              onClick={() => onDelete(task)}
            >
              Delete
            </button>
          </span>
        </div>
        <p className="explain">{task.explain}</p>
      </th>
      <td>
        <CategoryTag category={task.category} />
      </td>
      <td className="roles-cell">
        {task.roles.length > 0 ? task.roles.map((r) => roleNames[r]).join(', ') : '—'}
      </td>
      <td className={changed(basis) ? 'cell-changed' : undefined}>
        <CellInput
          label={`${basis === 'effort' ? 'Effort' : 'Duration'} of ${name}`}
          value={exact ? formatShorthand(estimate) : formatRange(estimate)}
          onCommit={(text) => {
            const parsed = parseShorthand(text);
            if (!parsed.ok) return parsed.message;
            if (JSON.stringify(parsed.value) === JSON.stringify(estimate)) return undefined;
            return change(
              basis === 'effort' ? { effort: parsed.value } : { duration: parsed.value },
            );
          }}
        />
        {basis === 'duration' ? (
          <span className="cell-note">fixed duration, working days</span>
        ) : null}
        {changed(basis) ? (
          <ChangedBadge what={`${basis === 'effort' ? 'Effort' : 'Duration'} of ${name}`} />
        ) : null}
      </td>
      <td className="number">{formatRange(task.duration)}</td>
      <td className="number" title={task.costs.map((c) => `${c.name}: ${c.amount}`).join('\n')}>
        {oneOff > 0 ? formatMoney(oneOff, currency) : '—'}
        {task.costs.length > 0 ? (
          <span className="cell-note">{task.costs.map((c) => c.name).join('; ')}</span>
        ) : null}
      </td>
      <td className={changed('dependsOn') ? 'cell-changed' : undefined}>
        <CellTextArea
          label={`Dependencies of ${name}`}
          value={formatDependencies(task.dependsOn)}
          onCommit={(text) => {
            const parsed = parseDependencies(text, task.id, known, deleted);
            if (!parsed.ok) return parsed.message;
            if (parsed.ids.join(';') === task.dependsOn.join(';')) return undefined;
            return change({ dependsOn: parsed.ids });
          }}
        />
        {changed('dependsOn') ? <ChangedBadge what={`Dependencies of ${name}`} /> : null}
      </td>
      <td className="number stat">{stats ? formatPercent(stats.criticality) : '—'}</td>
      <td className="number stat">
        {stats ? `${formatDays(stats.duration.p50)} / ${formatDays(stats.duration.p80)}` : '—'}
      </td>
    </tr>
  );
}
