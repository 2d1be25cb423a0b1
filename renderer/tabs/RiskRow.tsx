import {
  formatShorthand,
  parseShorthand,
  riskEntrySchema,
  type BuiltTask,
  type Distribution,
  type RiskEntry,
} from '../../engine/index.ts';
import { formatPercent } from '../app/format.ts';
import { CellInput } from '../inputs/CellInput.tsx';
import { CellTextArea } from './CellTextArea.tsx';
import { ChangedBadge } from './ChangedBadge.tsx';
import { focusByLabel } from './focus-later.ts';
import { formatRange, percentText, roundForReading } from './format-range.ts';
import { parseAmount, parsePercent } from './parse-number.ts';
import { nextRiskEntry, removeRiskEntry, setRiskEntry, type RiskField } from './risk-edits.ts';
import type { RiskRow as Row } from './risk-rows.ts';
import type { ScenarioEdit } from './use-scenario-edit.ts';

type Props = {
  row: Row;
  tasks: readonly BuiltTask[];
  /** How often it fired in the latest simulation, when there is one. */
  fired: number | undefined;
  edit: ScenarioEdit;
  onRemoved(name: string): void;
};

/** One risk of the register: before and after mitigation side by side, all of it editable. */
export function RiskRow({ row, tasks, fired, edit, onRemoved }: Props) {
  const { risk, entry, enabled } = row;
  const name = risk.name;
  const template = risk.origin === 'template';
  const changed = (field: RiskField) => template && entry?.[field] !== undefined;
  // The user's own numbers are shown as typed; the template's computed ones rounded.
  const exact = (field: RiskField) => !template || entry?.[field] !== undefined;

  /** Validates the entry the change makes, then writes it; returns why not, if not. */
  const commit = (patch: Partial<RiskEntry>, drop: readonly RiskField[] = []) => {
    let invalid: string | undefined;
    const problem = edit((s) => {
      const next = nextRiskEntry(s, risk.id, patch, drop);
      const parsed = riskEntrySchema.safeParse(next);
      if (parsed.success) return setRiskEntry(s, next, template);
      invalid = parsed.error.issues[0]?.message ?? 'not valid';
      return s;
    });
    return invalid ?? problem;
  };

  const range = (field: 'delay' | 'cost', unit: string) => (text: string) => {
    if (text.trim() === '') {
      if (template) return `write 0 for no ${unit}`;
      return commit({}, [field]);
    }
    const parsed = parseShorthand(text);
    return parsed.ok ? commit({ [field]: parsed.value }) : parsed.message;
  };
  const shown = (dist: Distribution | undefined, field: RiskField) =>
    dist === undefined ? '' : exact(field) ? formatShorthand(dist) : formatRange(dist);
  const mitigation = risk.mitigation;
  const setMitigation = (patch: Partial<NonNullable<RiskEntry['mitigation']>>) =>
    commit({
      mitigation: { name: '', cost: 0, probability: risk.probability, ...mitigation, ...patch },
    });

  return (
    <tr className={`${enabled ? '' : 'row-disabled'}${entry && template ? ' row-changed' : ''}`}>
      <th scope="row" className="risk-cell">
        <CellTextArea
          className="name-input"
          label={`Name of ${name}`}
          value={name}
          onCommit={(text) => {
            const trimmed = text.trim();
            if (trimmed === '') return 'a risk needs a name';
            return trimmed === name ? undefined : commit({ name: trimmed });
          }}
        />
        <div className="task-meta">
          <label className="check include">
            <input
              type="checkbox"
              aria-label={`Include ${name}`}
              checked={enabled}
              onChange={(e) =>
                e.target.checked ? commit({}, ['enabled']) : commit({ enabled: false })
              }
            />
            Include
          </label>
          {template ? null : <span className="badge badge-added">added</span>}
          {enabled ? null : <span className="badge">off</span>}
          {changed('name') ? <ChangedBadge what={`Name of ${name}`} /> : null}
          <span className="row-actions">
            {template && entry ? (
              <button
                type="button"
                className="link-button small"
                aria-label={`Reset ${name}`}
                onClick={() => edit((s) => removeRiskEntry(s, risk.id))}
              >
                Reset
              </button>
            ) : null}
            {template ? null : (
              <button
                type="button"
                className="link-button small danger"
                aria-label={`Delete ${name}`}
                onClick={() => {
                  edit((s) => removeRiskEntry(s, risk.id));
                  onRemoved(name);
                }}
              >
                Delete
              </button>
            )}
          </span>
        </div>
        <p className="explain">{risk.explain}</p>
      </th>
      <td className={changed('probability') ? 'cell-changed' : undefined}>
        <span className="with-unit">
          <CellInput
            label={`Probability of ${name}`}
            value={percentText(risk.probability, exact('probability'))}
            onCommit={(text) => {
              const parsed = parsePercent(text);
              return parsed.ok ? commit({ probability: parsed.value }) : parsed.message;
            }}
          />
          <span className="unit">%</span>
        </span>
        {changed('probability') ? <ChangedBadge what={`Probability of ${name}`} /> : null}
      </td>
      <td className={changed('task') ? 'cell-changed' : undefined}>
        <select
          aria-label={`Task delayed by ${name}`}
          value={risk.task ?? ''}
          onChange={(e) =>
            e.target.value === '' ? commit({}, ['task', 'delay']) : commit({ task: e.target.value })
          }
        >
          {/* A template risk names its task; choosing none would not be kept (delay 0 instead). */}
          {!template || risk.task === undefined ? <option value="">none</option> : null}
          {tasks.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
        {changed('task') ? <ChangedBadge what={`Task delayed by ${name}`} /> : null}
      </td>
      <td className={changed('delay') ? 'cell-changed' : undefined}>
        {risk.task === undefined ? (
          <span className="muted">no task</span>
        ) : (
          <CellInput
            label={`Delay of ${name}`}
            value={shown(risk.delay, 'delay')}
            onCommit={range('delay', 'delay')}
          />
        )}
        {changed('delay') ? <ChangedBadge what={`Delay of ${name}`} /> : null}
      </td>
      <td className={changed('cost') ? 'cell-changed' : undefined}>
        <CellInput
          label={`Cost impact of ${name}`}
          value={shown(risk.cost, 'cost')}
          onCommit={range('cost', 'cost')}
        />
        {changed('cost') ? <ChangedBadge what={`Cost impact of ${name}`} /> : null}
      </td>
      {mitigation ? (
        <>
          <td className={`mitigation-start${changed('mitigation') ? ' cell-changed' : ''}`}>
            <CellTextArea
              label={`Mitigation of ${name}`}
              value={mitigation.name}
              onCommit={(text) =>
                text === mitigation.name ? undefined : setMitigation({ name: text })
              }
            />
            <button
              type="button"
              className="link-button small"
              aria-label={`Remove mitigation of ${name}`}
              onClick={() => commit({ mitigation: null })}
            >
              Remove
            </button>
            {changed('mitigation') ? <ChangedBadge what={`Mitigation of ${name}`} /> : null}
          </td>
          <td>
            <CellInput
              label={`Mitigation cost of ${name}`}
              value={String(
                exact('mitigation') ? mitigation.cost : roundForReading(mitigation.cost),
              )}
              onCommit={(text) => {
                const parsed = parseAmount(text);
                return parsed.ok ? setMitigation({ cost: parsed.value }) : parsed.message;
              }}
            />
          </td>
          <td>
            <span className="with-unit">
              <CellInput
                label={`Probability after mitigation of ${name}`}
                value={percentText(mitigation.probability, exact('mitigation'))}
                onCommit={(text) => {
                  const parsed = parsePercent(text);
                  return parsed.ok ? setMitigation({ probability: parsed.value }) : parsed.message;
                }}
              />
              <span className="unit">%</span>
            </span>
          </td>
        </>
      ) : (
        <>
          <td className="mitigation-start">
            <button
              type="button"
              className="small"
              aria-label={`Add mitigation to ${name}`}
              onClick={() => {
                setMitigation({});
                focusByLabel(`Mitigation of ${name}`);
              }}
            >
              Add mitigation
            </button>
          </td>
          <td className="muted">—</td>
          <td className="muted">—</td>
        </>
      )}
      <td className="number stat">
        {fired === undefined ? (
          '—'
        ) : (
          <>
            {formatPercent(fired)} <span className="visually-hidden">of runs</span>
          </>
        )}
      </td>
    </tr>
  );
}
