import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPdf, type PdfPage } from '../../test/helpers/pdf-text.ts';
import { simulateScenario, type Project } from '../index.ts';
import { buildReportModel } from './build-report-model.ts';
import { reportFormat } from './format.ts';
import { MARGIN } from './page.ts';
import { jsPDF, type jsPDFOptions } from 'jspdf';
import { renderReportPdf } from './pdf/render.ts';
import type { ReportModel } from './report-model.ts';
import { simulateForReport } from './simulate-report.ts';
import {
  registry,
  REPORT_DATE,
  reportFonts,
  SEED,
  UNICODE,
  unicodeProject,
} from '../../test/fixtures/report.ts';

const ITERATIONS = 2_000;
const SECTION_TITLES = [
  'Executive summary',
  'Cost',
  'Schedule',
  'Sensitivity',
  'Risks',
  'Running costs',
  'Assumptions',
  'Method',
];

async function report(
  project: Project,
  options: { paper?: 'a4' | 'letter'; iterations?: number } = {},
): Promise<{ model: ReportModel; pdf: Uint8Array }> {
  const simulations = await simulateForReport(project, undefined, registry, {
    iterations: options.iterations ?? ITERATIONS,
    seed: SEED,
  });
  const model = buildReportModel({
    project,
    ...simulations,
    date: REPORT_DATE,
    locale: 'en-GB',
    paper: options.paper ?? 'a4',
    templates: registry,
  });
  return { model, pdf: renderReportPdf(model, { fonts: await reportFonts() }) };
}

/** Extracted text with runs of spaces made one: lines wrap, words do not change. */
const flat = (pages: PdfPage[]) =>
  pages
    .map((p) => p.text)
    .join('\n')
    .replace(/\s+/g, ' ');

describe('the stakeholder report of a project', () => {
  let project: Project;
  let model: ReportModel;
  let pdf: Uint8Array;
  let pages: PdfPage[];

  beforeAll(async () => {
    project = unicodeProject();
    ({ model, pdf } = await report(project));
    pages = await readPdf(pdf);
  });

  it('prints the P50 and P80 cost and launch of the simulation with the same seed', () => {
    const result = simulateScenario(project, undefined, registry, {
      iterations: ITERATIONS,
      seed: SEED,
    });
    const f = reportFormat(project.meta.currency, 'en-GB');
    const expected = {
      costP50: f.estimate(result.cost.p50),
      costP80: f.estimate(result.cost.p80),
      finishP50: f.date(result.finish.p50),
      finishP80: f.date(result.finish.p80),
    };
    expect(model.keyNumbers).toEqual(expected);
    const cover = flat(pages.slice(0, 1));
    for (const value of Object.values(expected)) expect(cover).toContain(value);
    expect(flat(pages)).toContain(`${f.number(ITERATIONS)} simulations · seed ${SEED}`);
  });

  it('has every section, each starting a page with its title', () => {
    for (const title of SECTION_TITLES) {
      const start = pages.find((p) => p.items.some((i) => i.text === title && i.fontSize >= 18));
      expect(start, title).toBeDefined();
    }
    expect(model.sections.map((s) => s.title)).toEqual(SECTION_TITLES);
  });

  it('numbers every page in its footer', () => {
    pages.forEach((page, i) => expect(page.text).toContain(`Page ${i + 1} of ${pages.length}`));
  });

  it('embeds a Unicode font: European names and Cyrillic are extracted as written', () => {
    const text = flat(pages);
    expect(text).toContain(UNICODE.project);
    expect(text).toContain(UNICODE.author);
    expect(text).toContain(UNICODE.cyrillic);
    expect(text).toContain(UNICODE.symbols);
    // Numbers in the project's currency.
    expect(text).toMatch(/€\d/);
  });

  it('lists every input of the ledger and the preset figures with their sources', () => {
    const ledger = model.sections.find((s) => s.id === 'assumptions')!;
    const tables = ledger.blocks.filter((b) => b.kind === 'table');
    const inputs = tables[0]!;
    expect(inputs.kind === 'table' && inputs.rows.length).toBeGreaterThan(50);
    const text = flat(pages);
    expect(text).toContain('Rate card loading: benefits');
    expect(text).toMatch(/Exchange rate, EUR per USD/);
  });

  it('shows the risks before and after mitigation', () => {
    const risks = model.sections.find((s) => s.id === 'risks')!;
    expect(
      risks.blocks.some((b) => b.kind === 'heading' && b.text === 'Before and after mitigation'),
    ).toBe(true);
  });

  it('keeps every line of text inside the page margins', () => {
    for (const [n, page] of pages.entries()) {
      for (const item of page.items) {
        const where = `page ${n + 1}: "${item.text}"`;
        expect(item.left, where).toBeGreaterThanOrEqual(MARGIN.left - 0.5);
        expect(item.right, where).toBeLessThanOrEqual(page.width - MARGIN.right + 0.5);
      }
    }
  });

  it('takes its jsPDF and fonts from the caller, with Helvetica (Latin-1) by default', async () => {
    let made = 0;
    class CountingJsPdf extends jsPDF {
      constructor(options: jsPDFOptions) {
        super(options);
        made++;
      }
    }
    const plain = renderReportPdf(model, { jsPDF: CountingJsPdf, paper: 'letter' });
    expect(made).toBe(1);
    const plainPages = await readPdf(plain);
    expect([plainPages[0]!.width, plainPages[0]!.height]).toEqual([612, 792]);
    const text = flat(plainPages);
    // Latin-1 survives, the rest is replaced rather than garbled.
    expect(text).toContain('Großkunden, Zürich');
    expect(text).not.toContain(UNICODE.cyrillic);
    expect(text).toContain(model.keyNumbers.costP80);
  });

  it('writes the same bytes for the same project, seed and date', async () => {
    const again = await report(project);
    expect(Buffer.from(again.pdf).equals(Buffer.from(pdf))).toBe(true);
  });
});

describe('reports of every template', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'fathom-report-test-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(registry.list().map((t) => t.id))(
    '%s passes qpdf --check on A4 and Letter',
    async (id) => {
      for (const paper of ['a4', 'letter'] as const) {
        const { pdf } = await report(unicodeProject(id, 'USD'), { paper, iterations: 500 });
        const file = join(dir, `${id}-${paper}.pdf`);
        writeFileSync(file, pdf);
        const check = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
        expect(check.status, check.stdout + check.stderr).toBe(0);
        const pages = await readPdf(pdf);
        const expected = paper === 'a4' ? [595.28, 841.89] : [612, 792];
        expect([pages[0]!.width, pages[0]!.height]).toEqual(
          expected.map((v) => expect.closeTo(v, 1)),
        );
      }
    },
  );
});
