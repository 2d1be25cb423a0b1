type Props = {
  tasks: readonly { id: string; name: string }[];
  onRestore(id: string): void;
};

/** The template tasks the user deleted, each with a way back. */
export function DeletedTasks({ tasks, onRestore }: Props) {
  if (tasks.length === 0) return null;
  return (
    <section className="deleted-tasks" aria-labelledby="deleted-tasks-title">
      <h3 id="deleted-tasks-title">Deleted template tasks</h3>
      <p className="field-help">
        Not in the plan. Tasks that depended on one now depend on what it depended on.
      </p>
      <ul>
        {tasks.map((task) => (
          <li key={task.id}>
            <span>{task.name}</span> <code className="task-id">{task.id}</code>
            <button
              type="button"
              className="small"
              aria-label={`Restore ${task.name}`}
              onClick={() => onRestore(task.id)}
            >
              Restore
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
