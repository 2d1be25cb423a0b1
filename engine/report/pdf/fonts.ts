/**
 * The report's fonts. jsPDF's built-in Helvetica covers only Latin-1 (no ł, no Cyrillic), so the
 * report embeds DejaVu Sans Condensed (Bitstream Vera licence: free to embed and redistribute,
 * see NOTICE.md), whose glyphs cover every European language. The files in assets/fonts/ are the
 * npm package `dejavu-fonts-ttf`'s with every glyph but without hinting and layout tables, which
 * the report never uses (scripts/lean-report-fonts.sh). The bytes come through a loader the
 * platform supplies: Node reads assets/fonts (cli/report/node-fonts.ts), the browser fetches a
 * bundled asset (`fetchFontBytes`).
 */

import { binaryString } from './binary-string.ts';

/** The font files the report uses, by their names in assets/fonts/. */
export const REPORT_FONT_FILES = {
  regular: 'DejaVuSansCondensed.ttf',
  bold: 'DejaVuSansCondensed-Bold.ttf',
} as const;

export type ReportFontFile = (typeof REPORT_FONT_FILES)[keyof typeof REPORT_FONT_FILES];

/** TrueType bytes of the report's two weights, or `standard` for jsPDF's Helvetica (Latin-1). */
export type ReportFonts =
  | { kind: 'embedded'; family: string; regular: Uint8Array; bold: Uint8Array }
  | { kind: 'standard' };

/** Reads one font file: from node_modules in Node, from a bundled asset in the browser. */
export type FontBytesLoader = (file: ReportFontFile) => Promise<Uint8Array>;

/**
 * Helvetica, built into every PDF reader: no bytes to load, but Latin-1 only; characters outside
 * it print as "?". The default only so that the renderer runs with no environment at all
 * (previews, quick tests); the CLI and the app always pass `loadReportFonts(…)`.
 */
export const standardFonts: ReportFonts = { kind: 'standard' };

/** Loads both weights with the platform's loader. */
export async function loadReportFonts(read: FontBytesLoader): Promise<ReportFonts> {
  const [regular, bold] = await Promise.all([
    read(REPORT_FONT_FILES.regular),
    read(REPORT_FONT_FILES.bold),
  ]);
  return { kind: 'embedded', family: 'DejaVuSansCondensed', regular, bold };
}

type FetchLike = (
  url: string,
) => Promise<{ ok: boolean; status: number; arrayBuffer(): Promise<ArrayBuffer> }>;

/**
 * A loader for the browser: `urls` are the bundled assets' URLs (with Vite,
 * `import regular from '../../assets/fonts/DejaVuSansCondensed.ttf?url'`).
 */
export function fetchFontBytes(
  urls: Record<ReportFontFile, string>,
  fetchImpl: FetchLike,
): FontBytesLoader {
  return async (file) => {
    const response = await fetchImpl(urls[file]);
    if (!response.ok)
      throw new Error(`could not load the report font ${file} (HTTP ${response.status})`);
    return new Uint8Array(await response.arrayBuffer());
  };
}

const binaryStrings = new WeakMap<Uint8Array, string>();

/**
 * The bytes as a binary string (one character per byte). jsPDF's virtual file system takes a
 * font as base64 or, when it starts with the TrueType signature, as this: no encoding and
 * decoding of a megabyte of base64 per report. Cached per font, for the app's repeated exports.
 */
export function toBinaryString(bytes: Uint8Array): string {
  const cached = binaryStrings.get(bytes);
  if (cached !== undefined) return cached;
  const text = binaryString(bytes);
  binaryStrings.set(bytes, text);
  return text;
}
