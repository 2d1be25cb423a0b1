/** Splits `total` blocks into `parts` contiguous ranges of nearly equal size. */
export function splitBlocks(total: number, parts: number): { firstBlock: number; count: number }[] {
  const ranges = [];
  let first = 0;
  for (let p = 0; p < parts; p++) {
    const count = Math.floor(total / parts) + (p < total % parts ? 1 : 0);
    if (count > 0) ranges.push({ firstBlock: first, count });
    first += count;
  }
  return ranges;
}

/** A contiguous range of one run's blocks, simulated by one thread. */
export type Piece = { run: number; firstBlock: number; count: number };

/**
 * Which thread simulates what when several independent runs go at once (a report's scenario, its
 * mitigation counterpart, the other scenarios). Thread 0 is the calling thread.
 *
 * With no more runs than threads, each run gets its own group of threads (as equal as can be,
 * the first runs getting the spare ones) and its blocks are split across the group; run 0's group
 * starts with thread 0, which takes its first range (the one that holds the sample kept for
 * sensitivity). Whole runs side by side beat each run split across every thread in turn: each
 * thread keeps one network hot, a run's tail waits for no other, and the calling thread can
 * summarise run 0 while the other threads still simulate. With more runs than threads, thread t
 * simulates runs t, t + T, t + 2T… whole, in that order.
 *
 * Returns, for each thread, its pieces in the order it simulates them.
 */
export function planRuns(blocksPerRun: readonly number[], threads: number): Piece[][] {
  const T = Math.max(1, Math.floor(threads));
  const plan: Piece[][] = Array.from({ length: T }, () => []);
  const n = blocksPerRun.length;
  if (n > T) {
    blocksPerRun.forEach((count, run) => plan[run % T]!.push({ run, firstBlock: 0, count }));
    return plan;
  }
  let thread = 0;
  blocksPerRun.forEach((blocks, run) => {
    const group = Math.floor(T / n) + (run < T % n ? 1 : 0);
    splitBlocks(blocks, group).forEach((range, i) => plan[thread + i]!.push({ run, ...range }));
    thread += group;
  });
  return plan;
}
