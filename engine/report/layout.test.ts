import fc from 'fast-check';
import { jsPDF } from 'jspdf';
import { beforeAll, describe, expect, it } from 'vitest';
import { readPdf, type PdfPage, type TextItem } from '../../test/helpers/pdf-text.ts';
import {
  registry,
  REPORT_DATE,
  reportFonts,
  SEED,
  unicodeProject,
} from '../../test/fixtures/report.ts';
import type { Project } from '../index.ts';
import { buildReportModel } from './build-report-model.ts';
import { MARGIN } from './page.ts';
import { toBinaryString, type ReportFonts } from './pdf/fonts.ts';
import { renderReportPdf } from './pdf/render.ts';
import { truncateToWidth, wrapToWidth } from './pdf/text-fit.ts';
import { simulateForReport } from './simulate-report.ts';

const LONG_WORD =
  'Datenqualitätssicherungsmaßnahmenüberprüfungsverfahrensbeschreibungsdokumentation';
const LONG_NAME =
  `Migrate the legacy scoring service of the Łódź and Zürich branches to the new feature store ${LONG_WORD} and then validate it against last year’s hold-out`.slice(
    0,
    200,
  );

/** A plan far larger than any template: 300 extra tasks in parallel chains and 40 risks. */
function bigProject(): Project {
  const project = unicodeProject('recommender', 'EUR');
  project.meta.name = LONG_NAME;
  const scenario = project.scenarios[0]!;
  for (let i = 0; i < 300; i++) {
    scenario.extraTasks.push({
      id: `extra-${i}`,
      name:
        i % 7 === 0 ? `${LONG_NAME.slice(0, 150)} #${i}` : `Extra work package ${i} — Überprüfung`,
      phase: 'custom',
      category: (['model', 'data', 'productionization', 'mlops', 'management'] as const)[i % 5]!,
      roles: [],
      duration: { type: 'pert', min: 1, mode: 2 + (i % 5), max: 8 + (i % 11) },
      dependsOn: i >= 10 ? [`extra-${i - 10}`] : [],
      fixedCost: 500 + i,
    });
  }
  for (let i = 0; i < 40; i++) {
    scenario.risks.push({
      id: `extra-risk-${i}`,
      name: i % 5 === 0 ? LONG_NAME : `Risk ${i}: the vendor in Київ delays delivery`,
      probability: 0.05 + (i % 10) / 40,
      task: `extra-${i * 7}`,
      delay: { type: 'pert', min: 1, mode: 3, max: 10 },
      cost: { type: 'triangular', min: 100, mode: 1000, max: 5000 },
      mitigation: {
        name: i % 3 === 0 ? LONG_NAME : 'Second supplier',
        cost: 800,
        probability: 0.02,
      },
      notes: `Note ${i}: ${LONG_WORD} ${LONG_NAME}`,
    });
  }
  return project;
}

/** How far two boxes overlap, in points, along the axis where they overlap least. */
function overlap(a: TextItem, b: TextItem): number {
  const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return Math.min(x, y);
}

/**
 * Text boxes from pdfjs are the font's full line height (ascent + descent), so two lines set
 * at a normal leading touch; boxes may overlap by this much before it shows.
 */
const TOLERANCE = 1.5;

function overlaps(page: PdfPage): string[] {
  const found: string[] = [];
  const items = page.items;
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const a = items[i]!;
      const b = items[j]!;
      if (overlap(a, b) > TOLERANCE) found.push(`"${a.text}" × "${b.text}"`);
    }
  }
  return found;
}

describe('a plan with 300 tasks and 40 risks', () => {
  let pages: PdfPage[];
  beforeAll(async () => {
    const project = bigProject();
    const simulations = await simulateForReport(project, undefined, registry, {
      iterations: 500,
      seed: SEED,
    });
    const model = buildReportModel({
      project,
      ...simulations,
      date: REPORT_DATE,
      locale: 'de-DE',
      paper: 'letter',
      templates: registry,
    });
    pages = await readPdf(renderReportPdf(model, { fonts: await reportFonts() }));
  }, 300_000);

  it('paginates with no two pieces of text on top of each other', () => {
    expect(pages.length).toBeGreaterThan(15);
    const problems = pages.flatMap((page, n) => overlaps(page).map((o) => `page ${n + 1}: ${o}`));
    expect(problems).toEqual([]);
  });

  it('keeps all text inside the margins, long names and unbreakable words included', () => {
    for (const [n, page] of pages.entries()) {
      for (const item of page.items) {
        const where = `page ${n + 1}: "${item.text}"`;
        expect(item.left, where).toBeGreaterThanOrEqual(MARGIN.left - 0.5);
        expect(item.right, where).toBeLessThanOrEqual(page.width - MARGIN.right + 0.5);
        expect(item.top, where).toBeGreaterThanOrEqual(24);
        expect(item.bottom, where).toBeLessThanOrEqual(page.height - 24);
      }
    }
  });

  it('lists every risk in the register', () => {
    const text = pages.map((p) => p.text).join('\n');
    for (let i = 1; i < 40; i += 5) expect(text).toContain(`Risk ${i}: the vendor`);
  });
});

describe('wrapping against the real font metrics', () => {
  let fonts: ReportFonts;
  beforeAll(async () => {
    fonts = await reportFonts();
  });

  function doc(size: number) {
    const d = new jsPDF({ unit: 'pt', format: 'a4' });
    if (fonts.kind === 'embedded') {
      d.addFileToVFS('r.ttf', toBinaryString(fonts.regular));
      d.addFont('r.ttf', 'R', 'normal');
      d.setFont('R', 'normal');
    }
    d.setFontSize(size);
    return d;
  }

  it('never makes a line wider than its box, for long names, notes and unbreakable words', () => {
    const d = doc(9);
    const words = fc.constantFrom(
      LONG_WORD,
      'Łódź',
      'Straße',
      '€1,234',
      'Кузнецова',
      'a',
      'and',
      'the',
      'Überprüfung',
      '—',
    );
    fc.assert(
      fc.property(
        fc.array(words, { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 30, max: 480 }),
        (list, width) => {
          const text = list.join(' ');
          for (const line of wrapToWidth(d, text, width))
            expect(d.getTextWidth(line)).toBeLessThanOrEqual(width + 1e-6);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('cuts what cannot wrap with an ellipsis, inside the width', () => {
    const d = doc(12);
    const cut = truncateToWidth(d, LONG_WORD, 100);
    expect(cut.endsWith('…')).toBe(true);
    expect(d.getTextWidth(cut)).toBeLessThanOrEqual(100);
  });
});
