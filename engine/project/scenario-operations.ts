/**
 * Scenario operations for the app's document store: pure functions from a project to a new
 * project. Scenarios they do not touch are shared with the old project (not copied), so memoised
 * views and cached simulations of those scenarios stay valid. Each result is checked against the
 * project schema; a change that would make the project invalid throws `FathomInputError` and
 * leaves the project as it was.
 */
import { FathomInputError } from '../errors.ts';
import { projectSchema, type Project } from './project-schema.ts';
import type { Scenario } from './scenario-schema.ts';
import { findScenario } from './simulate-scenario.ts';
import { inputIssuesOf } from './zod-issues.ts';

const MAX_ID_LENGTH = 100;
const MAX_NAME_LENGTH = 200;

/** Id of the scenario the others are compared with: `project.baseline`, else the first. */
export function baselineId(project: Project): string {
  const { baseline } = project;
  return baseline !== undefined && project.scenarios.some((s) => s.id === baseline)
    ? baseline
    : project.scenarios[0]!.id;
}

/** `project` when it passes the schema; otherwise its problems, located, as an input error. */
function checked(project: Project): Project {
  const parsed = projectSchema.safeParse(project);
  if (!parsed.success) {
    throw new FathomInputError(inputIssuesOf(parsed.error));
  }
  return project;
}

function indexOf(project: Project, id: string): number {
  return project.scenarios.indexOf(findScenario(project, id));
}

/** `base` itself when no scenario uses it, else `base-2`, `base-3` … (ids stay ≤ 100 characters). */
export function uniqueScenarioId(project: Project, base: string): string {
  const taken = new Set(project.scenarios.map((s) => s.id));
  const stem = base.slice(0, MAX_ID_LENGTH);
  if (!taken.has(stem)) return stem;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const id = `${base.slice(0, MAX_ID_LENGTH - suffix.length)}${suffix}`;
    if (!taken.has(id)) return id;
  }
}

function uniqueName(project: Project, base: string): string {
  const taken = new Set(project.scenarios.map((s) => s.name));
  const stem = base.slice(0, MAX_NAME_LENGTH);
  if (!taken.has(stem)) return stem;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = `${base.slice(0, MAX_NAME_LENGTH - suffix.length)}${suffix}`;
    if (!taken.has(name)) return name;
  }
}

/**
 * A deep copy of scenario `id`, inserted right after it (`scenarios[index + 1]`), with a fresh
 * id (`<id>-copy`, `<id>-copy-2` …) and the name `newName` or "Copy of <name>" (made unique).
 */
export function duplicateScenario(project: Project, id: string, newName?: string): Project {
  const index = indexOf(project, id);
  const source = project.scenarios[index]!;
  // Scenarios are plain JSON; engine/ has no structuredClone (no DOM or Node typings).
  const copy = JSON.parse(JSON.stringify(source)) as Scenario;
  copy.id = uniqueScenarioId(project, `${source.id.slice(0, MAX_ID_LENGTH - 7)}-copy`);
  copy.name = newName?.trim() || uniqueName(project, `Copy of ${source.name}`);
  const scenarios = [...project.scenarios];
  scenarios.splice(index + 1, 0, copy);
  return checked({ ...project, scenarios });
}

/** Scenario `id` named `name` (trimmed; an empty name is refused with a located message). */
export function renameScenario(project: Project, id: string, name: string): Project {
  const index = indexOf(project, id);
  const scenarios = [...project.scenarios];
  scenarios[index] = { ...scenarios[index]!, name: name.trim() };
  return checked({ ...project, scenarios });
}

/**
 * The project without scenario `id`. The last scenario cannot be deleted. When the baseline was
 * that scenario, the field is dropped, so the (new) first scenario is the baseline.
 */
export function deleteScenario(project: Project, id: string): Project {
  const index = indexOf(project, id);
  if (project.scenarios.length === 1) {
    throw new FathomInputError([
      {
        path: 'scenarios',
        message: `"${project.scenarios[0]!.name}" is the only scenario; a project needs at least one, so it cannot be deleted`,
      },
    ]);
  }
  const scenarios = project.scenarios.filter((_, i) => i !== index);
  const { baseline, ...rest } = project;
  return checked(
    baseline === id || baseline === undefined
      ? { ...rest, scenarios }
      : { ...rest, baseline, scenarios },
  );
}

/**
 * Scenario `id` moved to position `toIndex` (clamped to the list). Reordering never changes which
 * scenario is the baseline: when the baseline was implicit (the first scenario) and the order of
 * the first place changes, it is written into `baseline`, so compared deltas keep their meaning.
 */
export function moveScenario(project: Project, id: string, toIndex: number): Project {
  const from = indexOf(project, id);
  const last = project.scenarios.length - 1;
  const to = Math.min(last, Math.max(0, Number.isFinite(toIndex) ? Math.trunc(toIndex) : from));
  if (to === from) return project;
  const scenarios = [...project.scenarios];
  const [moved] = scenarios.splice(from, 1);
  scenarios.splice(to, 0, moved!);
  const baseline = baselineId(project);
  const pinned = project.baseline === undefined && scenarios[0]!.id !== baseline;
  return checked({ ...project, ...(pinned ? { baseline } : {}), scenarios });
}

/** Scenario `id` as the baseline of comparisons. */
export function setBaseline(project: Project, id: string): Project {
  findScenario(project, id);
  return checked({ ...project, baseline: id });
}
