import { useEffect, useId, useState } from 'react';

/**
 * The contract of an editable table cell: the text is validated on every keystroke, marked
 * invalid in place with a linked message, and committed only when valid. A new `value` from the
 * document (an undo, another edit) replaces the text and clears the message.
 */
export function useValidatedCell(value: string, onCommit: (text: string) => string | undefined) {
  const id = useId();
  const [text, setText] = useState(value);
  const [error, setError] = useState<string | undefined>();
  useEffect(() => {
    setText(value);
    setError(undefined);
  }, [value]);
  const errorId = `${id}-error`;
  return {
    text,
    error,
    /** Props for the input: invalid state and the message it is described by. */
    invalidProps: {
      'aria-invalid': error ? true : undefined,
      'aria-describedby': error ? errorId : undefined,
    },
    change(next: string) {
      setText(next);
      setError(onCommit(next));
    },
    message: error ? (
      <span id={errorId} className="field-error" role="alert">
        {error}
      </span>
    ) : null,
  };
}
