/**
 * Orders tasks so that each comes after everything it depends on (Kahn's algorithm). Returns the cycle's ids when there is one.
 */
export function topologicalOrder(
  predecessors: readonly (readonly number[])[],
): { order: number[] } | { cycle: number[] } {
  const n = predecessors.length;
  const indegree = new Int32Array(n);
  const successors: number[][] = Array.from({ length: n }, () => []);
  predecessors.forEach((preds, t) => {
    indegree[t] = preds.length;
    for (const p of preds) successors[p]!.push(t);
  });
  const order: number[] = [];
  const ready: number[] = [];
  for (let t = 0; t < n; t++) if (indegree[t] === 0) ready.push(t);
  for (let head = 0; head < ready.length; head++) {
    const t = ready[head]!;
    order.push(t);
    for (const s of successors[t]!) {
      indegree[s] = indegree[s]! - 1;
      if (indegree[s] === 0) ready.push(s);
    }
  }
  if (order.length === n) return { order };
  return { cycle: findCycle(predecessors, indegree) };
}

/**
 * A cycle among the tasks Kahn's algorithm could not order, as indices in dependency order.
 * Every such task has an unordered predecessor, so walking predecessors must revisit a task.
 */
function findCycle(predecessors: readonly (readonly number[])[], indegree: Int32Array): number[] {
  const n = predecessors.length;
  let start = -1;
  for (let t = 0; t < n && start < 0; t++) if (indegree[t]! > 0) start = t;
  if (start < 0) return [];
  const seenAt = new Int32Array(n).fill(-1);
  const walk: number[] = [];
  let t = start;
  while (seenAt[t] === -1) {
    seenAt[t] = walk.length;
    walk.push(t);
    t = predecessors[t]!.find((p) => indegree[p]! > 0)!;
  }
  return walk.slice(seenAt[t]).reverse();
}
