import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitBlocks, threadCount } from './threads.ts';

describe('splitBlocks', () => {
  it('covers every block once, in order, in nearly equal ranges', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5000 }),
        fc.integer({ min: 1, max: 64 }),
        (total, parts) => {
          const ranges = splitBlocks(total, parts);
          expect(ranges.length).toBe(Math.min(total, parts));
          let next = 0;
          for (const r of ranges) {
            expect(r.firstBlock).toBe(next);
            next += r.count;
          }
          expect(next).toBe(total);
          const counts = ranges.map((r) => r.count);
          expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
        },
      ),
    );
  });
});

describe('threadCount', () => {
  it('reads FATHOM_THREADS, else uses the available cores', () => {
    expect(threadCount({ FATHOM_THREADS: '3' })).toBe(3);
    expect(threadCount({})).toBeGreaterThanOrEqual(1);
    expect(() => threadCount({ FATHOM_THREADS: '0' })).toThrow(/FATHOM_THREADS/);
  });
});
