import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openBackups } from './backups.ts';

let folder: string;
beforeEach(async () => {
  folder = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'fathom-backups-')), 'backups');
});
afterEach(async () => {
  await fs.rm(path.dirname(folder), { recursive: true, force: true });
});

const clock = (iso: string) => () => new Date(iso);

describe('autosave backups and crash recovery', () => {
  it('offers the backups of a run that crashed (no clean-exit marker removed)', async () => {
    const first = await openBackups(folder, clock('2026-03-04T10:00:00Z'));
    expect(first.crashed).toBe(false);
    await first.write('doc-a', 'churn.fathom.json', '{"a":1}');
    await first.write('doc-b', 'Untitled', '{"b":2}');
    // The process dies here: markCleanExit is never called.

    const second = await openBackups(folder, clock('2026-03-04T11:00:00Z'));
    expect(second.crashed).toBe(true);
    const offered = await second.recoverable();
    expect(offered.map((b) => b.id).sort()).toEqual(['doc-a', 'doc-b']);
    expect(offered.find((b) => b.id === 'doc-a')).toEqual({
      id: 'doc-a',
      name: 'churn.fathom.json',
      savedAt: '2026-03-04T10:00:00.000Z',
    });
    expect(await second.restore('doc-a')).toBe('{"a":1}');
    await second.discard('doc-b');
    expect((await second.recoverable()).map((b) => b.id)).toEqual(['doc-a']);
  });

  it('offers nothing and removes old backups after a clean exit', async () => {
    const first = await openBackups(folder);
    await first.write('doc-a', 'plan', '{"a":1}');
    first.markCleanExit();
    const second = await openBackups(folder);
    expect(second.crashed).toBe(false);
    expect(await second.recoverable()).toEqual([]);
    expect(await second.restore('doc-a')).toBeUndefined();
  });

  it('lists the newest copy of each document, and skips damaged backups', async () => {
    const backups = await openBackups(folder, clock('2026-03-04T10:00:00Z'));
    await backups.write('doc-a', 'plan', '{"a":1}');
    await backups.write('doc-a', 'plan', '{"a":2}');
    await fs.writeFile(path.join(folder, 'doc-z.backup.json'), 'garbage');
    expect(await backups.recoverable()).toEqual([
      { id: 'doc-a', name: 'plan', savedAt: '2026-03-04T10:00:00.000Z' },
    ]);
    expect(await backups.restore('doc-a')).toBe('{"a":2}');
  });

  it('a start after a clean exit also clears backups a failed clean-up left', async () => {
    await fs.mkdir(folder, { recursive: true });
    await fs.writeFile(
      path.join(folder, 'doc-old.backup.json'),
      JSON.stringify({ name: 'old', savedAt: '2026-01-01', text: '{}' }),
    );
    const backups = await openBackups(folder);
    expect(backups.crashed).toBe(false);
    expect(await backups.recoverable()).toEqual([]);
  });

  it('refuses ids that could name a file outside the folder', async () => {
    const backups = await openBackups(folder);
    for (const id of ['../x', 'a/b', '', '..', 'a'.repeat(65)]) {
      await expect(backups.write(id, 'p', '{}'), id).rejects.toThrow('invalid backup id');
    }
  });
});
