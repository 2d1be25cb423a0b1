import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProject } from '../index.ts';
import { registry, REPORT_DATE, reportFonts } from '../../test/fixtures/report.ts';
import { buildReportModel } from './build-report-model.ts';
import { renderReportPdf } from './pdf/render.ts';
import { simulateForReport } from './simulate-report.ts';

/**
 * A low-resolution picture of the cover (24 dpi, grey): catches a broken layout (a missing
 * block, a shifted headline, a lost font) without flagging anti-aliasing. Regenerate after an
 * intended change with UPDATE_VISUAL=1.
 */
const FIXTURE = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'report-cover.pgm');

type Gray = { width: number; height: number; pixels: Uint8Array };

function readPgm(bytes: Uint8Array): Gray {
  // Binary PGM: "P5\n<width> <height>\n<max>\n" then one byte per pixel.
  const header = new TextDecoder('latin1').decode(bytes.subarray(0, 64));
  const match = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(header);
  if (!match) throw new Error('not a binary PGM');
  const [, w, h] = match;
  const width = Number(w);
  const height = Number(h);
  return {
    width,
    height,
    pixels: bytes.subarray(match[0].length, match[0].length + width * height),
  };
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'fathom-visual-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the cover, as pixels', () => {
  it('looks as it did (mean difference under 1%, few pixels far off)', async () => {
    const project = createProject(registry.get('churn'), {
      today: '2026-11-20',
      author: 'Ada Lovelace',
    });
    const simulations = await simulateForReport(project, undefined, registry, {
      iterations: 1_000,
      seed: 3,
    });
    const model = buildReportModel({
      project,
      ...simulations,
      date: REPORT_DATE,
      locale: 'en-US',
      paper: 'a4',
      templates: registry,
    });
    const pdf = join(dir, 'cover.pdf');
    writeFileSync(pdf, renderReportPdf(model, { fonts: await reportFonts() }));
    const out = join(dir, 'cover');
    const run = spawnSync('pdftoppm', [
      '-r',
      '24',
      '-gray',
      '-f',
      '1',
      '-l',
      '1',
      '-singlefile',
      pdf,
      out,
    ]);
    expect(run.status, String(run.stderr)).toBe(0);
    const actual = readFileSync(`${out}.pgm`);
    if (process.env['UPDATE_VISUAL'] || !existsSync(FIXTURE)) {
      expect(
        process.env['CI'],
        'the cover fixture is missing; run with UPDATE_VISUAL=1',
      ).toBeFalsy();
      writeFileSync(FIXTURE, actual);
    }
    const a = readPgm(actual);
    const b = readPgm(readFileSync(FIXTURE));
    expect([a.width, a.height]).toEqual([b.width, b.height]);
    let sum = 0;
    let far = 0;
    for (let i = 0; i < a.pixels.length; i++) {
      const d = Math.abs(a.pixels[i]! - b.pixels[i]!);
      sum += d;
      if (d > 64) far++;
    }
    expect(sum / a.pixels.length / 255).toBeLessThan(0.01);
    expect(far / a.pixels.length).toBeLessThan(0.005);
  });
});
