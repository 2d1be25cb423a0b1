import { describe, expect, it } from 'vitest';
import { FathomInputError, type InputIssue } from '../errors.ts';
import { projectFromJson, serializeProject, parseProject } from './load-project.ts';
import type { Project } from './project-schema.ts';
import {
  baselineId,
  deleteScenario,
  duplicateScenario,
  moveScenario,
  renameScenario,
  setBaseline,
  uniqueScenarioId,
} from './scenario-operations.ts';
import { newProject } from '../../test/fixtures/projects.ts';

function issuesOf(fn: () => unknown): readonly InputIssue[] {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(FathomInputError);
    return (error as FathomInputError).issues;
  }
  throw new Error('expected a FathomInputError, nothing was thrown');
}

/** A project with scenarios a, b, c (copies of one churn scenario). */
function threeScenarios(): Project {
  const project = newProject('churn');
  const base = project.scenarios[0]!;
  return {
    ...project,
    scenarios: ['a', 'b', 'c'].map((id) => ({ ...base, id, name: id.toUpperCase() })),
  };
}

const ids = (project: Project) => project.scenarios.map((s) => s.id);

describe('duplicateScenario', () => {
  it('inserts a deep copy after the original with a fresh id and "Copy of …"', () => {
    const project = threeScenarios();
    const before = serializeProject(project);
    const next = duplicateScenario(project, 'a');
    expect(ids(next)).toEqual(['a', 'a-copy', 'b', 'c']);
    const copy = next.scenarios[1]!;
    expect(copy.name).toBe('Copy of A');
    expect({ ...copy, id: 'a', name: 'A' }).toStrictEqual(project.scenarios[0]);
    // A deep copy: editing it leaves the original alone; the project passed in is unchanged.
    copy.inputs.labels.items = 123_456;
    expect(project.scenarios[0]!.inputs.labels.items).not.toBe(123_456);
    expect(serializeProject(project)).toBe(before);
    // Untouched scenarios are shared, not copied (memoised views stay valid).
    expect(next.scenarios[2]).toBe(project.scenarios[1]);
  });

  it('keeps ids and names unique when duplicating again, and takes a given name', () => {
    let project = duplicateScenario(threeScenarios(), 'a');
    project = duplicateScenario(project, 'a');
    expect(ids(project)).toEqual(['a', 'a-copy-2', 'a-copy', 'b', 'c']);
    expect(project.scenarios[1]!.name).toBe('Copy of A (2)');
    project = duplicateScenario(project, 'b', '  Vendor labeling ');
    expect(project.scenarios[4]!.name).toBe('Vendor labeling');
    expect(() => parseProject(serializeProject(project))).not.toThrow();
  });

  it('keeps a copy of a 100-character id within 100 characters', () => {
    const project = threeScenarios();
    const long = 'x'.repeat(100);
    project.scenarios[0] = { ...project.scenarios[0]!, id: long };
    const next = duplicateScenario(duplicateScenario(project, long), long);
    for (const id of ids(next)) expect(id.length).toBeLessThanOrEqual(100);
    expect(new Set(ids(next)).size).toBe(5);
    expect(uniqueScenarioId(next, 'b')).toBe('b-2');
  });

  it('names the scenarios there are when the id is unknown', () => {
    expect(issuesOf(() => duplicateScenario(threeScenarios(), 'zzz'))).toEqual([
      { path: 'scenario', message: 'no scenario "zzz" in this project; it has "a", "b", "c"' },
    ]);
  });

  it('refuses a 51st scenario with a located message', () => {
    const project = threeScenarios();
    const base = project.scenarios[0]!;
    const full = {
      ...project,
      scenarios: Array.from({ length: 50 }, (_, i) => ({ ...base, id: `s${i}` })),
    };
    expect(issuesOf(() => duplicateScenario(full, 's0'))[0]!.path).toBe('scenarios');
  });
});

describe('renameScenario', () => {
  it('renames (trimmed) and refuses an empty name at its path', () => {
    const project = renameScenario(threeScenarios(), 'b', '  In-house labeling ');
    expect(project.scenarios[1]!.name).toBe('In-house labeling');
    expect(issuesOf(() => renameScenario(project, 'c', '   '))).toEqual([
      { path: 'scenarios[2].name', message: 'must not be empty' },
    ]);
  });
});

describe('deleteScenario', () => {
  it('removes a scenario; the last one cannot be removed', () => {
    let project = deleteScenario(threeScenarios(), 'b');
    expect(ids(project)).toEqual(['a', 'c']);
    project = deleteScenario(project, 'a');
    expect(ids(project)).toEqual(['c']);
    const issues = issuesOf(() => deleteScenario(project, 'c'));
    expect(issues).toHaveLength(1);
    expect(issues[0]!.message).toContain('a project needs at least one');
  });

  it('moves the baseline to the first scenario when the baseline is deleted', () => {
    const project = setBaseline(threeScenarios(), 'b');
    expect(baselineId(project)).toBe('b');
    const without = deleteScenario(project, 'b');
    expect(without.baseline).toBeUndefined();
    expect(baselineId(without)).toBe('a');
    // Deleting another scenario keeps the chosen baseline.
    expect(deleteScenario(project, 'c').baseline).toBe('b');
  });
});

describe('moveScenario', () => {
  it('reorders, clamping the target index', () => {
    const project = setBaseline(threeScenarios(), 'b');
    expect(ids(moveScenario(project, 'a', 2))).toEqual(['b', 'c', 'a']);
    expect(ids(moveScenario(project, 'c', 0))).toEqual(['c', 'a', 'b']);
    expect(ids(moveScenario(project, 'c', -5))).toEqual(['c', 'a', 'b']);
    expect(ids(moveScenario(project, 'a', 99))).toEqual(['b', 'c', 'a']);
    expect(moveScenario(project, 'b', 1)).toBe(project);
  });

  it('never changes which scenario is the baseline', () => {
    const implicit = threeScenarios();
    expect(baselineId(implicit)).toBe('a');
    const moved = moveScenario(implicit, 'c', 0);
    expect(baselineId(moved)).toBe('a');
    expect(moved.baseline).toBe('a');
    // A move behind the first place leaves the file without a baseline field.
    expect(moveScenario(implicit, 'b', 2).baseline).toBeUndefined();
  });
});

describe('setBaseline and the baseline field', () => {
  it('sets the baseline; an unknown id is refused', () => {
    expect(setBaseline(threeScenarios(), 'c').baseline).toBe('c');
    expect(issuesOf(() => setBaseline(threeScenarios(), 'x'))[0]!.path).toBe('scenario');
  });

  it('a file whose baseline names no scenario is refused at "baseline"', () => {
    const file = JSON.parse(serializeProject(threeScenarios())) as Record<string, unknown>;
    file['baseline'] = 'gone';
    expect(issuesOf(() => projectFromJson(file))).toEqual([
      {
        path: 'baseline',
        message: 'names no scenario of this project ("gone"); it has "a", "b", "c"',
      },
    ]);
  });

  it('a version-1 file without a baseline is still valid: the first scenario is the baseline', () => {
    const project = projectFromJson(JSON.parse(serializeProject(threeScenarios())));
    expect(project.baseline).toBeUndefined();
    expect(baselineId(project)).toBe('a');
  });
});
