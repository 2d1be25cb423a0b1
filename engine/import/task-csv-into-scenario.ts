import { moments } from '../distributions/moments.ts';
import type { Distribution } from '../distributions/distribution.ts';
import { FathomInputError, throwIfIssues, type InputIssue } from '../errors.ts';
import type { Template } from '../model/template-schema.ts';
import {
  categories,
  extraTaskSchema,
  scenarioSchema,
  type ExtraTask,
  type Scenario,
} from '../project/scenario-schema.ts';
import { cellPath, readTable, type ImportResult } from './table.ts';
import { parseTaskCsv } from './task-csv.ts';

/**
 * Columns a task-list CSV may add for a scenario (DESIGN §3 leaves room for more): the phase and
 * the cost category (`model`, `data`, `productionization`, `mlops`, `management`) of each task.
 */
export const SCENARIO_TASK_CSV_COLUMNS = ['phase', 'category'] as const;

export type TaskCsvImportOptions =
  | {
      /** Add the CSV's tasks to the scenario's (default). */
      mode?: 'add';
      /** The scenario's template: when given, CSV ids that its tasks use are refused. */
      template?: Pick<Template, 'tasks'>;
    }
  | {
      /**
       * The CSV becomes the scenario's task list: its added tasks are replaced, and every task
       * of the template is marked removed (an override `{ task, removed: true }`), also those
       * these inputs do not generate now, so a later change of inputs brings none back.
       */
      mode: 'replace';
      template: Pick<Template, 'tasks'>;
    };

/** Which CSV column holds the value at a path of an added task, for row-level messages. */
function columnOf(path: readonly PropertyKey[], distribution: Distribution | undefined): string {
  const [field, sub] = path;
  if (field === 'duration') {
    if (sub === 'max' || sub === 'p95') return 'max';
    if (sub === 'mode' || (sub === 'value' && distribution?.type === 'fixed')) return 'likely';
    return 'min';
  }
  if (field === 'dependsOn') return 'depends_on';
  if (field === 'fixedCost') return 'fixed_cost';
  return typeof field === 'string' ? field : 'id';
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * Reads a task-list CSV (DESIGN §3) into a scenario's task table. Each row becomes an added task
 * (`extraTasks`) that keeps the CSV's id, name, duration distribution (working days, not effort:
 * the task takes that long whoever works on it) and dependencies; optional `phase` and
 * `category` columns fill those fields (default: the schema's, `custom` and `management`).
 *
 * What cannot map exactly: a scenario bills an added task's work through its team roles and has
 * no per-task day rate, so `rate` becomes part of the one-off cost, `fixed_cost + rate × mean
 * duration`, explained in the task's notes and in a warning. The mean cost is kept; the cost no
 * longer grows with the drawn duration. Dependencies may only name tasks of the same CSV (add
 * links to the template's tasks in the task table afterwards).
 *
 * Every problem is thrown at once as a `FathomInputError` naming the row (the file's line) and
 * the column, e.g. `row 4, column "max"`; the scenario passed in is never changed.
 */
export function importTaskCsvIntoScenario(
  scenario: Scenario,
  csvText: string,
  options: TaskCsvImportOptions = {},
): ImportResult<Scenario> {
  const mode = options.mode ?? 'add';
  const imported = parseTaskCsv(csvText);
  const warnings = imported.warnings.filter(
    (w) =>
      !SCENARIO_TASK_CSV_COLUMNS.some(
        (c) => w.path.endsWith(`column "${c}"`) && w.message.startsWith('unknown column'),
      ),
  );
  // The extra columns and each id's line, read from the same text (the parse above succeeded).
  const table = readTable(
    csvText,
    { known: ['id', ...SCENARIO_TASK_CSV_COLUMNS], key: 'id', rowNoun: 'task' },
    [],
    [],
  );
  const rows = new Map((table?.rows ?? []).map((row) => [row.get('id'), row]));

  const issues: InputIssue[] = [];
  const templateIds = new Set(options.template?.tasks.map((t) => t.id) ?? []);
  const existing = new Set(mode === 'add' ? scenario.extraTasks.map((t) => t.id) : []);
  const tasks: ExtraTask[] = [];
  const lines: number[] = [];
  let rated = 0;

  for (const task of imported.value.tasks) {
    const row = rows.get(task.id);
    const line = row?.line ?? 0;
    if (templateIds.has(task.id)) {
      issues.push({
        path: cellPath(line, 'id'),
        message: `the template "${scenario.template}" has a task "${task.id}" too; give the imported task another id`,
      });
      continue;
    }
    if (existing.has(task.id)) {
      issues.push({
        path: cellPath(line, 'id'),
        message: `the scenario already has an added task "${task.id}"; give the imported task another id, or import with "replace"`,
      });
      continue;
    }
    const rate = task.rate ?? 0;
    const oneOff = typeof task.fixedCost === 'number' ? task.fixedCost : 0;
    const meanDuration = moments(task.duration).mean;
    const notes =
      rate > 0
        ? `Imported from a task-list CSV with rate ${rate} per working day: rate × mean duration (${round(meanDuration)} days) = ${round(rate * meanDuration)} is counted in the one-off cost${oneOff > 0 ? `, with the fixed cost ${oneOff}` : ''}.`
        : undefined;
    if (rate > 0) rated++;
    const raw = {
      id: task.id,
      name: task.name ?? task.id,
      ...(row && row.get('phase') !== '' ? { phase: row.get('phase') } : {}),
      ...(row && row.get('category') !== '' ? { category: row.get('category').toLowerCase() } : {}),
      duration: task.duration,
      dependsOn: [...(task.dependsOn ?? [])],
      fixedCost: round(oneOff + rate * meanDuration),
      ...(notes ? { notes } : {}),
    };
    const parsed = extraTaskSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const column = columnOf(issue.path, task.duration);
        issues.push({
          path: cellPath(line, column),
          message:
            column === 'category'
              ? `${JSON.stringify(row?.get('category'))} is not a category; use one of ${categories.join(', ')}`
              : issue.message,
        });
      }
      continue;
    }
    tasks.push(parsed.data);
    lines.push(line);
  }
  throwIfIssues(issues);

  if (rated > 0) {
    warnings.push({
      path: 'column "rate"',
      message: `a scenario bills added tasks through their team roles and has no day rate per task, so for ${rated} task${rated === 1 ? '' : 's'} rate × mean duration was added to the one-off cost: the mean cost is kept, but it no longer varies with the duration (see each task's notes)`,
    });
  }

  const removedIds = [...templateIds];
  const next: Scenario =
    mode === 'replace'
      ? {
          ...scenario,
          overrides: removedIds.map((task) => ({ task, removed: true })),
          extraTasks: tasks,
        }
      : { ...scenario, extraTasks: [...scenario.extraTasks, ...tasks] };
  if (mode === 'replace' && removedIds.length > 0) {
    warnings.push({
      path: '',
      message: `the template's ${removedIds.length} tasks are marked removed; its risks, drivers and running costs still apply (a risk on a removed task keeps only its cost): turn off those that do not fit the imported plan`,
    });
  }

  const checked = scenarioSchema.safeParse(next);
  if (!checked.success) {
    const first = mode === 'replace' ? 0 : scenario.extraTasks.length;
    throw new FathomInputError(
      checked.error.issues.map((issue) => {
        const [list, index] = issue.path;
        const line =
          list === 'extraTasks' && typeof index === 'number' ? lines[index - first] : undefined;
        return line !== undefined
          ? { path: `row ${line}`, message: issue.message }
          : {
              path: '',
              message: `the scenario would not be valid: ${issue.path.join('.')} ${issue.message}`,
            };
      }),
    );
  }
  return { value: checked.data, warnings };
}
