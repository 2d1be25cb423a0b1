/** The risk register as an editable table. */
export function RisksTab() {
  return <p>Risks</p>;
}
