import { describe, expect, it } from 'vitest';
import { threadCount } from './threads.ts';

describe('threadCount', () => {
  it('reads FATHOM_THREADS, else uses the available cores', () => {
    expect(threadCount({ FATHOM_THREADS: '3' })).toBe(3);
    expect(threadCount({})).toBeGreaterThanOrEqual(1);
    expect(() => threadCount({ FATHOM_THREADS: '0' })).toThrow(/FATHOM_THREADS/);
  });
});
