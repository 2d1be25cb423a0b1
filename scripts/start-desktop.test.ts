import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs script without type declarations
import { electronBinary, ensureElectron, NO_BINARY_MESSAGE } from './start-desktop.mjs';

const script = path.join(import.meta.dirname, 'start-desktop.mjs');
let dir: string;

/** A stand-in for node_modules/electron whose install.js fails as it does offline. */
function fakeElectron(installJs: string): string {
  const electronDir = path.join(dir, 'electron');
  mkdirSync(electronDir, { recursive: true });
  writeFileSync(path.join(electronDir, 'install.js'), installJs);
  return electronDir;
}

const OFFLINE_INSTALL = `
console.error(new TypeError('fetch failed').stack);
console.error('    at async FetchDownloader.download (file:///x/FetchDownloader.js:46:30)');
process.exit(1);
`;

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'fathom-start-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('npm start without the Electron binary', () => {
  it('runs Electron’s install script, and on failure prints one line and exits non-zero', () => {
    const electronDir = fakeElectron(OFFLINE_INSTALL);
    const result = spawnSync(process.execPath, [script], {
      env: { ...process.env, FATHOM_ELECTRON_DIR: electronDir },
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(NO_BINARY_MESSAGE);
    expect(result.stderr).not.toMatch(/\bat\b.*:\d+:\d+|TypeError|fetch failed/);
    expect(NO_BINARY_MESSAGE).toContain('npm run web');
    expect(result.stdout).toMatch(/downloading the Electron binary/);
  });

  it('runs the install script even when ELECTRON_SKIP_BINARY_DOWNLOAD is set for npm install', () => {
    const marker = path.join(dir, 'ran');
    const electronDir = fakeElectron(
      `require('fs').writeFileSync(${JSON.stringify(marker)}, String(process.env.ELECTRON_SKIP_BINARY_DOWNLOAD)); process.exit(1);`,
    );
    expect(ensureElectron(electronDir, { ELECTRON_SKIP_BINARY_DOWNLOAD: '1' })).toBeUndefined();
    expect(readFileSync(marker, 'utf8')).toBe('undefined');
  });

  it('uses the binary when the install script put it in place', () => {
    const electronDir = fakeElectron(`
      const fs = require('fs'), path = require('path');
      fs.mkdirSync(path.join(__dirname, 'dist'), { recursive: true });
      fs.writeFileSync(path.join(__dirname, 'dist', 'electron'), '');
      fs.writeFileSync(path.join(__dirname, 'path.txt'), 'electron');
    `);
    expect(electronBinary(electronDir, {})).toBeUndefined();
    expect(ensureElectron(electronDir, {})).toBe(path.join(electronDir, 'dist', 'electron'));
  });
});
