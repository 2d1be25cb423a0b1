import type { Project, Scenario } from '../../engine/index.ts';

type Json = Record<string, unknown>;

/** `value` at `path` inside `target`, copying only the objects on the way (immutable update). */
export function setIn<T>(target: T, path: readonly (string | number)[], value: unknown): T {
  if (path.length === 0) return value as T;
  const [head, ...rest] = path;
  if (Array.isArray(target)) {
    const copy = [...target];
    copy[head as number] = setIn(copy[head as number], rest, value);
    return copy as T;
  }
  const source = (target ?? {}) as Json;
  return { ...source, [head as string]: setIn(source[head as string], rest, value) } as T;
}

export function getIn(target: unknown, path: readonly (string | number)[]): unknown {
  let current = target;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Json)[key as string];
  }
  return current;
}

/** The project with one scenario replaced by `update(scenario)`. */
export function updateScenario(
  project: Project,
  scenarioId: string,
  update: (scenario: Scenario) => Scenario,
): Project {
  return {
    ...project,
    scenarios: project.scenarios.map((s) => (s.id === scenarioId ? update(s) : s)),
  };
}

export function currentScenario(project: Project, scenarioId: string): Scenario {
  return project.scenarios.find((s) => s.id === scenarioId) ?? project.scenarios[0]!;
}
