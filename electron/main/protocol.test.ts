import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveAppFile, serveAppFile } from './protocol.ts';
import { CONTENT_SECURITY_POLICY } from './security.ts';

let base: string;
let root: string;
beforeAll(async () => {
  base = await fs.mkdtemp(path.join(os.tmpdir(), 'fathom-protocol-'));
  root = path.join(base, 'web');
  await fs.mkdir(path.join(root, 'assets'), { recursive: true });
  await fs.writeFile(path.join(root, 'index.html'), '<!doctype html><title>Fathom</title>');
  await fs.writeFile(path.join(root, 'assets', 'main.js'), 'console.log(1)');
  await fs.writeFile(path.join(base, 'secret.txt'), 'not for the renderer');
  await fs.symlink(path.join(base, 'secret.txt'), path.join(root, 'assets', 'link.txt'));
});
afterAll(async () => {
  await fs.rm(base, { recursive: true, force: true });
});

describe('app:// protocol', () => {
  it('maps our URLs to files under the web root', () => {
    expect(resolveAppFile(root, 'app://fathom/')).toBe(path.join(root, 'index.html'));
    expect(resolveAppFile(root, 'app://fathom/index.html')).toBe(path.join(root, 'index.html'));
    expect(resolveAppFile(root, 'app://fathom/assets/main.js?v=1#x')).toBe(
      path.join(root, 'assets', 'main.js'),
    );
    expect(resolveAppFile(root, 'app://fathom/assets/a%20b.js')).toBe(
      path.join(root, 'assets', 'a b.js'),
    );
  });

  it.each([
    'app://fathom/../secret.txt',
    'app://fathom/%2e%2e/secret.txt',
    'app://fathom/%2E%2E%2Fsecret.txt',
    'app://fathom/assets/..%2F..%2Fsecret.txt',
    'app://fathom/..%5C..%5Csecret.txt',
    'app://fathom/%2Fetc%2Fpasswd',
    'app://fathom/index.html%00.js',
    'app://fathom/%E0%A4%A',
    'app://other/index.html',
    'file:///etc/passwd',
    'https://fathom/index.html',
    'not a url',
  ])('never leaves the web root for %s', (url) => {
    const file = resolveAppFile(root, url);
    // Refused, or (where URL parsing already removed the `..`) a file inside the root.
    if (file !== undefined) expect(file.startsWith(root + path.sep)).toBe(true);
    expect(file).not.toBe(path.join(base, 'secret.txt'));
  });

  it('refuses other hosts and schemes, NUL bytes and malformed escapes outright', () => {
    for (const url of [
      'app://other/index.html',
      'file:///etc/passwd',
      'https://fathom/index.html',
      'app://fathom/index.html%00.js',
      'app://fathom/%E0%A4%A',
      'app://fathom/..%5C..%5Csecret.txt',
    ]) {
      expect(resolveAppFile(root, url), url).toBeUndefined();
    }
  });

  it('serves a file with its type, the CSP and nosniff', async () => {
    const response = await serveAppFile(root, 'app://fathom/assets/main.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe('console.log(1)');
  });

  it('answers 404 for traversal, missing files and symlinks that lead out of the root', async () => {
    for (const url of [
      'app://fathom/../secret.txt',
      'app://fathom/%2e%2e/secret.txt',
      'app://fathom/missing.js',
      'app://fathom/assets/link.txt',
      'app://fathom/assets',
    ]) {
      const response = await serveAppFile(root, url);
      expect(response.status, url).toBe(404);
      expect(await response.text()).not.toContain('not for the renderer');
    }
  });
});
