import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, test } from 'vitest';
import { APP_ORIGIN } from '../../electron/contract.ts';
import { serveAppFile } from '../../electron/main/protocol.ts';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/security.ts';
import { launchBrowser, type BrowserSession } from './support/browser.ts';
import { waitForSettledEstimate } from './support/app.ts';
import { webRoot } from './support/static-server.ts';

/**
 * The desktop renderer under the desktop app's Content-Security-Policy, in Chromium: the built
 * dist/web served by the app:// protocol handler itself (electron/main/protocol.ts, its CSP
 * header included), bridged to HTTP because headless Chromium has no app:// scheme. Where the
 * Electron binary is missing this is what shows that the strict CSP lets the app (its module
 * worker, styles and charts) run, and that nothing it does is blocked.
 */

let server: Server | undefined;
let browser: BrowserSession | undefined;

afterEach(async () => {
  await browser?.close();
  await new Promise((done) => (server ? server.close(done) : done(undefined)));
});

async function serveLikeTheDesktopApp(): Promise<string> {
  server = createServer((request, response) => {
    void (async () => {
      const answer = await serveAppFile(webRoot, `${APP_ORIGIN}${request.url ?? '/'}`);
      response.writeHead(answer.status, Object.fromEntries(answer.headers));
      response.end(Buffer.from(await answer.arrayBuffer()));
    })();
  });
  await new Promise<void>((done) => server!.listen(0, '127.0.0.1', done));
  return `http://127.0.0.1:${(server!.address() as AddressInfo).port}/`;
}

describe('desktop renderer under the desktop CSP', () => {
  test('loads, estimates in its worker and breaks no CSP rule', async () => {
    const url = await serveLikeTheDesktopApp();
    browser = await launchBrowser();
    const { page } = browser;
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || /Content.Security.Policy/i.test(m.text()))
        problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    const response = await page.goto(url);
    expect(response?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    await waitForSettledEstimate(page);
    await page.getByRole('tab', { name: 'Tasks' }).click();
    await page.getByRole('tab', { name: 'Plan' }).click();
    await waitForSettledEstimate(page);
    expect(problems).toEqual([]);
  });
});
