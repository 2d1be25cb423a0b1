import AxeBuilder from '@axe-core/playwright';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { startApp, waitForSettledEstimate, type AppHarness } from './support/app.ts';

/** Importing a task-list CSV on the Tasks tab, in Chromium against the built dist/web. */

const EXAMPLE = fileURLToPath(new URL('../../examples/ml-pipeline.tasks.csv', import.meta.url));
const BROKEN = fileURLToPath(new URL('../fixtures/broken.tasks.csv', import.meta.url));

let app: AppHarness;
let page: Page;

beforeEach(async () => {
  app = await startApp();
  page = app.page;
  await app.open();
  await waitForSettledEstimate(page);
  await page.getByRole('tab', { name: 'Tasks', exact: true }).click();
  await page.getByRole('tabpanel', { name: 'Tasks' }).waitFor();
});

afterEach(async () => {
  const errors = [...app.errors];
  await app.close();
  expect(errors, 'console errors and page errors').toEqual([]);
});

/** Clicks "Import tasks from CSV…" and picks `file` in the file chooser it opens. */
async function importFile(file: string): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Import tasks from CSV…' }).click(),
  ]);
  expect(chooser.isMultiple()).toBe(false);
  await chooser.setFiles(file);
}

const taskNames = () => page.getByRole('textbox', { name: /^Name of / });
const taskValues = async () =>
  Promise.all((await taskNames().all()).map((input) => input.inputValue()));

async function noViolations(): Promise<void> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(
    result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`),
  ).toEqual([]);
}

describe('importing a task list', () => {
  test('the shipped example replaces the plan’s tasks; Ctrl+Z brings them back', async () => {
    const before = await taskNames().count();
    expect(before).toBeGreaterThan(10);
    await importFile(EXAMPLE);

    const dialog = page.getByRole('dialog', { name: 'Import ml-pipeline.tasks.csv' });
    await dialog.waitFor();
    await noViolations();
    const replace = dialog.getByRole('button', {
      name: `Replace ${before} tasks with 17 from ml-pipeline.tasks.csv`,
    });
    // The choice has the focus; Enter takes it.
    await expect.poll(() => replace.and(page.locator(':focus')).count()).toBe(1);
    await page.keyboard.press('Enter');

    await page.getByText(/^Imported 17 tasks from ml-pipeline\.tasks\.csv/).waitFor();
    await expect.poll(() => taskNames().count()).toBe(17);
    expect(
      await page.getByRole('textbox', { name: 'Name of Label full dataset' }).inputValue(),
    ).toBe('Label full dataset');
    // The plan simulates with the imported tasks.
    await page.getByRole('tab', { name: 'Plan', exact: true }).click();
    await waitForSettledEstimate(page);
    await page.getByRole('tab', { name: 'Tasks', exact: true }).click();
    await expect.poll(() => taskNames().count()).toBe(17);

    await page.keyboard.press('Control+z');
    await expect.poll(() => taskNames().count()).toBe(before);
    expect(await page.getByRole('textbox', { name: 'Name of Label full dataset' }).count()).toBe(0);
  });

  test('a broken file lists its problems by row and changes nothing', async () => {
    const names = await taskValues();
    await importFile(BROKEN);

    const alert = page.getByRole('alert').filter({ hasText: 'broken.tasks.csv was not imported' });
    await alert.waitFor();
    const rows = await alert
      .getByRole('table', { name: 'Problems in broken.tasks.csv, by row' })
      .getByRole('row')
      .evaluateAll((trs) =>
        trs.slice(1).map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)),
      );
    expect(rows.map(([row, column]) => `${row} ${column}`)).toEqual([
      '3 likely',
      '4 likely',
      '5 depends_on',
      '6 id',
    ]);
    expect(rows[2]![2]).toBe('unknown task id "cleaning"; no row has that id');
    await noViolations();

    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(await taskValues()).toEqual(names);
    await alert.getByRole('button', { name: 'Dismiss' }).click();
    expect(await page.getByRole('alert').filter({ hasText: 'was not imported' }).count()).toBe(0);
  });
});
