import { DEPENDENCY_SEPARATOR } from '../../engine/index.ts';

export type DependencyResult = { ok: true; ids: string[] } | { ok: false; message: string };

const quoted = (ids: string[]) => ids.map((id) => `"${id}"`).join(', ');

/**
 * Reads "a; b" into task ids and checks them against the tasks of the plan, naming every id that
 * is wrong. Cycles are left to the builder, which names the tasks on the cycle.
 */
export function parseDependencies(
  text: string,
  self: string,
  known: ReadonlySet<string>,
  deleted: ReadonlySet<string> = new Set(),
): DependencyResult {
  const ids = [
    ...new Set(
      text
        .split(DEPENDENCY_SEPARATOR)
        .map((id) => id.trim())
        .filter((id) => id !== ''),
    ),
  ];
  if (self !== '' && ids.includes(self))
    return { ok: false, message: `"${self}" cannot depend on itself` };
  const removed = ids.filter((id) => deleted.has(id));
  if (removed.length > 0)
    return {
      ok: false,
      message: `${quoted(removed)} ${removed.length === 1 ? 'is' : 'are'} deleted; restore ${removed.length === 1 ? 'it' : 'them'} first`,
    };
  const unknown = ids.filter((id) => !known.has(id));
  if (unknown.length > 0) {
    const hint = unknown.some((id) => id.includes(','))
      ? `; separate ids with "${DEPENDENCY_SEPARATOR}"`
      : '';
    return {
      ok: false,
      message: `no task with the id ${quoted(unknown)}${hint}`,
    };
  }
  return { ok: true, ids };
}

export function formatDependencies(ids: readonly string[]): string {
  return ids.join(`${DEPENDENCY_SEPARATOR} `);
}
