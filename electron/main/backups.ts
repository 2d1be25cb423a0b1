import { promises as fs, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { BackupInfo } from '../contract.ts';
import { atomicWrite } from './atomic-write.ts';
import { readJsonFile } from './json-file.ts';

/** Backup ids name files: letters, digits, `-` and `_` only, so no id can leave the folder. */
export const BACKUP_ID = /^[A-Za-z0-9_-]{1,64}$/;

const backupSchema = z.object({
  name: z.string().max(1024),
  savedAt: z.string().max(64),
  text: z.string(),
});

export type Backups = {
  /** True when the last run did not exit cleanly (it crashed or was killed). */
  readonly crashed: boolean;
  write(id: string, name: string, text: string): Promise<void>;
  /**
   * The backups on disk, newest first: at start, what a crashed run left behind (a clean exit
   * removes them), so this is what the recovery offer lists.
   */
  recoverable(): Promise<BackupInfo[]>;
  restore(id: string): Promise<string | undefined>;
  discard(id: string): Promise<void>;
  /**
   * Called on a clean quit (synchronously: the app is exiting): the user saved or chose to
   * discard, so no backup is needed and the next start is not treated as after a crash.
   */
  markCleanExit(): void;
};

/**
 * Autosave backups in `<userData>/backups`, and the "clean exit" marker that tells a crash from a
 * normal quit: the marker is written when the app starts and removed when it quits normally, so
 * a marker found at start means the last run crashed and its backups stay to be offered for
 * recovery. A clean exit removes the backups (the user saved, or chose not to).
 */
export async function openBackups(
  folder: string,
  now: () => Date = () => new Date(),
): Promise<Backups> {
  const marker = path.join(folder, 'running');
  const fileOf = (id: string) => {
    if (!BACKUP_ID.test(id)) throw new Error('invalid backup id');
    return path.join(folder, `${id}.backup.json`);
  };
  const ids = async () =>
    (await fs.readdir(folder).catch(() => [] as string[]))
      .filter((f) => f.endsWith('.backup.json'))
      .map((f) => f.slice(0, -'.backup.json'.length))
      .filter((id) => BACKUP_ID.test(id));

  await fs.mkdir(folder, { recursive: true });
  const crashed = await fs.stat(marker).then(
    () => true,
    () => false,
  );
  if (!crashed) await Promise.all((await ids()).map((id) => fs.rm(fileOf(id), { force: true })));
  await fs.writeFile(marker, `${process.pid}\n`);

  return {
    crashed,
    async write(id, name, text) {
      await atomicWrite(fileOf(id), JSON.stringify({ name, savedAt: now().toISOString(), text }));
    },
    async recoverable() {
      const found: BackupInfo[] = [];
      for (const id of await ids()) {
        const backup = await readJsonFile(fileOf(id), backupSchema);
        if (backup) found.push({ id, name: backup.name, savedAt: backup.savedAt });
      }
      return found.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
    },
    async restore(id) {
      return (await readJsonFile(fileOf(id), backupSchema))?.text;
    },
    async discard(id) {
      await fs.rm(fileOf(id), { force: true });
    },
    markCleanExit() {
      for (const file of readdirSync(folder)) {
        if (file.endsWith('.backup.json')) rmSync(path.join(folder, file), { force: true });
      }
      rmSync(marker, { force: true });
    },
  };
}
