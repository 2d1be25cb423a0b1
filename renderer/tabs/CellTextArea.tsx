import type { KeyboardEvent } from 'react';
import { useValidatedCell } from '../inputs/use-validated-cell.tsx';

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
  const cell = useValidatedCell(value, onCommit);
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter') event.preventDefault();
  };
  return (
    <span className={`cell-input cell-textarea${className ? ` ${className}` : ''}`}>
      <textarea
        aria-label={label}
        value={cell.text}
        rows={1}
        spellCheck={false}
        {...cell.invalidProps}
        onKeyDown={onKeyDown}
        onChange={(e) => cell.change(e.target.value.replace(/[\r\n]+/g, ' '))}
      />
      {cell.message}
    </span>
  );
}
