import { randomBytes } from 'node:crypto';
import { promises as nodeFs } from 'node:fs';
import path from 'node:path';

/** The file-system calls an atomic write makes (Node's `fs/promises`; a failing fake in tests). */
export type AtomicFs = Pick<typeof nodeFs, 'open' | 'rename' | 'unlink' | 'stat'>;

export type AtomicWriteOptions = {
  fs?: AtomicFs;
  /** Waits between rename attempts; tests pass one that does not wait. */
  sleep?: (ms: number) => Promise<void>;
  /** Waits before each retry of a rename that failed with EPERM, EBUSY or EACCES. */
  retryDelaysMs?: readonly number[];
};

/**
 * Windows refuses a rename while a virus scanner, indexer or sync client holds the target open
 * (EPERM, EBUSY, sometimes EACCES); it is released within moments, so retrying with backoff works
 * where failing at once would lose a save.
 */
const RETRYABLE = new Set(['EPERM', 'EBUSY', 'EACCES']);
const DEFAULT_DELAYS = [50, 100, 200, 400, 800, 1600];

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function codeOf(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error
    ? String((error as { code: unknown }).code)
    : undefined;
}

/** The temporary file beside `target`: same folder, so the rename never crosses file systems. */
export function tempPathFor(target: string): string {
  const dir = path.dirname(target);
  return path.join(dir, `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
}

/**
 * Writes `data` to `target` so that the file is either the old bytes or the new ones, never a
 * mix: write a temporary file in the same folder, fsync it, rename it over the target. A write
 * that fails midway leaves the original untouched and removes the temporary file.
 */
export async function atomicWrite(
  target: string,
  data: string | Uint8Array,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const fs = options.fs ?? nodeFs;
  const sleep = options.sleep ?? wait;
  const delays = options.retryDelaysMs ?? DEFAULT_DELAYS;
  // Keep the permissions of the file being replaced (a private plan stays private).
  const mode = await fs.stat(target).then(
    (stats) => stats.mode & 0o777,
    () => 0o644,
  );
  const temp = tempPathFor(target);
  try {
    const handle = await fs.open(temp, 'wx', mode);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    for (let attempt = 0; ; attempt++) {
      try {
        await fs.rename(temp, target);
        return;
      } catch (error) {
        const delay = delays[attempt];
        if (delay === undefined || !RETRYABLE.has(codeOf(error) ?? '')) throw error;
        await sleep(delay);
      }
    }
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined);
    throw error;
  }
}
