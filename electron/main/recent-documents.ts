import path from 'node:path';
import { z } from 'zod';
import type { RecentDocument } from '../contract.ts';
import { readJsonFile, writeJsonFile } from './json-file.ts';

/** How many files Open Recent lists. */
export const RECENT_LIMIT = 10;

const recentSchema = z
  .array(
    z.object({
      path: z.string().min(1).max(4096),
      name: z.string().max(1024),
      openedAt: z.string().max(64),
    }),
  )
  .max(100);

export type RecentDocuments = {
  list(): RecentDocument[];
  has(file: string): boolean;
  add(file: string): Promise<void>;
  clear(): Promise<void>;
};

/**
 * The recently opened files: our own list in the app's data folder (for the Open Recent menu on
 * every platform) plus the OS's list (`app.addRecentDocument`: the dock and jump list).
 */
export async function openRecentDocuments(
  file: string,
  hooks: { addToOs(file: string): void; clearOs(): void; changed(list: RecentDocument[]): void },
  now: () => Date = () => new Date(),
): Promise<RecentDocuments> {
  let list: RecentDocument[] = ((await readJsonFile(file, recentSchema)) ?? []).slice(
    0,
    RECENT_LIMIT,
  );
  const persist = async () => {
    hooks.changed([...list]);
    await writeJsonFile(file, list);
  };
  return {
    list: () => [...list],
    has: (candidate) => list.some((r) => r.path === candidate),
    async add(added) {
      hooks.addToOs(added);
      list = [
        { path: added, name: path.basename(added), openedAt: now().toISOString() },
        ...list.filter((r) => r.path !== added),
      ].slice(0, RECENT_LIMIT);
      await persist();
    },
    async clear() {
      hooks.clearOs();
      list = [];
      await persist();
    },
  };
}
