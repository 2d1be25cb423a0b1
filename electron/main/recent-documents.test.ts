import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openRecentDocuments, RECENT_LIMIT } from './recent-documents.ts';

let file: string;
beforeEach(async () => {
  file = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'fathom-recent-')), 'recent.json');
});
afterEach(async () => {
  await fs.rm(path.dirname(file), { recursive: true, force: true });
});

const hooks = () => ({ addToOs: vi.fn(), clearOs: vi.fn(), changed: vi.fn() });

describe('recent documents', () => {
  it('lists the newest first, once each, at most RECENT_LIMIT, and keeps them between runs', async () => {
    const h = hooks();
    const recent = await openRecentDocuments(file, h, () => new Date('2026-01-01T00:00:00Z'));
    for (let i = 0; i < RECENT_LIMIT + 2; i++) await recent.add(`/plans/p${i}.fathom.json`);
    await recent.add('/plans/p5.fathom.json');
    const list = recent.list();
    expect(list).toHaveLength(RECENT_LIMIT);
    expect(list[0]).toEqual({
      path: '/plans/p5.fathom.json',
      name: 'p5.fathom.json',
      openedAt: '2026-01-01T00:00:00.000Z',
    });
    expect(list.filter((r) => r.path === '/plans/p5.fathom.json')).toHaveLength(1);
    expect(h.addToOs).toHaveBeenLastCalledWith('/plans/p5.fathom.json');
    expect(h.changed).toHaveBeenCalled();
    const again = await openRecentDocuments(file, hooks());
    expect(again.list()).toEqual(list);
    expect(again.has('/plans/p5.fathom.json')).toBe(true);
  });

  it('ignores a damaged list and clears both lists', async () => {
    await fs.writeFile(file, '[{"path": 5}]');
    const h = hooks();
    const recent = await openRecentDocuments(file, h);
    expect(recent.list()).toEqual([]);
    await recent.add('/a.fathom.json');
    await recent.clear();
    expect(recent.list()).toEqual([]);
    expect(h.clearOs).toHaveBeenCalled();
  });
});
