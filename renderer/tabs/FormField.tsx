import { useId, type ReactNode } from 'react';

/** What a control of a form field needs to be labelled, described and marked invalid. */
export type FieldControl = {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': true | undefined;
};

type Props = {
  label: string;
  /** The control's id, when something else needs to find it (to focus it). */
  id?: string;
  hint?: string;
  error?: string | undefined;
  className?: string;
  children(control: FieldControl): ReactNode;
};

/** A labelled form field with its hint and, when invalid, a linked message in place. */
export function FormField({ label, id: given, hint, error, className, children }: Props) {
  const generated = useId();
  const id = given ?? generated;
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className={`form-field${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        'aria-describedby': describedBy || undefined,
        'aria-invalid': error ? true : undefined,
      })}
      {hint ? (
        <span id={`${id}-hint`} className="field-hint">
          {hint}
        </span>
      ) : null}
      {error ? (
        <span id={`${id}-error`} className="field-error">
          {error}
        </span>
      ) : null}
    </div>
  );
}
