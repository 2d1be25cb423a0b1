/*
 * The web app's speed, in Debian's Chromium against a fresh build of dist/web (`npm run bench:ui`):
 *
 *   - page load → first estimate on screen (target ≤ 1.5 s), and → the full 10,000-iteration one;
 *   - a changed input → the refreshed headline, on the template with the most tasks (target ≤ 150
 *     ms): the quick estimate that refreshes it first, and the full estimate that follows;
 *   - the gzipped size of the initial load: the JS and CSS index.html references, without the
 *     simulation worker that loads after it (target ≤ 1 MB).
 *
 * Times are taken in the page with performance.now(): from navigation start, or from the input
 * event, to the DOM update a MutationObserver sees. Only this script measures speed; no test
 * asserts it. Options: --no-build (use the dist/web there is), --loads N, --edits N.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { buildScenario, createProject, createTemplateRegistry } from '../engine/index.ts';
import { launchBrowser } from '../test/e2e/support/browser.ts';
import { serveStatic, webRoot } from '../test/e2e/support/static-server.ts';
import { describeMachine } from './machine.ts';
import { ms, table } from './format.ts';

const TARGET_FIRST_ESTIMATE_MS = 1500;
const TARGET_EDIT_MS = 150;
const TARGET_INITIAL_GZIP_BYTES = 1_000_000;
const TIMEOUT_MS = 60_000;

const { values: options } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    loads: { type: 'string', default: '5' },
    edits: { type: 'string', default: '10' },
  },
});
const loads = Number(options.loads);
const edits = Number(options.edits);

type Stats = { median: number; max: number };

function stats(values: readonly number[]): Stats {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, max: sorted[sorted.length - 1]! };
}

const verdict = (value: number, target: number) => (value <= target ? 'PASS' : 'MISS');
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

/** The JS and CSS that index.html loads (scripts, stylesheets, module preloads), gzipped. */
async function initialLoadSize(): Promise<{ rows: string[][]; gzip: number }> {
  const html = await readFile(join(webRoot, 'index.html'), 'utf8');
  const assets = new Set<string>();
  for (const match of html.matchAll(/<(?:script|link)\b[^>]*>/g)) {
    const tag = match[0];
    const url = /\b(?:src|href)="([^"]+)"/.exec(tag)?.[1];
    if (!url || /^[a-z]+:/i.test(url)) continue;
    if (tag.startsWith('<link') && !/rel="(?:stylesheet|modulepreload)"/.test(tag)) continue;
    assets.add(url.replace(/^\.?\//, ''));
  }
  const rows: string[][] = [];
  let gzip = 0;
  for (const asset of assets) {
    const bytes = await readFile(join(webRoot, asset));
    const zipped = gzipSync(bytes, { level: 9 }).length;
    gzip += zipped;
    rows.push([asset, kb(bytes.length), kb(zipped)]);
  }
  return { rows, gzip };
}

/** Tasks of each template's generated network, as the app builds it for a new plan. */
function templatesBySize(): { id: string; name: string; tasks: number; iterations: number }[] {
  const registry = createTemplateRegistry();
  return registry
    .list()
    .map((entry) => {
      const template = registry.get(entry.id);
      const project = createProject(template, {
        today: new Date().toISOString().slice(0, 10),
        region: 'us',
        currency: 'USD',
      });
      const built = buildScenario(template, project.scenarios[0]!, project.settings, 'USD');
      return {
        id: entry.id,
        name: entry.name,
        tasks: built.tasks.length,
        iterations: project.settings.iterations,
      };
    })
    .sort((a, b) => b.tasks - a.tasks);
}

// In-page probes, as source text: a function serialised from this file could carry the
// transpiler's helpers, which do not exist in the page.

/**
 * Installed before the app's scripts: when the app's shell (its toolbar), the first estimate and
 * the full estimate reach the DOM.
 */
const LOAD_PROBE = `(() => {
  const marks = {};
  window.__fathomLoad = marks;
  const observer = new MutationObserver(() => {
    const now = performance.now();
    if (marks.shell === undefined && document.querySelector('.toolbar')) marks.shell = now;
    const headline = document.querySelector('[data-testid="headline"]');
    const panel = document.querySelector('.results-panel');
    if (!headline || !panel) return;
    if (marks.first === undefined) marks.first = now;
    if (panel.getAttribute('aria-busy') === 'false' && !panel.classList.contains('stale')) {
      marks.full = now;
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
})()`;

/**
 * Armed before an edit: the input event's time, then when the results panel stops being stale
 * (the quick estimate of the edited plan is on screen) and when it stops being busy (the full one).
 */
const EDIT_PROBE = `(() => {
  const panel = document.querySelector('.results-panel');
  const marks = {};
  window.__fathomEdit = marks;
  const onInput = () => {
    if (marks.input === undefined) marks.input = performance.now();
  };
  document.addEventListener('input', onInput, true);
  // An edit starts an estimate (aria-busy true); the quick estimate changes the headline, the
  // full one ends the run (aria-busy false). The stale look only shows after 0.4 s, so it is
  // no signal here.
  const before = document.querySelector('[data-testid="headline"]').textContent;
  const observer = new MutationObserver(() => {
    if (marks.input === undefined) return;
    if (panel.getAttribute('aria-busy') === 'true') marks.sawBusy = true;
    if (!marks.sawBusy) return;
    const now = performance.now();
    const headline = document.querySelector('[data-testid="headline"]').textContent;
    if (marks.quick === undefined && (headline !== before || panel.getAttribute('aria-busy') === 'false')) marks.quick = now;
    if (panel.getAttribute('aria-busy') === 'false') {
      marks.full = now;
      marks.p80 = document.querySelector('[data-testid="p80-cost"]').textContent;
      observer.disconnect();
      document.removeEventListener('input', onInput, true);
    }
  });
  observer.observe(panel, { childList: true, subtree: true, attributes: true, characterData: true });
})()`;

type LoadMarks = { shell: number; first: number; full: number };
type EditMarks = { input: number; quick: number; full: number; p80: string };

async function measureLoads(page: Page, url: string): Promise<LoadMarks[]> {
  await page.addInitScript({ content: LOAD_PROBE });
  const marks: LoadMarks[] = [];
  for (let i = 0; i < loads; i++) {
    // A first visit each time: no saved session, so the app opens its example plan.
    if (i > 0) await page.evaluate('localStorage.clear()');
    await page.goto(url);
    await page.waitForFunction('window.__fathomLoad && window.__fathomLoad.full !== undefined', {
      timeout: TIMEOUT_MS,
    });
    marks.push((await page.evaluate('window.__fathomLoad')) as LoadMarks);
  }
  return marks;
}

async function measureEdits(
  page: Page,
  templateName: string,
): Promise<{ warmUp: EditMarks; edits: EditMarks[]; status: string }> {
  await page.getByRole('button', { name: 'New', exact: true }).click();
  await page.getByRole('button', { name: templateName }).click();
  const panel = page.locator('.results-panel:not(.stale)[aria-busy="false"]');
  await panel.waitFor({ timeout: TIMEOUT_MS });
  const status = await page.locator('.estimate-status').innerText();
  const field = page.getByLabel('Items to label', { exact: true });
  const base = Number((await field.inputValue()).replace(/,/g, '')) || 10_000;
  const marks: EditMarks[] = [];
  for (let i = 0; i <= edits; i++) {
    await page.evaluate(EDIT_PROBE);
    await field.fill(String(Math.round(base * (1.25 + 0.25 * i))));
    await page.waitForFunction('window.__fathomEdit.full !== undefined', { timeout: TIMEOUT_MS });
    marks.push((await page.evaluate('window.__fathomEdit')) as EditMarks);
  }
  const [warmUp, ...rest] = marks;
  return { warmUp: warmUp!, edits: rest, status };
}

async function main(): Promise<void> {
  const machine = describeMachine();
  if (!options['no-build']) {
    process.stdout.write('building dist/web… ');
    await build({
      configFile: new URL('../vite.config.ts', import.meta.url).pathname,
      logLevel: 'warn',
    });
    process.stdout.write('done\n');
  }

  const size = await initialLoadSize();
  const templates = templatesBySize();
  const largest = templates[0]!;

  const server = await serveStatic();
  const browser = await launchBrowser();
  let loadMarks: LoadMarks[];
  let editRun: Awaited<ReturnType<typeof measureEdits>>;
  let version: string;
  try {
    const agent = String(await browser.page.evaluate('navigator.userAgent'));
    version = /Chrome\/([\d.]+)/.exec(agent)?.[1] ?? agent;
    loadMarks = await measureLoads(browser.page, server.url);
    editRun = await measureEdits(browser.page, largest.name);
  } finally {
    await browser.close();
    await server.close();
  }

  const first = stats(loadMarks.map((m) => m.first));
  const full = stats(loadMarks.map((m) => m.full));
  const quickEdit = stats(editRun.edits.map((m) => m.quick - m.input));
  const fullEdit = stats(editRun.edits.map((m) => m.full - m.input));

  const lines = [
    `Fathom UI benchmark — ${machine.date}`,
    `${machine.cpu}, ${machine.cores} cores, load average ${machine.loadAverage.toFixed(2)} ` +
      `(shared machine); headless Chromium ${version}; Node ${machine.node}`,
    table(
      'Initial load (what index.html references; the simulation worker loads afterwards)',
      ['asset', 'raw', 'gzip -9'],
      [...size.rows, ['total', '', kb(size.gzip)]],
    ),
    table(
      `Templates by tasks (the edit latency uses the largest)`,
      ['template', 'tasks', 'iterations'],
      templates.map((t) => [t.id, String(t.tasks), String(t.iterations)]),
    ),
    table(
      `Page load → estimate, ${loads} loads of the example plan (ms from navigation start)`,
      ['load', 'app shown', 'first estimate', 'full estimate'],
      loadMarks.map((m, i) => [String(i + 1), ms(m.shell), ms(m.first), ms(m.full)]),
    ),
    table(
      `Edit "Items to label" → refreshed headline, ${largest.id} (${largest.tasks} tasks), ` +
        `${edits} edits after one warm-up (ms from the input event)`,
      ['edit', 'quick estimate', 'full estimate', 'P80'],
      [
        [
          'warm-up',
          ms(editRun.warmUp.quick - editRun.warmUp.input),
          ms(editRun.warmUp.full - editRun.warmUp.input),
          editRun.warmUp.p80,
        ],
        ...editRun.edits.map((m, i) => [
          String(i + 1),
          ms(m.quick - m.input),
          ms(m.full - m.input),
          m.p80,
        ]),
      ],
    ),
    `  status after the template loaded: "${editRun.status}"`,
    table(
      'Targets',
      ['measure', 'median', 'max', 'target', 'verdict (median)'],
      [
        [
          'page load → first estimate',
          ms(first.median),
          ms(first.max),
          `≤ ${ms(TARGET_FIRST_ESTIMATE_MS)}`,
          verdict(first.median, TARGET_FIRST_ESTIMATE_MS),
        ],
        ['page load → full estimate', ms(full.median), ms(full.max), '—', ''],
        [
          'edit → refreshed headline (quick)',
          ms(quickEdit.median),
          ms(quickEdit.max),
          `≤ ${ms(TARGET_EDIT_MS)}`,
          verdict(quickEdit.median, TARGET_EDIT_MS),
        ],
        ['edit → full estimate', ms(fullEdit.median), ms(fullEdit.max), '—', ''],
        [
          'initial load, gzipped',
          kb(size.gzip),
          '',
          `≤ ${kb(TARGET_INITIAL_GZIP_BYTES)}`,
          verdict(size.gzip, TARGET_INITIAL_GZIP_BYTES),
        ],
      ],
    ),
  ];
  console.log(lines.join('\n'));
}

await main();
