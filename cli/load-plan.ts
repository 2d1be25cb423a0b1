import {
  FathomInputError,
  formatIssue,
  parseRiskCsv,
  parseTaskCsv,
  type ImportResult,
  type InputIssue,
  type Network,
} from './engine.ts';
import { inFile, UserError } from './errors.ts';
import { readTextFile } from './read-text-file.ts';
import type { Context } from './command.ts';
import { loadProjectPlan, type ProjectPlan } from './project/project-plan.ts';

/** What `simulate` (and later `report`) runs on, whatever file it came from. */
export type Plan = {
  network: Network;
  /** Task ids in the order of the input. */
  taskOrder: string[];
  /** For the readable output: `tasks.csv (17 tasks, 5 risks)`. */
  title: string;
  /** Warnings, each naming its file, for stderr. */
  warnings: string[];
  /** For a project file: its scenario, settings and how to complete the result with dates. */
  project?: ProjectPlan;
};

export type PlanOptions = {
  /** `--risks FILE`: a risks CSV to add to a task-list CSV. */
  risks?: string;
  /** `--scenario ID`: the scenario of a project file. */
  scenario?: string;
};

/** One kind of input file: how to recognise it and how to read it. */
type PlanFormat = {
  matches(file: string): boolean;
  load(file: string, options: PlanOptions, context: Pick<Context, 'stderr'>): Plan | Promise<Plan>;
};

function warningsIn(file: string, warnings: readonly InputIssue[]): string[] {
  return warnings.map((w) => `${file}${w.path ? ', ' : ': '}${formatIssue(w)}`);
}

/** Runs an importer on a file's text; its input errors come back naming the file. */
function importFile<T>(file: string, parse: (text: string) => ImportResult<T>): ImportResult<T> {
  const text = readTextFile(file);
  try {
    return parse(text);
  } catch (error) {
    if (error instanceof FathomInputError) throw inFile(file, error);
    throw error;
  }
}

const projectFile: PlanFormat = {
  matches: (file) => /\.json$/i.test(file),
  async load(file, options, context) {
    if (options.risks !== undefined) {
      throw new UserError(
        `--risks applies to task-list CSVs; the risks of ${file} are in the project file`,
      );
    }
    const { network, plan, warnings } = await loadProjectPlan(file, options.scenario, context);
    const taskOrder = network.tasks.map((t) => t.id);
    const scenario = plan.scenarioCount > 1 ? `, scenario "${plan.scenario.name}"` : '';
    return {
      network,
      taskOrder,
      title: `${file}${scenario} (${taskOrder.length} tasks, ${network.risks?.length ?? 0} risks)`,
      warnings,
      project: plan,
    };
  },
};

const taskListCsv: PlanFormat = {
  matches: (file) => /\.csv$/i.test(file),
  load(file, options) {
    if (options.scenario !== undefined) {
      throw new UserError(`--scenario applies to project files; ${file} is a task-list CSV`);
    }
    const tasks = importFile(file, parseTaskCsv);
    const taskOrder = tasks.value.tasks.map((t) => t.id);
    const warnings = warningsIn(file, tasks.warnings);
    let network: Network = tasks.value;
    if (options.risks !== undefined) {
      const risksFile = options.risks;
      const risks = importFile(risksFile, (text) => parseRiskCsv(text, { taskIds: taskOrder }));
      warnings.push(...warningsIn(risksFile, risks.warnings));
      network = { ...network, risks: risks.value };
    }
    const riskCount = network.risks?.length ?? 0;
    const counts = [
      `${taskOrder.length} task${taskOrder.length === 1 ? '' : 's'}`,
      ...(options.risks !== undefined ? [`${riskCount} risk${riskCount === 1 ? '' : 's'}`] : []),
    ];
    return { network, taskOrder, title: `${file} (${counts.join(', ')})`, warnings };
  },
};

/**
 * The one place that decides how to read an input file from its type. Project files
 * (`*.fathom.json`) plug in here when the ML cost model lands.
 */
const FORMATS: readonly PlanFormat[] = [projectFile, taskListCsv];

export async function loadPlan(
  file: string,
  options: PlanOptions = {},
  context: Pick<Context, 'stderr'> = { stderr: () => undefined },
): Promise<Plan> {
  const format = FORMATS.find((f) => f.matches(file));
  if (!format) {
    const hint = /\.xlsx?$|\.ods$|\.numbers$/i.test(file)
      ? '; save the sheet as "CSV UTF-8 (comma delimited)" first'
      : '';
    throw new UserError(
      `cannot tell what ${file} is: fathom reads a task-list CSV (.csv) or a project file (.fathom.json)${hint}`,
    );
  }
  return format.load(file, options, context);
}
