/** The generated task network as an editable table. */
export function TasksTab() {
  return <p>Tasks</p>;
}
