import { useMemo, useState } from 'react';
import type { BuiltTask, TaskStatistics } from '../../engine/index.ts';
import { useBuiltScenario } from '../app/use-built-scenario.ts';
import { currentScenario } from '../state/edit-project.ts';
import { useFathom } from '../state/use-fathom.ts';
import { AddTaskForm } from './AddTaskForm.tsx';
import { DeletedTasks } from './DeletedTasks.tsx';
import { controlId, focusLater } from './focus-later.ts';
import { groupByPhase } from './group-by-phase.ts';
import { ImportTasks } from './ImportTasks.tsx';
import { ResultNote } from './ResultNote.tsx';
import { scenarioProblem } from './scenario-problem.ts';
import { deleteTask, resetTask, restoreTask } from './task-edits.ts';
import { TaskTable } from './TaskTable.tsx';
import { templateOf } from './template-of.ts';
import { useLatestResult } from './use-latest-result.ts';
import { useScenarioEdit } from './use-scenario-edit.ts';
import './tabs.css';

/** The generated task network as an editable table, with the deleted tasks and a form to add one. */
export function TasksTab() {
  const built = useBuiltScenario();
  const project = useFathom((s) => s.project);
  const scenarioId = useFathom((s) => s.scenarioId);
  const scenario = currentScenario(project, scenarioId);
  const latest = useLatestResult();
  const edit = useScenarioEdit();
  const [announcement, setAnnouncement] = useState('');
  // Cycles are found when the network is compiled, after the builder: say so here too.
  const problem = useMemo(
    () => (built.ok ? scenarioProblem(project, scenarioId) : undefined),
    [built.ok, project, scenarioId],
  );

  const template = templateOf(scenario.template);
  const deletedTasks = scenario.overrides
    .filter((o) => o.removed)
    .map((o) => ({
      id: o.task,
      name: o.name ?? template?.tasks.find((t) => t.id === o.task)?.name ?? o.task,
    }));
  const deleted = new Set(deletedTasks.map((t) => t.id));
  const overridden = new Set(scenario.overrides.map((o) => o.task));
  const stats = new Map<string, TaskStatistics>((latest.result?.tasks ?? []).map((t) => [t.id, t]));

  if (!built.ok) {
    return (
      <div className="tab-page">
        <p className="tab-error" role="alert">
          The task network cannot be built: {built.message}. Undo the last change (Ctrl+Z), or fix
          the input it names.
        </p>
        {/* A task list from a spreadsheet can replace the broken one (and the menu's import runs). */}
        <ImportTasks taskCount={undefined} edit={edit} />
      </div>
    );
  }
  const tasks = built.value.tasks;
  const known = new Set(tasks.map((t) => t.id));
  const taken = new Set([
    ...known,
    ...deleted,
    ...(template?.tasks.map((t) => t.id) ?? []),
    ...scenario.extraTasks.map((x) => x.id),
  ]);
  // In the order the table shows them, so a deletion can move focus to the next row.
  const ordered = groupByPhase(tasks).flatMap((g) => g.items);

  const onReset = (task: BuiltTask) => {
    edit((s) => resetTask(s, task.id));
    setAnnouncement(`${task.name}: back to the template's values.`);
  };
  const onDelete = (task: BuiltTask) => {
    const message = edit((s) => deleteTask(s, task));
    if (message !== undefined) {
      setAnnouncement(`${task.name} cannot be deleted: ${message}`);
      return;
    }
    const index = ordered.indexOf(task);
    const next = ordered[index + 1] ?? ordered[index - 1];
    setAnnouncement(
      task.origin === 'template'
        ? `Deleted ${task.name}; restore it from Deleted template tasks below.`
        : `Deleted ${task.name}.`,
    );
    if (next) focusLater(controlId('delete', next.id));
  };
  const onRestore = (id: string) => {
    const name = deletedTasks.find((t) => t.id === id)?.name ?? id;
    const message = edit((s) => restoreTask(s, id));
    setAnnouncement(
      message === undefined ? `Restored ${name}.` : `${name} cannot be restored: ${message}`,
    );
    if (message === undefined) focusLater(controlId('delete', id));
  };

  return (
    <div className="tab-page tasks-tab">
      <div className="tab-intro">
        <h2>Tasks</h2>
        <p>
          The network the <strong>{template?.name ?? scenario.template}</strong> template generated
          from your inputs, phase by phase. Change a name, an effort or a dependency and the
          estimate follows; your changes are marked and can be reset. Only <em>model</em> work is
          what plans usually show: everything marked <em>hidden</em> is the work they forget.
        </p>
      </div>
      <ImportTasks taskCount={tasks.length} edit={edit} />
      {problem ? (
        <p className="tab-error" role="alert">
          The plan cannot be simulated: {problem}
        </p>
      ) : null}
      <ResultNote latest={latest} what="Critical and P50 / P80" />
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      <TaskTable
        tasks={tasks}
        stats={stats}
        stale={latest.state === 'stale'}
        currency={project.meta.currency}
        deleted={deleted}
        overridden={overridden}
        edit={edit}
        onReset={onReset}
        onDelete={onDelete}
      />
      <div className="tab-footer">
        <AddTaskForm
          known={known}
          taken={taken}
          deleted={deleted}
          edit={edit}
          onAdded={(name) => setAnnouncement(`Added ${name}.`)}
        />
        <DeletedTasks tasks={deletedTasks} onRestore={onRestore} />
      </div>
    </div>
  );
}
