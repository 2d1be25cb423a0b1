import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync, inflateSync } from 'node:zlib';
import { jsPDF } from 'jspdf';
import { beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../../../test/helpers/pdf-text.ts';
import {
  registry,
  REPORT_DATE,
  reportFonts,
  SEED,
  unicodeProject,
} from '../../../test/fixtures/report.ts';
import { buildReportModel } from '../build-report-model.ts';
import type { ReportModel } from '../report-model.ts';
import { simulateForReport } from '../simulate-report.ts';
import type { ReportFonts } from './fonts.ts';
import { renderReportPdf } from './render.ts';
import { withStreamCompression } from './stream-compression.ts';

type Api = { processDataByFilters: (data: string, filters: string[]) => { data: string } };
const api = () => jsPDF.API as unknown as Api;

let model: ReportModel;
let fonts: ReportFonts;

beforeAll(async () => {
  const project = unicodeProject('cv-edge', 'EUR');
  const simulations = await simulateForReport(project, undefined, registry, {
    iterations: 500,
    seed: SEED,
  });
  model = buildReportModel({
    project,
    ...simulations,
    date: REPORT_DATE,
    locale: 'en-GB',
    paper: 'a4',
    templates: registry,
  });
  fonts = await reportFonts();
});

describe('a PDF whose streams another deflate compressed', () => {
  it('reads as the same document, passes qpdf --check, and used that deflate for every stream', async () => {
    const inputs: Uint8Array[] = [];
    const native = renderReportPdf(model, {
      fonts,
      deflate: (data) => {
        inputs.push(data);
        return deflateSync(data);
      },
    });
    const own = renderReportPdf(model, { fonts });
    // Every page's contents and both fonts' programs, at least.
    expect(inputs.length).toBeGreaterThan(model.sections.length + 2);
    // What was compressed is what jsPDF would have compressed: the text reads the same.
    expect(await pdfText(native)).toBe(await pdfText(own));
    const dir = mkdtempSync(join(tmpdir(), 'fathom-deflate-'));
    try {
      const file = join(dir, 'report.pdf');
      writeFileSync(file, native);
      const check = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
      expect(check.status, check.stdout + check.stderr).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('falls back to jsPDF’s own deflate where the given one fails, and puts it back afterwards', async () => {
    const original = api().processDataByFilters;
    const failing = renderReportPdf(model, {
      fonts,
      deflate: () => {
        throw new Error('no zlib today');
      },
    });
    expect(api().processDataByFilters).toBe(original);
    expect(await pdfText(failing)).toBe(await pdfText(renderReportPdf(model, { fonts })));
  });

  it('hands any filter chain other than FlateEncode to jsPDF', () => {
    const seen: number[] = [];
    const { hex, flate } = withStreamCompression(
      jsPDF,
      (data) => {
        seen.push(data.length);
        return deflateSync(data);
      },
      () => ({
        hex: api().processDataByFilters('AB', ['ASCIIHexEncode']).data,
        flate: api().processDataByFilters('\u00ffhello', ['FlateEncode']).data,
      }),
    );
    expect(hex).toBe('4142>');
    expect(seen).toEqual([6]);
    const bytes = Uint8Array.from(flate, (c) => c.charCodeAt(0));
    expect([...inflateSync(bytes)]).toEqual([0xff, 0x68, 0x65, 0x6c, 0x6c, 0x6f]);
  });
});
