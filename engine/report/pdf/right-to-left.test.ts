import fc from 'fast-check';
import { jsPDF } from 'jspdf';
import { beforeAll, describe, expect, it } from 'vitest';
import { reportFonts } from '../../../test/fixtures/report.ts';
import { toBinaryString, type ReportFonts } from './fonts.ts';
import { shapeOnlyRightToLeftText } from './right-to-left.ts';

type Payload = { text: unknown };
type Topics = Record<string, Record<string, [(payload: Payload) => unknown, boolean]>>;

/** A document's text handlers for `topic`, in the order jsPDF runs them. */
function handlers(doc: jsPDF, topic: string) {
  const topics = (
    doc.internal as unknown as { events: { getTopics(): Topics } }
  ).events.getTopics();
  return Object.values(topics[topic] ?? {}).map(([callback]) => callback);
}

/** What jsPDF's own Arabic shaper and bidi plugin make of `text`, run as a document runs them. */
function shapedByJsPdf(text: string): unknown {
  const doc = new jsPDF();
  const payload: Payload = { text };
  const arabic = handlers(doc, 'preProcessText').filter(
    (h) => h === (jsPDF.API as { processArabic?: unknown }).processArabic,
  );
  const bidi = handlers(doc, 'postProcessText').filter((h) => String(h).includes('doBidiReorder'));
  expect(arabic).toHaveLength(1);
  expect(bidi).toHaveLength(1);
  arabic[0]!.call(doc, payload);
  bidi[0]!.call(doc, payload);
  return payload.text;
}

let fonts: ReportFonts;
beforeAll(async () => {
  fonts = await reportFonts();
});

/** A one-page document in the report's font, made the same way twice but for the guard. */
function render(lines: string[], guarded: boolean): string {
  const doc = new jsPDF({ unit: 'pt', format: 'a4', compress: false });
  if (guarded) expect(shapeOnlyRightToLeftText(jsPDF, doc)).toBe(2);
  if (fonts.kind === 'standard') throw new Error('the report fixtures embed a Unicode font');
  doc.addFileToVFS('Report.ttf', toBinaryString(fonts.regular));
  doc.addFont('Report.ttf', 'Report', 'normal');
  doc.setFont('Report', 'normal');
  doc.setCreationDate("D:20261130000000+00'00'");
  doc.setFileId('00000000000000000000000000000000');
  lines.forEach((line, i) => doc.text(line, 40, 60 + i * 14));
  doc.text(lines, 40, 400);
  return doc.output();
}

/** Characters of every script and symbol set a plan's names and notes are likely to use. */
const leftToRight = fc.string({
  unit: fc
    .oneof(
      fc.integer({ min: 0x20, max: 0x24f }), // ASCII, Latin-1, Latin Extended-A/B
      fc.integer({ min: 0x370, max: 0x58f }), // Greek, Cyrillic, Armenian
      fc
        .integer({ min: 0x2000, max: 0x2069 })
        .filter((c) => c < 0x200e || (c > 0x200f && c < 0x202a) || (c > 0x202e && c < 0x2066)), // punctuation, spaces
      fc.integer({ min: 0x20a0, max: 0x2bff }), // currency, arrows, maths, boxes
      fc.integer({ min: 0x3000, max: 0x30ff }), // CJK punctuation, kana
      fc.integer({ min: 0x4e00, max: 0x4fff }), // CJK ideographs
      fc.constantFrom(0x09, 0xa0, 0x28, 0x29, 0x5b, 0x5d, 0x7b, 0x7d, 0x3c, 0x3e),
    )
    .map((code) => String.fromCodePoint(code)),
  maxLength: 40,
});

describe('right-to-left shaping only where there is right-to-left text', () => {
  it('finds both of jsPDF’s right-to-left plugins on a document', () => {
    expect(shapeOnlyRightToLeftText(jsPDF, new jsPDF())).toBe(2);
  });

  it('skips only what would not change: jsPDF’s plugins leave left-to-right text as it is', () => {
    fc.assert(
      fc.property(leftToRight, (text) => {
        expect(shapedByJsPdf(text)).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  it('draws left-to-right and right-to-left text exactly as jsPDF does unguarded', () => {
    const lines = [
      'Łódź, München, Ærøskøbing — €1,200 (P80) [draft] {v2} <ok>',
      'Київ, Αθήνα, Երևան: 3 × 4 ≥ 12',
      'תיוג נתונים (שלב 2)',
      'تنظيف البيانات 2027',
      'Labeling: תיוג and تنظيف, 45%',
      '\u202bembedded\u202c and \u200fmarked\u200e',
    ];
    const guarded = render(lines, true);
    expect(guarded).toBe(render(lines, false));
    // Not a vacuous comparison: the plugins do change the Arabic line (its letters become their
    // joined presentation forms), and the guarded document drew it that way too.
    expect(shapedByJsPdf(lines[3]!)).not.toBe(lines[3]);
  });
});
