import type { jsPDF } from 'jspdf';

/** The font family the document uses and how it writes characters it cannot show. */
export type FontSet = { family: string; clean: (text: string) => string };

const ELLIPSIS = '…';

function widthAt(
  doc: jsPDF,
  fonts: FontSet,
  text: string,
  weight: 'normal' | 'bold',
  size: number,
) {
  doc.setFont(fonts.family, weight);
  doc.setFontSize(size);
  return doc.getTextWidth(text);
}

/** `text` cut with "…" so that it is at most `maxWidth` wide in the current font. */
export function truncateToWidth(doc: jsPDF, text: string, maxWidth: number): string {
  if (doc.getTextWidth(text) <= maxWidth) return text;
  const glyphs = [...text];
  let lo = 0;
  let hi = glyphs.length;
  // The longest prefix that fits with the ellipsis (binary search on the glyph count).
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    const candidate = glyphs.slice(0, mid).join('').trimEnd() + ELLIPSIS;
    if (doc.getTextWidth(candidate) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  return lo === 0 ? '' : glyphs.slice(0, lo).join('').trimEnd() + ELLIPSIS;
}

/**
 * `text` at `size`, or smaller (down to 75%) so that it fits `maxWidth`; cut with "…" if even
 * that is too wide. Returns the text, size and real width to draw it with.
 */
export function fitToWidth(
  doc: jsPDF,
  fonts: FontSet,
  raw: string,
  weight: 'normal' | 'bold',
  size: number,
  maxWidth: number,
): { text: string; size: number; width: number } {
  const text = fonts.clean(raw);
  const width = widthAt(doc, fonts, text, weight, size);
  if (width <= maxWidth) return { text, size, width };
  const smaller = Math.max(size * 0.75, size * (maxWidth / width));
  const w2 = widthAt(doc, fonts, text, weight, smaller);
  if (w2 <= maxWidth) return { text, size: smaller, width: w2 };
  const cut = truncateToWidth(doc, text, maxWidth);
  return { text: cut, size: smaller, width: doc.getTextWidth(cut) };
}

/**
 * `text` broken into lines no wider than `maxWidth` in the current font (jsPDF's word wrap on
 * the real glyph widths); a line that still does not fit (one unbreakable word) is cut with "…".
 */
export function wrapToWidth(doc: jsPDF, text: string, maxWidth: number): string[] {
  const lines = doc.splitTextToSize(text, maxWidth) as string[];
  return lines.map((line) => truncateToWidth(doc, line, maxWidth));
}
