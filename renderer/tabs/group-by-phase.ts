import { phaseName, phaseOrder } from '../../engine/index.ts';

/** Items grouped by phase, the phases in the standard order (DESIGN §2), items in their order. */
export function groupByPhase<T extends { phase: string }>(
  items: readonly T[],
): { phase: string; name: string; items: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(item.phase, [...(groups.get(item.phase) ?? []), item]);
  return [...groups.entries()]
    .map(([phase, members]) => ({ phase, name: phaseLabel(phase), items: members }))
    .sort((a, b) => phaseOrder(a.phase) - phaseOrder(b.phase));
}

/** A phase's display name; phases outside the standard list (an added task's) read as themselves. */
export function phaseLabel(phase: string): string {
  return phase === 'custom' ? 'Other' : phaseName(phase);
}
