import type {
  BuiltTask,
  Distribution,
  ExtraTask,
  Scenario,
  TaskOverride,
} from '../../engine/index.ts';

/** The fields of a task the table edits. */
export type TaskPatch = {
  name?: string;
  effort?: Distribution;
  duration?: Distribution;
  dependsOn?: string[];
};

/** The user's override of a template task, when there is one. */
export function overrideOf(scenario: Scenario, taskId: string): TaskOverride | undefined {
  return scenario.overrides.find((o) => o.task === taskId);
}

function withOverride(scenario: Scenario, taskId: string, patch: Partial<TaskOverride>): Scenario {
  const existing = overrideOf(scenario, taskId);
  const next: TaskOverride = { ...existing, ...patch, task: taskId };
  return {
    ...scenario,
    overrides: existing
      ? scenario.overrides.map((o) => (o === existing ? next : o))
      : [...scenario.overrides, next],
  };
}

/** Edits a task: an override for a template task, the entry itself for a task the user added. */
export function editTask(scenario: Scenario, task: BuiltTask, patch: TaskPatch): Scenario {
  if (task.origin === 'user') {
    return {
      ...scenario,
      extraTasks: scenario.extraTasks.map((x) => (x.id === task.id ? { ...x, ...patch } : x)),
    };
  }
  return withOverride(scenario, task.id, patch);
}

/** Back to the template's task: the override goes. */
export function resetTask(scenario: Scenario, taskId: string): Scenario {
  return { ...scenario, overrides: scenario.overrides.filter((o) => o.task !== taskId) };
}

/**
 * Deletes a task. A template task is marked removed (its edits kept for a restore; the builder
 * bridges its dependents to its own dependencies). An added task goes, and the tasks that
 * depended on it depend on its dependencies instead, the same bridge.
 */
export function deleteTask(scenario: Scenario, task: BuiltTask): Scenario {
  if (task.origin === 'template') return withOverride(scenario, task.id, { removed: true });
  const gone = scenario.extraTasks.find((x) => x.id === task.id);
  if (!gone) return scenario;
  const bridge = (deps: string[]) =>
    deps.includes(task.id)
      ? [...new Set(deps.flatMap((d) => (d === task.id ? gone.dependsOn : [d])))]
      : deps;
  return {
    ...scenario,
    extraTasks: scenario.extraTasks
      .filter((x) => x !== gone)
      .map((x) => ({ ...x, dependsOn: bridge(x.dependsOn) })),
    overrides: scenario.overrides.map((o) =>
      o.dependsOn ? { ...o, dependsOn: bridge(o.dependsOn) } : o,
    ),
  };
}

/** Brings a deleted template task back, with the edits it had. */
export function restoreTask(scenario: Scenario, taskId: string): Scenario {
  const existing = overrideOf(scenario, taskId);
  if (!existing) return scenario;
  const { removed: _removed, ...rest } = existing;
  const keep = Object.keys(rest).some((key) => key !== 'task');
  return {
    ...scenario,
    overrides: keep
      ? scenario.overrides.map((o) => (o === existing ? rest : o))
      : scenario.overrides.filter((o) => o !== existing),
  };
}

export function addTask(scenario: Scenario, task: ExtraTask): Scenario {
  return { ...scenario, extraTasks: [...scenario.extraTasks, task] };
}
