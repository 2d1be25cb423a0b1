import type { Locator, Page } from 'playwright-core';
import { launchBrowser, type BrowserOptions, type BrowserSession } from './browser.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

/** How long a journey waits for visible state before failing (a cold worker can be slow in CI). */
export const VISIBLE_TIMEOUT_MS = 30_000;

export type AppHarness = {
  page: Page;
  browser: BrowserSession;
  server: StaticServer;
  /**
   * Console errors and uncaught exceptions so far. The browser's own request for /favicon.ico
   * (the app ships none) is left out.
   */
  errors: string[];
  /** Loads the app and waits for the first estimate (the headline visible). */
  open(): Promise<void>;
  /** Reloads the page and waits for the first estimate again. */
  reload(): Promise<void>;
  close(): Promise<void>;
};

/**
 * One test's app: its own static server (own port) and its own Chromium profile (own data
 * folder), with console errors and page errors collected from the start.
 */
export async function startApp(options: BrowserOptions = {}): Promise<AppHarness> {
  const server = await serveStatic();
  let browser: BrowserSession;
  try {
    browser = await launchBrowser(options);
  } catch (error) {
    await server.close();
    throw error;
  }
  const { page } = browser;
  page.setDefaultTimeout(VISIBLE_TIMEOUT_MS);
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    if (new URL(message.location().url || server.url).pathname === '/favicon.ico') return;
    errors.push(`console: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => errors.push(`page error: ${error.stack ?? error.message}`));
  return {
    page,
    browser,
    server,
    errors,
    async open() {
      await page.goto(server.url);
      await waitForFirstEstimate(page);
    },
    async reload() {
      await page.reload();
      await waitForFirstEstimate(page);
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** The first estimate on screen: the headline visible (the quick pass may still be refining). */
export async function waitForFirstEstimate(page: Page): Promise<void> {
  await headline(page).waitFor({ state: 'visible' });
}

/**
 * The estimate of the current document, refined to the full iteration count: the results panel
 * is neither stale (its result was computed from the document on screen, every input valid) nor
 * busy (the full pass has arrived).
 */
export async function waitForSettledEstimate(page: Page): Promise<void> {
  await page.locator('.results-panel:not(.stale)[aria-busy="false"]').waitFor({ state: 'visible' });
  await headline(page).waitFor({ state: 'visible' });
}

export function headline(page: Page): Locator {
  return page.getByTestId('headline');
}

/** The P80 cost of the settled estimate, in the project's currency units. */
export async function settledP80(page: Page): Promise<number> {
  await waitForSettledEstimate(page);
  return parseMoney(await page.getByTestId('p80-cost').innerText());
}

const SUFFIX: Record<string, number> = { '': 1, K: 1e3, M: 1e6, B: 1e9, T: 1e12 };

/** Reads a compact en-US money text ("$542K", "$1.25M", "€950") back into a number. */
export function parseMoney(text: string): number {
  const match = /(-?[\d,]+(?:\.\d+)?)\s*([KMBT]?)/.exec(text.replace(/\u00a0/g, ' '));
  if (!match) throw new Error(`not an amount of money: "${text}"`);
  return Number(match[1]!.replace(/,/g, '')) * SUFFIX[match[2]!]!;
}
