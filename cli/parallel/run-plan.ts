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
 * The runs' blocks are laid end to end, run 0 first, and cut into one contiguous range per
 * thread, as equal as can be: thread 0 starts with run 0's first blocks (which hold the sample
 * kept for sensitivity), and a thread's range may end one run and start the next. With two runs
 * on two threads each thread simulates one run whole, side by side, where splitting each run
 * across both in turn left a thread idle at the end of every run; any other mix of runs and
 * threads stays balanced too (three runs on two threads: a run and a half each).
 *
 * Returns, for each thread, its pieces in the order it simulates them.
 */
export function planRuns(blocksPerRun: readonly number[], threads: number): Piece[][] {
  const T = Math.max(1, Math.floor(threads));
  const plan: Piece[][] = Array.from({ length: T }, () => []);
  const total = blocksPerRun.reduce((sum, blocks) => sum + blocks, 0);
  const runStart: number[] = [];
  blocksPerRun.reduce((start, blocks, run) => ((runStart[run] = start), start + blocks), 0);
  splitBlocks(total, T).forEach(({ firstBlock: from, count }, thread) => {
    const to = from + count;
    blocksPerRun.forEach((blocks, run) => {
      const start = Math.max(from, runStart[run]!);
      const end = Math.min(to, runStart[run]! + blocks);
      if (start < end) {
        plan[thread]!.push({ run, firstBlock: start - runStart[run]!, count: end - start });
      }
    });
  });
  return plan;
}
