import AxeBuilder from '@axe-core/playwright';
import { afterEach, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { startApp, waitForSettledEstimate, type AppHarness } from './support/app.ts';

/**
 * An axe scan of each state of the app against WCAG 2.1 A and AA, in the light and the dark
 * colour scheme: zero violations.
 */

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

let app: AppHarness | undefined;

afterEach(async () => {
  const errors = [...(app?.errors ?? [])];
  await app?.close();
  app = undefined;
  expect(errors, 'console errors and page errors').toEqual([]);
});

/** The violations, one line per element: rule, impact, selector and what is wrong. */
async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  return result.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id} (${violation.impact ?? 'n/a'}) at ${node.target.join(' ')}: ${
          node.failureSummary?.replace(/\s+/g, ' ') ?? violation.help
        }`,
    ),
  );
}

type State = [name: string, reach: (page: Page) => Promise<void>];

const onTab =
  (name: string) =>
  async (page: Page): Promise<void> => {
    await waitForSettledEstimate(page);
    await page.getByRole('tab', { name, exact: true }).click();
    await page.getByRole('tabpanel', { name }).waitFor();
  };

const states: State[] = [
  [
    'the start screen',
    async (page) => {
      await page.getByRole('button', { name: 'New', exact: true }).click();
      await page.getByRole('heading', { name: 'Start a plan' }).waitFor();
    },
  ],
  [
    'a loaded plan with its results',
    async (page) => {
      await waitForSettledEstimate(page);
      await page.getByRole('heading', { name: 'What the plan may have forgotten' }).waitFor();
    },
  ],
  [
    'an invalid input',
    async (page) => {
      await waitForSettledEstimate(page);
      await page.getByLabel('Items to label', { exact: true }).fill('abc');
      await page.getByRole('alert').filter({ hasText: 'is not a number' }).waitFor();
      await page.getByRole('status').filter({ hasText: 'Out of date' }).waitFor();
    },
  ],
  ['the Tasks tab', onTab('Tasks')],
  ['the Risks tab', onTab('Risks')],
];

describe.each(['light', 'dark'] as const)('accessibility in the %s colour scheme', (scheme) => {
  test.each(states)('%s has no WCAG 2.1 AA violations', async (_name, reach) => {
    app = await startApp({ colorScheme: scheme });
    await app.open();
    await reach(app.page);
    expect(await violations(app.page)).toEqual([]);
  });
});
