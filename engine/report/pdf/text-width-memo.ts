import type { jsPDF } from 'jspdf';

/**
 * Makes `doc.getTextWidth` remember what it measured. A report measures the same strings again and
 * again: each table's words when its columns are sized, then autotable measures every cell and
 * word once more, and jsPDF walks the string's glyphs (and its Arabic shaper) every time. A width
 * depends only on the text, the font, its size and the character spacing, which make the key.
 * Per document; jsPDF's class is untouched.
 */
export function rememberTextWidths(doc: jsPDF): void {
  const measure = doc.getTextWidth.bind(doc);
  const widths = new Map<string, number>();
  doc.getTextWidth = (text: string): number => {
    const { fontName, fontStyle } = doc.getFont();
    const key = `${fontName}\u0000${fontStyle}\u0000${doc.getFontSize()}\u0000${doc.getCharSpace()}\u0000${text}`;
    let width = widths.get(key);
    if (width === undefined) {
      width = measure(text);
      widths.set(key, width);
    }
    return width;
  };
}
