import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import {
  headline,
  settledP80,
  startApp,
  VISIBLE_TIMEOUT_MS,
  waitForFirstEstimate,
  waitForSettledEstimate,
  type AppHarness,
} from './support/app.ts';

/** The planning journeys of the web app, in Chromium against the built dist/web. */

const CV_TEMPLATE = /computer vision/i;

let app: AppHarness;
let page: Page;

beforeEach(async () => {
  app = await startApp();
  page = app.page;
  await app.open();
});

afterEach(async () => {
  const errors = [...app.errors];
  await app.close();
  expect(errors, 'console errors and page errors').toEqual([]);
});

const itemsToLabel = () => page.getByLabel('Items to label', { exact: true });

/** Starts a new plan from the computer-vision template, which labels 30,000 images. */
async function startFromTemplate(): Promise<void> {
  await page.getByRole('button', { name: 'New', exact: true }).click();
  await page.getByRole('heading', { name: 'Start a plan' }).waitFor();
  await page.getByRole('button', { name: CV_TEMPLATE }).click();
  await waitForFirstEstimate(page);
}

describe('planning in the browser', () => {
  test('a plan started from a template on the start screen gets its estimate', async () => {
    await page.getByRole('button', { name: 'New', exact: true }).click();
    const start = page.getByRole('region', { name: 'Start a plan' });
    await start.waitFor();
    expect(await start.getByRole('button', { name: CV_TEMPLATE }).count()).toBe(1);
    await start.getByRole('button', { name: CV_TEMPLATE }).click();

    await expectVisible(headline(page));
    await expectText(page.getByRole('heading', { level: 1 }), CV_TEMPLATE);
    expect(await itemsToLabel().inputValue()).toBe('30000');
    expect(await start.count()).toBe(0);
    await waitForSettledEstimate(page);
    expect(await page.getByTestId('p80-cost').innerText()).toMatch(/^\$[\d.,]+[KMB]?$/);
    expect(await page.getByTestId('p50-cost').innerText()).toMatch(/^\$[\d.,]+[KMB]?$/);
    await expectVisible(page.getByRole('heading', { name: 'What the plan may have forgotten' }));
  });

  test('labeling many more items raises the P80 cost', async () => {
    await startFromTemplate();
    const before = await settledP80(page);

    await itemsToLabel().fill('3000000');
    await expectText(page.getByRole('status').filter({ hasText: /simulated projects/ }), /.+/);
    const after = await settledP80(page);

    expect(after).toBeGreaterThan(before * 1.5);
    expect(await itemsToLabel().inputValue()).toBe('3000000');
  });

  test('invalid text is marked in place and the last valid estimate stays, out of date', async () => {
    await startFromTemplate();
    await settledP80(page);
    const p80 = await page.getByTestId('p80-cost').innerText();

    for (const [typed, message] of [
      ['abc', /"abc" is not a number/],
      ['-5', /must be at least 0/],
    ] as const) {
      await itemsToLabel().fill(typed);
      const alert = page.locator('[data-field="inputs.labels.items"]').getByRole('alert');
      await expectText(alert, message);
      expect(await itemsToLabel().getAttribute('aria-invalid')).toBe('true');
      const alertId = await alert.getAttribute('id');
      expect(alertId).toBeTruthy();
      expect((await itemsToLabel().getAttribute('aria-describedby'))?.split(' ')).toContain(
        alertId,
      );
      await expectText(page.getByRole('status').filter({ hasText: 'Out of date' }), /not valid/);
      await expectVisible(page.locator('.results-panel.stale'));
      await expectVisible(headline(page));
      expect(await page.getByTestId('p80-cost').innerText()).toBe(p80);
    }

    await itemsToLabel().fill('30000');
    await waitForSettledEstimate(page);
    expect(await itemsToLabel().getAttribute('aria-invalid')).toBeNull();
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await page.getByTestId('p80-cost').innerText()).toBe(p80);
  });

  test('undo and redo, by keyboard and toolbar, restore the value and its P80', async () => {
    await startFromTemplate();
    const undoButton = page.getByRole('button', { name: 'Undo', exact: true });
    const redoButton = page.getByRole('button', { name: 'Redo', exact: true });
    expect(await undoButton.isDisabled()).toBe(true);
    const original = await settledP80(page);

    await itemsToLabel().fill('3000000');
    const edited = await settledP80(page);
    expect(edited).toBeGreaterThan(original);
    expect(await undoButton.isEnabled()).toBe(true);

    // Ctrl+Z while the field has focus: the app's undo, not the text box's own.
    await itemsToLabel().focus();
    await page.keyboard.press('Control+z');
    await expectValue(itemsToLabel(), '30000');
    expect(await settledP80(page)).toBe(original);

    await page.keyboard.press('Control+Shift+Z');
    await expectValue(itemsToLabel(), '3000000');
    expect(await settledP80(page)).toBe(edited);

    await undoButton.click();
    await expectValue(itemsToLabel(), '30000');
    expect(await settledP80(page)).toBe(original);
    expect(await undoButton.isDisabled()).toBe(true);

    await redoButton.click();
    await expectValue(itemsToLabel(), '3000000');
    expect(await settledP80(page)).toBe(edited);

    // Undo also clears text that never became valid.
    await itemsToLabel().fill('abc');
    await expectVisible(page.getByRole('status').filter({ hasText: 'Out of date' }));
    await undoButton.click();
    await expectValue(itemsToLabel(), '30000');
    expect(await itemsToLabel().getAttribute('aria-invalid')).toBeNull();
    expect(await settledP80(page)).toBe(original);
  });

  test('the Plan, Tasks and Risks tabs switch with the mouse and with the arrow keys', async () => {
    const tab = (name: string) => page.getByRole('tab', { name, exact: true });
    const panel = page.getByRole('tabpanel');
    const expectSelected = async (name: string) => {
      await expectAttribute(tab(name), 'aria-selected', 'true');
      await expectVisible(page.getByRole('tabpanel', { name }));
      expect(await page.getByRole('tab', { selected: true }).count()).toBe(1);
    };

    await expectSelected('Plan');
    await expectVisible(itemsToLabel());

    await tab('Tasks').click();
    await expectSelected('Tasks');
    expect(await itemsToLabel().count()).toBe(0);
    await tab('Risks').click();
    await expectSelected('Risks');
    await tab('Plan').click();
    await expectSelected('Plan');
    await expectVisible(headline(page));

    await tab('Plan').focus();
    await page.keyboard.press('ArrowRight');
    await expectSelected('Tasks');
    await expectFocused(tab('Tasks'));
    await page.keyboard.press('ArrowRight');
    await expectSelected('Risks');
    await page.keyboard.press('ArrowRight');
    await expectSelected('Compare');
    await page.keyboard.press('ArrowRight');
    await expectSelected('Plan');
    await page.keyboard.press('ArrowLeft');
    await expectSelected('Compare');
    await expectFocused(tab('Compare'));
    await page.keyboard.press('ArrowLeft');
    await expectSelected('Risks');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expectSelected('Plan');
    await expectVisible(panel);
    await expectVisible(headline(page));
  });

  test('a reload keeps the edited document', async () => {
    await startFromTemplate();
    await itemsToLabel().fill('123456');
    await settledP80(page);
    const settled = await page.getByTestId('p80-cost').innerText();
    // The session is written shortly after an edit: wait until it holds the edit, then reload.
    await page.waitForFunction(
      `/"items":\\s*123456\\b/.test(localStorage.getItem('fathom.session.v1') ?? '')`,
    );

    await app.reload();
    await expectText(page.getByRole('heading', { level: 1 }), CV_TEMPLATE);
    expect(await itemsToLabel().inputValue()).toBe('123456');
    await waitForSettledEstimate(page);
    expect(await page.getByTestId('p80-cost').innerText()).toBe(settled);
  });
});

// Waits for visible state (Playwright's own polling, or vitest's), never for a fixed time.

const POLL = { timeout: VISIBLE_TIMEOUT_MS };

async function expectVisible(locator: Locator): Promise<void> {
  await locator.first().waitFor({ state: 'visible' });
}

async function expectText(locator: Locator, text: RegExp): Promise<void> {
  await expect
    .poll(async () => ((await locator.count()) ? await locator.first().innerText() : ''), POLL)
    .toMatch(text);
}

async function expectValue(locator: Locator, value: string): Promise<void> {
  await expect.poll(() => locator.inputValue(), POLL).toBe(value);
}

async function expectAttribute(locator: Locator, name: string, value: string): Promise<void> {
  await expect.poll(() => locator.getAttribute(name), POLL).toBe(value);
}

async function expectFocused(locator: Locator): Promise<void> {
  await expect.poll(() => locator.and(locator.page().locator(':focus')).count(), POLL).toBe(1);
}
