import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runFathom } from '../test/run-fathom.ts';

/*
 * bin/fathom bundles the CLI on first use and whenever a source changes. These tests run a copy
 * of the launcher and the sources in a temporary folder, so they can change sources and break
 * the cache folder without touching the repository.
 */
const repo = process.cwd();
let copy: string;
let bin: string;
const cacheDir = () => join(copy, 'node_modules', '.cache', 'fathom');
const bundles = (dir: string) =>
  existsSync(dir) ? readdirSync(dir).filter((f) => /^cli-.*\.mjs$/.test(f)) : [];

beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), 'fathom-launcher-test-'));
  for (const path of ['bin', 'cli', 'engine', 'package.json']) {
    cpSync(join(repo, path), join(copy, path), { recursive: true });
  }
  mkdirSync(join(copy, 'node_modules'));
  symlinkSync(join(repo, 'node_modules', 'esbuild'), join(copy, 'node_modules', 'esbuild'));
  bin = join(copy, 'bin', 'fathom');
});

afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('bin/fathom', () => {
  it('bundles once, then reuses the bundle', async () => {
    const first = await runFathom(['--version'], { bin });
    expect(first.code).toBe(0);
    const [bundle] = bundles(cacheDir());
    expect(bundle).toBeDefined();
    const builtAt = statSync(join(cacheDir(), bundle!)).mtimeMs;

    const second = await runFathom(['--version'], { bin });
    expect(second.stdout).toBe(first.stdout);
    expect(bundles(cacheDir())).toEqual([bundle]);
    expect(statSync(join(cacheDir(), bundle!)).mtimeMs).toBe(builtAt);
  });

  it('rebuilds when a source file changes', async () => {
    await runFathom(['--version'], { bin });
    const before = bundles(cacheDir());
    // package.json is bundled (the version) and watched like the sources.
    const pkgPath = join(copy, 'package.json');
    const pkg = JSON.parse(readFileSync(pkgPath, 'utf8')) as { version: string };
    writeFileSync(pkgPath, JSON.stringify({ ...pkg, version: '9.9.9' }));
    const future = new Date(Date.now() + 5_000);
    utimesSync(pkgPath, future, future);
    const run = await runFathom(['--version'], { bin });
    expect(run.stdout).toMatch(/^fathom 9\.9\.9 /);
    expect(bundles(cacheDir()).filter((b) => !before.includes(b))).toHaveLength(1);

    // A deeper source: touching it is enough to make the bundle stale.
    const source = join(copy, 'cli', 'errors.ts');
    const later = new Date(Date.now() + 10_000);
    utimesSync(source, later, later);
    const count = bundles(cacheDir()).length;
    expect((await runFathom(['--version'], { bin })).code).toBe(0);
    expect(bundles(cacheDir()).length).toBe(count + 1);
  });

  it('falls back to the temp directory when node_modules/.cache is not writable', async () => {
    rmSync(join(copy, 'node_modules', '.cache'), { recursive: true, force: true });
    writeFileSync(join(copy, 'node_modules', '.cache'), 'not a folder');
    const temp = mkdtempSync(join(tmpdir(), 'fathom-launcher-tmp-'));
    try {
      const run = await runFathom(['--version'], { bin, env: { TMPDIR: temp } });
      expect(run).toMatchObject({ code: 0, stderr: '' });
      const [folder] = readdirSync(temp);
      expect(folder).toMatch(/^fathom-/);
      expect(bundles(join(temp, folder!))).toHaveLength(1);
    } finally {
      rmSync(temp, { recursive: true, force: true });
      rmSync(join(copy, 'node_modules', '.cache'), { force: true });
    }
  });

  it('runs through a symbolic link, as npm installs it', async () => {
    const link = join(copy, 'fathom-link');
    symlinkSync(bin, link);
    const run = await runFathom(['--version'], { bin: link });
    expect(run).toMatchObject({ code: 0, stderr: '' });
  });
});
