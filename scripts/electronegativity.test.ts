import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs script without type declarations
import { failingFindings, scanSources } from './electronegativity.mjs';

type Finding = { id: string; value: number; exempt: boolean };

/** A main process as a careless app writes it. */
const INSECURE_MAIN = `
const { app, BrowserWindow, shell } = require('electron');
app.whenReady().then(() => {
  const win = new BrowserWindow({
    webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false, webSecurity: false },
  });
  win.webContents.on('new-window', (e, url) => shell.openExternal(url));
  win.loadURL('http://example.com/');
});
`;

const SECURE_MAIN = `
const { app, shell } = require('electron');
const { BrowserWindow } = require('electron');
function open(url) {
  /* eng-disable OPEN_EXTERNAL_JS_CHECK -- checked against an allow-list by the caller */
  return shell.openExternal(url);
}
`;

describe('electronegativity check (offline)', () => {
  it('fails an insecure main process', async () => {
    const { findings } = await scanSources({ 'main.js': INSECURE_MAIN }, '45.5.0');
    const ids = failingFindings(findings).map((f: Finding) => f.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'SANDBOX_JS_CHECK',
        'HTTP_RESOURCES_JS_CHECK',
        'LIMIT_NAVIGATION_GLOBAL_CHECK',
        'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK',
        'CSP_GLOBAL_CHECK',
      ]),
    );
  });

  it('accepts an exemption on the line before, only with a reason', async () => {
    const explained = await scanSources({ 'main.js': SECURE_MAIN }, '45.5.0');
    const openExternal = explained.findings.filter(
      (f: Finding) => f.id === 'OPEN_EXTERNAL_JS_CHECK',
    );
    expect(openExternal).toHaveLength(1);
    expect(openExternal[0].exempt).toBe(true);
    expect(explained.unexplained).toEqual([]);

    const bare = await scanSources(
      { 'main.js': SECURE_MAIN.replace(' -- checked against an allow-list by the caller', '') },
      '45.5.0',
    );
    expect(bare.unexplained).toEqual(['main.js:5']);
  });
});
