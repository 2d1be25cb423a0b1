import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** One piece of text on a page, with its box in PDF points from the page's top left. */
export type TextItem = {
  text: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
  fontSize: number;
  /** Turned a quarter (axis titles). */
  rotated: boolean;
};

export type PdfPage = { width: number; height: number; items: TextItem[]; text: string };

/**
 * The text of a PDF page by page, as a reader extracts it (pdfjs, legacy build for Node): the
 * tests check the report's figures, titles and Unicode against it, and its positions for overlaps.
 */
export async function readPdf(bytes: Uint8Array): Promise<PdfPage[]> {
  const doc = await getDocument({
    data: new Uint8Array(bytes),
    useSystemFonts: false,
    verbosity: 0,
  }).promise;
  const pages: PdfPage[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const [, , width, height] = page.view as [number, number, number, number];
    const content = await page.getTextContent();
    const items: TextItem[] = [];
    for (const raw of content.items) {
      if (!('str' in raw) || raw.str.trim() === '') continue;
      const [a, b, , , e, f] = raw.transform as [number, number, number, number, number, number];
      const fontSize = Math.hypot(a, b);
      const rotated = Math.abs(b) > Math.abs(a);
      // Baseline at (e, f) in PDF space (origin bottom left); ascent ≈ 0.76 em, descent ≈ 0.24 em.
      const baseline = height - f;
      if (rotated) {
        items.push({
          text: raw.str,
          left: e - fontSize * 0.76,
          right: e + fontSize * 0.24,
          top: baseline - raw.width,
          bottom: baseline,
          fontSize,
          rotated,
        });
      } else {
        items.push({
          text: raw.str,
          left: e,
          right: e + raw.width,
          top: baseline - fontSize * 0.76,
          bottom: baseline + fontSize * 0.24,
          fontSize,
          rotated,
        });
      }
    }
    pages.push({ width, height, items, text: items.map((i) => i.text).join('\n') });
  }
  await doc.destroy();
  return pages;
}

/** All the text of a PDF, pages joined, with runs of white space made single spaces. */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  const pages = await readPdf(bytes);
  return pages
    .map((p) => p.items.map((i) => i.text).join(' '))
    .join('\n')
    .replace(/[ \t]+/g, ' ');
}
