import type { BuiltTask, TaskStatistics } from '../../engine/index.ts';
import { groupByPhase } from './group-by-phase.ts';
import { TaskRow } from './TaskRow.tsx';
import type { ScenarioEdit } from './use-scenario-edit.ts';

type Props = {
  tasks: readonly BuiltTask[];
  stats: ReadonlyMap<string, TaskStatistics>;
  /** The statistics are from the document before the last edit. */
  stale: boolean;
  currency: string;
  deleted: ReadonlySet<string>;
  overridden: ReadonlySet<string>;
  edit: ScenarioEdit;
  onReset(task: BuiltTask): void;
  onDelete(task: BuiltTask): void;
};

const COLUMNS = 9;

/** The task network as a table, one row group per phase in the standard order. */
export function TaskTable({
  tasks,
  stats,
  stale,
  currency,
  deleted,
  overridden,
  edit,
  onReset,
  onDelete,
}: Props) {
  const known = new Set(tasks.map((t) => t.id));
  const groups = groupByPhase(tasks);
  return (
    <div className="table-scroll" role="region" aria-label="Task table" tabIndex={0}>
      <table className={`data-table tasks-table${stale ? ' stats-stale' : ''}`}>
        <caption>
          {tasks.length} task{tasks.length === 1 ? '' : 's'} in {groups.length} phase
          {groups.length === 1 ? '' : 's'}. Effort is in person-days; a range reads{' '}
          <code>3 to 8</code> (90% interval) or <code>2, 4, 9</code> (min, most likely, max).
        </caption>
        <thead>
          <tr>
            <th scope="col" className="col-task">
              Task
            </th>
            <th scope="col">Category</th>
            <th scope="col">Who</th>
            <th scope="col" className="col-estimate">
              Effort <span className="unit">person-days</span>
            </th>
            <th scope="col" className="number">
              Duration <span className="unit">working days</span>
            </th>
            <th scope="col" className="number">
              One-off costs
            </th>
            <th scope="col" className="col-deps">
              Depends on <span className="unit">ids, “;”</span>
            </th>
            <th scope="col" className="number">
              Critical <span className="unit">of runs</span>
            </th>
            <th scope="col" className="number">
              P50 / P80 <span className="unit">working days</span>
            </th>
          </tr>
        </thead>
        {groups.map((group) => (
          <tbody key={group.phase}>
            <tr className="phase-row">
              <th scope="rowgroup" colSpan={COLUMNS}>
                {group.name}
              </th>
            </tr>
            {group.items.map((task) => (
              <TaskRow
                key={task.id}
                task={task}
                stats={stats.get(task.id)}
                currency={currency}
                known={known}
                deleted={deleted}
                hasOverride={overridden.has(task.id)}
                edit={edit}
                onReset={onReset}
                onDelete={onDelete}
              />
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
