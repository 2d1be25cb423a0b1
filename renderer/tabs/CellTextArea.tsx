import { useEffect, useId, useState, type KeyboardEvent } from 'react';

type Props = {
  label: string;
  value: string;
  /** Returns an error message, or commits the text and returns undefined. */
  onCommit(text: string): string | undefined;
  className?: string;
};

/**
 * CellInput's contract (validated on every keystroke, invalid in place with a linked message,
 * committed only when valid) for text that is long and should wrap: names and dependency lists,
 * which a one-line input cuts off. Enter does not add a line: a cell holds one line of text.
 */
export function CellTextArea({ label, value, onCommit, className }: Props) {
  const id = useId();
  const [text, setText] = useState(value);
  const [error, setError] = useState<string | undefined>();
  useEffect(() => {
    setText(value);
    setError(undefined);
  }, [value]);
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter') event.preventDefault();
  };
  return (
    <span className={`cell-input cell-textarea${className ? ` ${className}` : ''}`}>
      <textarea
        aria-label={label}
        value={text}
        rows={1}
        spellCheck={false}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onKeyDown={onKeyDown}
        onChange={(e) => {
          const next = e.target.value.replace(/[\r\n]+/g, ' ');
          setText(next);
          setError(onCommit(next));
        }}
      />
      {error ? (
        <span id={`${id}-error`} className="field-error" role="alert">
          {error}
        </span>
      ) : null}
    </span>
  );
}
