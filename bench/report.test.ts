import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('npm run bench: the report benchmark', () => {
  it('runs every stage, in process and through bin/fathom (a smoke run, not a measurement)', () => {
    const run = spawnSync(process.execPath, ['bench/run.mjs', '--report', '--quick'], {
      encoding: 'utf8',
      env: { ...process.env, FATHOM_THREADS: '1' },
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    for (const stage of ['simulate (every run)', 'render the PDF', 'total, in process'])
      expect(run.stdout).toContain(stage);
    expect(run.stdout).toMatch(/fathom report \(process, median of 1\)\s+≤ 2000 ms\s+\d+ ms/);
  });
});
