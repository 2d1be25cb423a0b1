import { jsPDF } from 'jspdf';
import { describe, expect, it } from 'vitest';
import { rememberTextWidths } from './text-width-memo.ts';

/** A few states a width depends on: font, style, size and character spacing. */
const states: [font: string, style: string, size: number, charSpace: number][] = [
  ['helvetica', 'normal', 8, 0],
  ['helvetica', 'bold', 8, 0],
  ['helvetica', 'normal', 11.5, 0],
  ['times', 'normal', 8, 0],
  ['helvetica', 'normal', 8, 1.5],
];
const texts = ['Data access and collection', 'W', 'iii', '€1,200 (P80)', ''];

function setState(doc: jsPDF, [font, style, size, charSpace]: (typeof states)[number]) {
  doc.setFont(font, style);
  doc.setFontSize(size);
  doc.setCharSpace(charSpace);
}

describe('rememberTextWidths', () => {
  it('gives the widths jsPDF measures, whatever the font, style, size and spacing', () => {
    const plain = new jsPDF({ unit: 'pt' });
    const remembering = new jsPDF({ unit: 'pt' });
    rememberTextWidths(remembering);
    // Twice round, so the second pass reads what the first remembered.
    for (let pass = 0; pass < 2; pass++) {
      for (const state of states) {
        setState(plain, state);
        setState(remembering, state);
        for (const text of texts) {
          expect(remembering.getTextWidth(text), `${state.join(' ')}: ${text}`).toBe(
            plain.getTextWidth(text),
          );
        }
      }
    }
  });

  it('measures each text once per font state', () => {
    const doc = new jsPDF({ unit: 'pt' });
    let measured = 0;
    const measure = doc.getTextWidth.bind(doc);
    doc.getTextWidth = (text: string) => {
      measured++;
      return measure(text);
    };
    rememberTextWidths(doc);
    for (let pass = 0; pass < 3; pass++) {
      for (const state of states) {
        setState(doc, state);
        for (const text of texts) doc.getTextWidth(text);
      }
    }
    expect(measured).toBe(states.length * texts.length);
  });
});
