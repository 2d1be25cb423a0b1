import { throwIfIssues, type InputIssue } from '../errors.ts';
import type { Network, Task } from '../network/network.ts';
import { topologicalOrder } from '../network/topology.ts';
import { readDistributionName, readRange } from './range.ts';
import { cellPath, readNumber, readTable, type ImportResult, type TableRow } from './table.ts';

/** Columns of the task-list CSV (DESIGN §3), in the order the docs list them. */
export const TASK_CSV_COLUMNS = [
  'id',
  'name',
  'min',
  'likely',
  'max',
  'depends_on',
  'distribution',
  'rate',
  'fixed_cost',
] as const;
type TaskColumn = (typeof TASK_CSV_COLUMNS)[number];

/** Separator of ids in `depends_on`. */
export const DEPENDENCY_SEPARATOR = ';';

/** A row's place in the dependency graph, read whether or not the rest of the row is valid. */
type GraphRow = { id: string; line: number; dependsOn: string[] };

/**
 * Reads a task-list CSV (DESIGN §3) into a `Network`. Every problem is collected and thrown at
 * once as a `FathomInputError` whose issue paths name the row (the file's line number) and the
 * column, e.g. `row 4, column "max"`; callers prefix the file name. Unknown columns come back as
 * warnings. The network it returns passes `compileNetwork`'s checks.
 */
export function parseTaskCsv(text: string): ImportResult<Network> {
  const issues: InputIssue[] = [];
  const warnings: InputIssue[] = [];
  const table = readTable(
    text,
    { known: TASK_CSV_COLUMNS, key: 'id', rowNoun: 'task' },
    issues,
    warnings,
  );
  if (!table) {
    throwIfIssues(issues);
    throw new Error('readTable returned no table and no issue');
  }

  const tasks: Task[] = [];
  // Every row with an id joins the graph, also one with a bad number, so its dependencies are
  // checked too and its dependents are not told that its id is unknown.
  const graph: GraphRow[] = [];
  const lineOf = new Map<string, number>();
  for (const row of table.rows) {
    const id = row.get('id');
    const first = lineOf.get(id);
    if (id !== '' && first !== undefined) {
      issues.push({
        path: cellPath(row.line, 'id'),
        message: `duplicate task id "${id}" (first used on row ${first})`,
      });
      continue;
    }
    lineOf.set(id, row.line);
    if (id !== '') graph.push({ id, line: row.line, dependsOn: readDependencies(row) });
    const task = readTask(row, issues, warnings);
    if (task) tasks.push(task);
  }

  if (table.rows.length === 0 && issues.length === 0) {
    issues.push({ path: '', message: 'the file has a header but no tasks' });
  }

  checkDependencies(graph, issues);
  throwIfIssues(issues);
  return { value: { tasks }, warnings };
}

function readTask(
  row: TableRow<TaskColumn>,
  issues: InputIssue[],
  warnings: InputIssue[],
): Task | undefined {
  const before = issues.length;
  const id = row.get('id');
  if (id === '') {
    issues.push({ path: cellPath(row.line, 'id'), message: 'missing; every task needs an id' });
  } else if (id.includes(DEPENDENCY_SEPARATOR)) {
    issues.push({
      path: cellPath(row.line, 'id'),
      message: `the id "${id}" contains "${DEPENDENCY_SEPARATOR}", which separates ids in depends_on`,
    });
  }

  const type = readDistributionName(row, 'distribution', issues);
  const duration = type
    ? readRange(
        row,
        { min: 'min', likely: 'likely', max: 'max' },
        type,
        { noun: 'duration', nonNegative: true },
        issues,
        warnings,
      )
    : undefined;
  if (duration === null) {
    issues.push({
      path: cellPath(row.line, 'likely'),
      message:
        type === 'fixed'
          ? 'missing; a fixed duration needs a value in likely (or min)'
          : `missing; the task has no duration (fill min, likely and max in working days)`,
    });
  }

  const rate = readNumber(row, 'rate', issues);
  const fixedCost = readNumber(row, 'fixed_cost', issues);
  for (const [column, value] of [
    ['rate', rate],
    ['fixed_cost', fixedCost],
  ] as const) {
    if (value !== undefined && value < 0) {
      issues.push({
        path: cellPath(row.line, column),
        message: `must be at least 0, got ${value}`,
      });
    }
  }
  const dependsOn = readDependencies(row);

  if (issues.length > before || !duration) return undefined;
  const task: Task = { id, duration };
  const name = row.get('name');
  if (name !== '') task.name = name;
  if (dependsOn.length > 0) task.dependsOn = dependsOn;
  if (rate !== undefined) task.rate = rate;
  if (fixedCost !== undefined) task.fixedCost = fixedCost;
  return task;
}

/** The ids in `depends_on`, trimmed, without repeats. */
function readDependencies(row: TableRow<TaskColumn>): string[] {
  const ids = row
    .get('depends_on')
    .split(DEPENDENCY_SEPARATOR)
    .map((d) => d.trim())
    .filter((d) => d !== '');
  return [...new Set(ids)];
}

/** Unknown ids, self-dependencies and cycles, each naming the rows involved. */
function checkDependencies(rows: readonly GraphRow[], issues: InputIssue[]): void {
  const index = new Map(rows.map((r, i) => [r.id, i]));
  const predecessors = rows.map(({ id, line, dependsOn }) => {
    const preds: number[] = [];
    for (const dep of dependsOn) {
      const p = index.get(dep);
      if (dep === id) {
        issues.push({
          path: cellPath(line, 'depends_on'),
          message: `task "${id}" depends on itself`,
        });
      } else if (p === undefined) {
        issues.push({
          path: cellPath(line, 'depends_on'),
          message: `unknown task id "${dep}"; no row has that id`,
        });
      } else {
        preds.push(p);
      }
    }
    return preds;
  });

  const sorted = topologicalOrder(predecessors);
  if ('cycle' in sorted) {
    const cycle = sorted.cycle.map((i) => rows[i]!);
    const first = cycle[0]!;
    const steps = [...cycle, first].map((r) => `"${r.id}" (row ${r.line})`);
    issues.push({
      path: cellPath(first.line, 'depends_on'),
      message: `dependency cycle: ${steps.join(' → ')}, where → reads "must finish before"; remove one of these dependencies`,
    });
  }
}
