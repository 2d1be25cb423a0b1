import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { startApp, waitForFirstEstimate, type AppHarness } from './support/app.ts';

/** Scenario comparison and opening files, in Chromium against the built dist/web. */

let app: AppHarness;
let page: Page;

beforeEach(async () => {
  app = await startApp();
  page = app.page;
  // Without the File System Access API the adapter falls back to a file input, which
  // Playwright's file chooser can answer.
  await page.addInitScript('delete window.showOpenFilePicker;');
  await app.open();
});

afterEach(async () => {
  const errors = [...app.errors];
  await app.close();
  expect(errors, 'console errors and page errors').toEqual([]);
});

async function startFromTemplate(): Promise<void> {
  await page.getByRole('button', { name: 'New', exact: true }).click();
  await page.getByRole('button', { name: /computer vision/i }).click();
  await waitForFirstEstimate(page);
}

describe('scenarios and files in the browser', () => {
  test('a duplicated scenario labeling far more items shows a worse cost in Compare', async () => {
    await startFromTemplate();
    const bar = page.getByRole('region', { name: 'Scenarios' });
    await bar.getByRole('button', { name: 'Duplicate' }).click();
    await bar.getByRole('button', { name: /^Copy of/, pressed: true }).waitFor();
    await page.getByLabel('Items to label', { exact: true }).fill('3000000');

    await page.getByRole('tab', { name: 'Compare' }).click();
    const table = page.getByRole('table', { name: 'Scenarios against the baseline' });
    await table.waitFor();
    // Settled: computed from the document on screen, nothing running.
    await page.locator('.compare-results:not(.is-stale)').waitFor();
    const row = table
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: 'Cost P50' }) });
    const copyCell = row.getByRole('cell').nth(1);
    expect(await copyCell.innerText()).toMatch(/\+.*\(worse\)/);
    expect(await page.getByRole('list', { name: /What differs in Copy of/ }).innerText()).toMatch(
      /Labels/,
    );
  });

  test('a broken file shows a message and leaves the document unchanged', async () => {
    await startFromTemplate();
    const title = await page.getByRole('heading', { level: 1 }).innerText();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open…' }).click();
    await (
      await chooser
    ).setFiles({
      name: 'broken.fathom.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"schemaVersion": 1, "meta": '),
    });
    const alert = page
      .getByRole('alert')
      .filter({ hasText: /broken\.fathom\.json was not opened/ });
    await alert.waitFor();
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(title);
    expect(await page.getByLabel('Items to label', { exact: true }).inputValue()).toBe('30000');
  });
});
