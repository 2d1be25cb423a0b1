import { useEffect, useId, useState } from 'react';

type Props = {
  label: string;
  value: string;
  /** Returns an error message, or commits the text and returns undefined. */
  onCommit(text: string): string | undefined;
  width?: string;
  /** Shown under the table cell when invalid: the field's id for aria-describedby. */
};

/**
 * A text cell of an editable table: validated on every keystroke, marked invalid in place with a
 * linked message, committed only when valid. Its visible label is the column header, so it
 * carries an aria-label naming the row and column.
 */
export function CellInput({ label, value, onCommit, width }: Props) {
  const id = useId();
  const [text, setText] = useState(value);
  const [error, setError] = useState<string | undefined>();
  useEffect(() => {
    setText(value);
    setError(undefined);
  }, [value]);
  return (
    <span className="cell-input">
      <input
        type="text"
        aria-label={label}
        value={text}
        style={width ? { width } : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => {
          setText(e.target.value);
          setError(onCommit(e.target.value));
        }}
        autoComplete="off"
      />
      {error ? (
        <span id={`${id}-error`} className="field-error" role="alert">
          {error}
        </span>
      ) : null}
    </span>
  );
}
