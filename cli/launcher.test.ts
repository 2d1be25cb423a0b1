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
import { dirname, join, resolve } from 'node:path';
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
  for (const path of ['bin', 'cli', 'engine', 'presets', 'package.json']) {
    if (existsSync(join(repo, path)))
      cpSync(join(repo, path), join(copy, path), { recursive: true });
  }
  // The packages, but not the repository's cache, which these tests break on purpose.
  mkdirSync(join(copy, 'node_modules'));
  for (const name of readdirSync(join(repo, 'node_modules'))) {
    if (name !== '.cache')
      symlinkSync(join(repo, 'node_modules', name), join(copy, 'node_modules', name));
  }
  bin = join(copy, 'bin', 'fathom');
});

afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('the CLI bundle', () => {
  it('starts without packages: mathjs, zod and jsPDF only in chunks loaded by import()', async () => {
    const { build } = await import('esbuild');
    const result = await build({
      entryPoints: { main: join(repo, 'cli', 'main.ts') },
      bundle: true,
      platform: 'node',
      format: 'esm',
      splitting: true,
      outdir: join(tmpdir(), 'fathom-launcher-metafile'),
      external: ['canvg', 'html2canvas', 'dompurify'],
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const outputs = result.metafile.outputs;
    const entry = Object.keys(outputs).find((o) => outputs[o]!.entryPoint !== undefined)!;
    // Everything the entry loads before it runs: itself and its static imports, transitively.
    const loaded = new Set<string>();
    const visit = (output: string) => {
      if (loaded.has(output)) return;
      loaded.add(output);
      for (const i of outputs[output]!.imports)
        if (i.kind === 'import-statement' && !i.external) visit(i.path);
    };
    visit(entry);
    const inputs = [...loaded].flatMap((o) => Object.keys(outputs[o]!.inputs));
    expect(inputs.filter((p) => p.includes('node_modules'))).toEqual([]);
    // The report is there, behind import().
    const lazy = Object.keys(outputs).filter((o) => !loaded.has(o));
    expect(lazy.flatMap((o) => Object.keys(outputs[o]!.inputs)).join('\n')).toMatch(/jspdf/);
  });
});

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

  it('writes source maps that name the TypeScript sources where they are', async () => {
    expect((await runFathom(['--version'], { bin })).code).toBe(0);
    const dir = cacheDir();
    const maps = [
      ...readdirSync(dir).filter((f) => f.endsWith('.mjs.map')),
      ...readdirSync(join(dir, 'chunks'))
        .filter((f) => f.endsWith('.mjs.map'))
        .map((f) => join('chunks', f)),
    ];
    expect(maps.length).toBeGreaterThan(1);
    for (const name of maps) {
      const { sources } = JSON.parse(readFileSync(join(dir, name), 'utf8')) as {
        sources: string[];
      };
      // Our sources; packages' own maps may name sources they do not ship.
      const missing = sources
        .map((source) => resolve(dirname(join(dir, name)), source))
        .filter((path) => !path.includes('node_modules') && !existsSync(path));
      expect(missing, name).toEqual([]);
    }
    const entryMap = JSON.parse(readFileSync(join(dir, `${bundles(dir)[0]!}.map`), 'utf8')) as {
      sources: string[];
    };
    expect(entryMap.sources.map((source) => resolve(dir, source))).toContain(
      join(copy, 'cli', 'main.ts'),
    );
    // The entry points at its map, so FATHOM_DEBUG=1 stack traces can use it.
    const [entry] = bundles(dir);
    expect(readFileSync(join(dir, entry!), 'utf8')).toMatch(
      new RegExp(`//# sourceMappingURL=${entry!.replace(/\./g, '\\.')}\\.map\\s*$`),
    );
  });

  it('runs through a symbolic link, as npm installs it', async () => {
    const link = join(copy, 'fathom-link');
    symlinkSync(bin, link);
    const run = await runFathom(['--version'], { bin: link });
    expect(run).toMatchObject({ code: 0, stderr: '' });
  });
});
