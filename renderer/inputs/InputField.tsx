import { useEffect, useId, useRef, useState } from 'react';
import { useFathom, useFathomStore } from '../state/use-fathom.ts';
import { currentScenario, getIn } from '../state/edit-project.ts';
import { applyField } from './apply-field.ts';
import type { FieldSpec } from './field-catalog.ts';
import { formatFieldValue, parseFieldText } from './parse-field.ts';
import { defaultSource } from './default-source.ts';
import type { Template } from '../../engine/index.ts';

type Props = { spec: FieldSpec; template: Template | undefined; currency: string };

function unitLabel(unit: string | undefined, currency: string): string | undefined {
  return unit?.replace('currency', currency);
}

/**
 * One questionnaire field: label, control, a one-line explanation and where its default came
 * from. Invalid text is marked in place (aria-invalid, message linked by aria-describedby) and
 * never reaches the document; the last valid estimate stays on screen, marked stale.
 */
export function InputField({ spec, template, currency }: Props) {
  const store = useFathomStore();
  const id = useId();
  const scenarioId = useFathom((s) => s.scenarioId);
  const value = useFathom((s) => {
    const root =
      spec.scope === 'inputs'
        ? currentScenario(s.project, scenarioId).inputs
        : spec.scope === 'settings'
          ? s.project.settings
          : s.project.meta;
    return getIn(root, spec.path);
  });
  const inputs = useFathom((s) => currentScenario(s.project, scenarioId).inputs);
  const error = useFathom((s) => s.invalid[spec.id]);
  const focus = useFathom((s) => s.focusField === spec.id);
  const [text, setText] = useState(() => formatFieldValue(spec, value));
  const control = useRef<HTMLInputElement & HTMLSelectElement>(null);

  const typed = useRef(text);
  typed.current = text;
  // The document changed under the field (undo, redo, another scenario): show its value, unless
  // what the user is typing already means that value ("1,000" stays as typed).
  useEffect(() => {
    const parsed = parseFieldText(spec, typed.current);
    if (parsed.ok && JSON.stringify(parsed.value) === JSON.stringify(value)) return;
    setText(formatFieldValue(spec, value));
    store.getState().setInvalid(spec.id, undefined);
  }, [value, spec, store]);

  useEffect(() => {
    if (focus && control.current) {
      control.current.focus();
      control.current.scrollIntoView?.({ block: 'center' });
      store.getState().requestFocus(undefined);
    }
  }, [focus, store]);

  const commit = (raw: unknown) => {
    const state = store.getState();
    const result = applyField(state.project, state.scenarioId, spec, raw);
    if (!result.ok) {
      state.setInvalid(spec.id, result.message);
      return;
    }
    state.setInvalid(spec.id, undefined);
    if (result.project !== state.project) state.edit(() => result.project);
  };

  const onText = (next: string) => {
    setText(next);
    const parsed = parseFieldText(spec, next);
    if (!parsed.ok) store.getState().setInvalid(spec.id, parsed.message);
    else commit(parsed.value);
  };

  const helpId = `${id}-help`;
  const errorId = `${id}-error`;
  const described = error ? `${errorId} ${helpId}` : helpId;
  const origin =
    spec.scope === 'inputs' && spec.kind !== 'text'
      ? defaultSource(template, spec.path, inputs)
      : undefined;
  const unit = unitLabel(spec.unit, currency);

  let input;
  if (spec.kind === 'boolean') {
    input = (
      <input
        ref={control}
        id={id}
        type="checkbox"
        checked={value === true}
        aria-describedby={described}
        onChange={(e) => commit(e.target.checked)}
      />
    );
  } else if (spec.kind === 'select') {
    input = (
      <select
        ref={control}
        id={id}
        value={String(value)}
        aria-describedby={described}
        onChange={(e) => {
          const option = spec.options?.find((o) => String(o.value) === e.target.value);
          commit(option ? option.value : e.target.value);
        }}
      >
        {spec.options?.map((o) => (
          <option key={String(o.value)} value={String(o.value)}>
            {o.label}
          </option>
        ))}
      </select>
    );
  } else {
    input = (
      <span className="field-control">
        <input
          ref={control}
          id={id}
          type="text"
          inputMode={spec.kind === 'number' || spec.kind === 'percent' ? 'decimal' : undefined}
          value={text}
          aria-invalid={error ? true : undefined}
          aria-describedby={described}
          onChange={(e) => onText(e.target.value)}
          autoComplete="off"
          spellCheck={spec.kind === 'text'}
        />
        {unit ? <span className="unit">{unit}</span> : null}
      </span>
    );
  }

  return (
    <div
      className={`field field-${spec.kind}${error ? ' field-invalid' : ''}`}
      data-field={spec.id}
    >
      <label htmlFor={id}>{spec.label}</label>
      {input}
      {error ? (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <p id={helpId} className="field-help">
        {spec.help}
        {origin ? (
          <span className="field-origin">
            {' '}
            Default {formatFieldValue(spec, origin.value) || '—'}: {origin.source}.
          </span>
        ) : null}
      </p>
    </div>
  );
}
