import {
  FathomInputError,
  importTaskCsvIntoScenario,
  normalizeHeader,
  parseCsv,
  scenarioSchema,
  type InputIssue,
  type Project,
  type Scenario,
  type Template,
} from '../../engine/index.ts';
import { updateScenario } from '../state/edit-project.ts';
import { scenarioProblem } from './scenario-problem.ts';

/** What the import dialog offers: CSV files (DESIGN §3's task list). */
export const TASK_CSV_ACCEPT = ['.csv'] as const;

/** One problem or note about an imported file, located as the engine locates it. */
export type ImportIssue = { row?: number; column?: string; message: string };

/** An import that can go ahead: the scenario after each way of importing, and notes. */
export type TaskImportPlan = {
  file: string;
  /** Tasks in the file. */
  count: number;
  /** The file becomes the scenario's task list (the template's tasks are marked removed). */
  replace: Scenario;
  /** The file's tasks join the plan; or why they cannot (ids the plan already uses). */
  add: { ok: true; scenario: Scenario } | { ok: false; reason: string };
  /** What the import changed or ignored (unknown columns, the day rate), each located. */
  warnings: ImportIssue[];
};

export type TaskImportCheck =
  { ok: true; plan: TaskImportPlan } | { ok: false; file: string; issues: ImportIssue[] };

const CELL = /^(?:row|line) (\d+)(?:, column "(.*)")?$/;
const COLUMN = /^column "(.*)"$/;

/** An engine issue (`row 4, column "max"`, `line 3`, `column "rate"`) as row, column and message. */
export function locate(issue: InputIssue): ImportIssue {
  const cell = CELL.exec(issue.path);
  if (cell) {
    return {
      row: Number(cell[1]),
      ...(cell[2] !== undefined ? { column: cell[2] } : {}),
      message: issue.message,
    };
  }
  const column = COLUMN.exec(issue.path);
  if (column) return { column: column[1]!, message: issue.message };
  // Unlocated, the engine's message (written to follow a location) stands as a sentence.
  const text = issue.path ? `${issue.path}: ${issue.message}` : issue.message;
  return { message: text.charAt(0).toUpperCase() + text.slice(1) };
}

function issuesOf(error: unknown): ImportIssue[] {
  if (error instanceof FathomInputError) return error.issues.map(locate);
  return [{ message: error instanceof Error ? error.message : String(error) }];
}

/** What is wrong with the file before it is read as CSV, if anything. */
function notATaskList(text: string): string | undefined {
  // Workbooks (.xlsx is a zip), PDFs and images hold NUL bytes; CSV text never does.
  if (text.includes('\u0000')) {
    return 'This is not a text file (it holds binary data, as a spreadsheet workbook does); in the spreadsheet, save the sheet as "CSV (comma-separated)" and import that file.';
  }
  if (text.trim() === '') {
    return 'The file is empty; a task list needs a header row (id, name, min, likely, max, depends_on, …) and one row per task.';
  }
  return undefined;
}

/** The ids in the CSV's `id` column and their rows, read with the engine's parser. */
function csvIds(text: string): Map<string, number> {
  const ids = new Map<string, number>();
  try {
    const [header, ...rows] = parseCsv(text);
    const column = header?.fields.findIndex((f) => normalizeHeader(f) === 'id') ?? -1;
    for (const row of column < 0 ? [] : rows) {
      const id = (row.fields[column] ?? '').trim();
      if (id !== '' && !ids.has(id)) ids.set(id, row.line);
    }
  } catch {
    // Unreadable CSV: the importer reports it.
  }
  return ids;
}

/**
 * New ids for CSV tasks whose id a template task has (`launch` → `launch-2`). The engine keeps a
 * removed template task's id reserved, so a spreadsheet's `launch` could otherwise never replace
 * the template's; the first free `-2`, `-3`, … suffix is taken.
 */
function renamesFor(
  ids: readonly string[],
  reserved: ReadonlySet<string>,
  taken: ReadonlySet<string>,
): Map<string, string> {
  const used = new Set([...reserved, ...taken, ...ids]);
  const renames = new Map<string, string>();
  for (const id of ids) {
    if (!reserved.has(id) || renames.has(id)) continue;
    let n = 2;
    while (used.has(`${id}-${n}`)) n++;
    renames.set(id, `${id}-${n}`);
    used.add(`${id}-${n}`);
  }
  return renames;
}

/** The imported tasks (the scenario's last `count`) with their ids and dependencies renamed. */
function renamed(
  scenario: Scenario,
  count: number,
  renames: ReadonlyMap<string, string>,
): Scenario {
  if (renames.size === 0) return scenario;
  const rename = (id: string) => renames.get(id) ?? id;
  const first = scenario.extraTasks.length - count;
  return {
    ...scenario,
    extraTasks: scenario.extraTasks.map((task, i) =>
      i < first ? task : { ...task, id: rename(task.id), dependsOn: task.dependsOn.map(rename) },
    ),
  };
}

/** A result that the schema and the network compiler accept, or why not. */
function problemOf(project: Project, scenarioId: string, scenario: Scenario): string | undefined {
  const parsed = scenarioSchema.safeParse(scenario);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return issue ? `${issue.path.join('.')}: ${issue.message}` : 'not a valid scenario';
  }
  return scenarioProblem(
    updateScenario(project, scenarioId, () => scenario),
    scenarioId,
  );
}

/**
 * Reads a task-list CSV for the current scenario with the engine's importer, without changing
 * anything: every row-level problem, or the scenario after a replace and after an add. A result
 * that the network compiler would refuse is a problem too, so what is offered always simulates.
 */
export function planTaskImport(
  project: Project,
  scenarioId: string,
  scenario: Scenario,
  template: Template,
  file: { name: string; text: string },
): TaskImportCheck {
  const fail = (issues: ImportIssue[]): TaskImportCheck => ({ ok: false, file: file.name, issues });
  const wrong = notATaskList(file.text);
  if (wrong) return fail([{ message: wrong }]);

  const ids = csvIds(file.text);
  const templateIds = new Set(template.tasks.map((t) => t.id));
  const renames = renamesFor(
    [...ids.keys()],
    templateIds,
    new Set(scenario.extraTasks.map((t) => t.id)),
  );
  // The template without the tasks whose ids the CSV reuses: the engine then takes those rows,
  // and they are renamed after; the template's own tasks are still all removed by a replace.
  const rest = { tasks: template.tasks.filter((t) => !renames.has(t.id)) };

  let replace: Scenario;
  let warnings: InputIssue[];
  try {
    const result = importTaskCsvIntoScenario(scenario, file.text, {
      mode: 'replace',
      template: rest,
    });
    const value = renamed(result.value, result.value.extraTasks.length, renames);
    replace = {
      ...value,
      overrides: [
        ...value.overrides,
        ...[...renames.keys()].map((task) => ({ task, removed: true })),
      ],
    };
    warnings = result.warnings;
  } catch (error) {
    return fail(issuesOf(error));
  }
  const broken = problemOf(project, scenarioId, replace);
  if (broken) return fail([{ message: `The imported plan cannot be simulated: ${broken}` }]);

  let add: TaskImportPlan['add'];
  try {
    const result = importTaskCsvIntoScenario(scenario, file.text, { template: rest });
    const added = renamed(result.value, replace.extraTasks.length, renames);
    const problem = problemOf(project, scenarioId, added);
    add = problem ? { ok: false, reason: problem } : { ok: true, scenario: added };
  } catch (error) {
    const first = issuesOf(error)[0];
    add = {
      ok: false,
      reason: first ? `${first.row ? `row ${first.row}: ` : ''}${first.message}` : 'not possible',
    };
  }

  const renameNotes: ImportIssue[] = [...renames].map(([from, to]) => ({
    row: ids.get(from) ?? 0,
    column: 'id',
    message: `the template has a task "${from}" too, so the file’s "${from}" is imported as "${to}" (its dependents follow)`,
  }));
  return {
    ok: true,
    plan: {
      file: file.name,
      count: replace.extraTasks.length,
      replace,
      add,
      // The note about removed template tasks is the replace button's own explanation.
      warnings: [...renameNotes, ...warnings.filter((w) => w.path !== '').map(locate)],
    },
  };
}

/** "1 task", "17 tasks". */
export function tasksCount(n: number): string {
  return `${n} task${n === 1 ? '' : 's'}`;
}
