import { useValidatedCell } from './use-validated-cell.tsx';

type Props = {
  label: string;
  value: string;
  /** Returns an error message, or commits the text and returns undefined. */
  onCommit(text: string): string | undefined;
  width?: string;
};

/**
 * A text cell of an editable table: validated on every keystroke, marked invalid in place with a
 * linked message, committed only when valid. Its visible label is the column header, so it
 * carries an aria-label naming the row and column.
 */
export function CellInput({ label, value, onCommit, width }: Props) {
  const cell = useValidatedCell(value, onCommit);
  return (
    <span className="cell-input">
      <input
        type="text"
        aria-label={label}
        value={cell.text}
        style={width ? { width } : undefined}
        {...cell.invalidProps}
        onChange={(e) => cell.change(e.target.value)}
        autoComplete="off"
      />
      {cell.message}
    </span>
  );
}
