import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium; .ci/run installs it (never `npx playwright install`). */
export const chromiumPath = process.env['FATHOM_CHROMIUM'] ?? '/usr/bin/chromium';

export type BrowserOptions = {
  colorScheme?: 'light' | 'dark';
  viewport?: { width: number; height: number };
};

export type BrowserSession = {
  context: BrowserContext;
  /** The context's first tab. */
  page: Page;
  /** The fresh Chromium profile folder, removed by close(). */
  userDataDir: string;
  close(): Promise<void>;
};

/**
 * Starts headless Chromium with a fresh profile folder of its own (so localStorage starts empty
 * and nothing leaks between tests), in the en-US locale so money and dates read the same
 * everywhere.
 */
export async function launchBrowser(options: BrowserOptions = {}): Promise<BrowserSession> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'fathom-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
    viewport: options.viewport ?? { width: 1280, height: 800 },
    colorScheme: options.colorScheme ?? 'light',
    locale: 'en-US',
    timezoneId: 'UTC',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    userDataDir,
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true, maxRetries: 3 });
    },
  };
}
