import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { atomicWrite, type AtomicFs } from './atomic-write.ts';

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'fathom-atomic-'));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const noWait = async () => undefined;
const errorWithCode = (code: string) => Object.assign(new Error(code), { code });

/** Node's fs, with the temporary file's write failing after `bytes` bytes reached the disk. */
function failingAfter(bytes: number): AtomicFs {
  return {
    ...fs,
    open: (async (file: string, flags: string, mode?: number) => {
      const handle = await fs.open(file, flags, mode);
      return {
        writeFile: async (data: string | Uint8Array) => {
          await handle.writeFile(Buffer.from(data).subarray(0, bytes));
          throw errorWithCode('ENOSPC');
        },
        sync: () => handle.sync(),
        close: () => handle.close(),
      };
    }) as unknown as AtomicFs['open'],
  };
}

describe('atomic save', () => {
  it('writes the new contents and leaves no temporary file', async () => {
    const file = path.join(dir, 'plan.fathom.json');
    await fs.writeFile(file, 'old');
    await atomicWrite(file, '{"new":true}');
    expect(await fs.readFile(file, 'utf8')).toBe('{"new":true}');
    expect(await fs.readdir(dir)).toEqual(['plan.fathom.json']);
  });

  it('creates a file that did not exist, and writes bytes as they are', async () => {
    const file = path.join(dir, 'report.pdf');
    await atomicWrite(file, new Uint8Array([37, 80, 68, 70, 0, 255]));
    expect([...(await fs.readFile(file))]).toEqual([37, 80, 68, 70, 0, 255]);
  });

  it('keeps the original byte-identical when the write fails midway, and removes the temp file', async () => {
    const file = path.join(dir, 'plan.fathom.json');
    const original = Buffer.from('{"schemaVersion":1,"meta":{"name":"Ünïcode ✓"}}\n');
    await fs.writeFile(file, original);
    await expect(
      atomicWrite(file, 'x'.repeat(10_000), { fs: failingAfter(4096), sleep: noWait }),
    ).rejects.toThrow('ENOSPC');
    expect((await fs.readFile(file)).equals(original)).toBe(true);
    expect(await fs.readdir(dir)).toEqual(['plan.fathom.json']);
  });

  it('retries a rename refused with EPERM or EBUSY (a scanner holding the file), with backoff', async () => {
    const file = path.join(dir, 'plan.fathom.json');
    await fs.writeFile(file, 'old');
    const failures = ['EPERM', 'EBUSY'];
    const waits: number[] = [];
    const flaky: AtomicFs = {
      ...fs,
      rename: async (from, to) => {
        const code = failures.shift();
        if (code) throw errorWithCode(code);
        await fs.rename(from, to);
      },
    };
    await atomicWrite(file, 'new', {
      fs: flaky,
      sleep: async (ms) => void waits.push(ms),
      retryDelaysMs: [10, 20, 40],
    });
    expect(await fs.readFile(file, 'utf8')).toBe('new');
    expect(waits).toEqual([10, 20]);
    expect(await fs.readdir(dir)).toEqual(['plan.fathom.json']);
  });

  it('gives up after the last retry, leaving the original and no temp file', async () => {
    const file = path.join(dir, 'plan.fathom.json');
    await fs.writeFile(file, 'old');
    const busy: AtomicFs = {
      ...fs,
      rename: async () => {
        throw errorWithCode('EBUSY');
      },
    };
    await expect(
      atomicWrite(file, 'new', { fs: busy, sleep: noWait, retryDelaysMs: [1, 1] }),
    ).rejects.toThrow('EBUSY');
    expect(await fs.readFile(file, 'utf8')).toBe('old');
    expect(await fs.readdir(dir)).toEqual(['plan.fathom.json']);
  });

  it('does not retry other errors', async () => {
    const file = path.join(dir, 'plan.fathom.json');
    let attempts = 0;
    const broken: AtomicFs = {
      ...fs,
      rename: async () => {
        attempts++;
        throw errorWithCode('EXDEV');
      },
    };
    await expect(atomicWrite(file, 'new', { fs: broken, sleep: noWait })).rejects.toThrow('EXDEV');
    expect(attempts).toBe(1);
  });

  it.skipIf(process.platform === 'win32')(
    'keeps the permissions of the file it replaces',
    async () => {
      const file = path.join(dir, 'private.fathom.json');
      await fs.writeFile(file, 'old', { mode: 0o600 });
      await fs.chmod(file, 0o600);
      await atomicWrite(file, 'new');
      expect((await fs.stat(file)).mode & 0o777).toBe(0o600);
    },
  );
});
