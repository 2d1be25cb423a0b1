/**
 * The report's fonts. jsPDF's built-in Helvetica covers only Latin-1 (no ł, no Cyrillic), so the
 * report embeds DejaVu Sans Condensed (npm `dejavu-fonts-ttf`, Bitstream Vera licence: free to
 * embed and redistribute, see NOTICE.md), whose glyphs cover every European language. The bytes
 * come through a loader the platform supplies: Node reads node_modules (cli/report/node-fonts.ts),
 * the browser fetches a bundled asset (`fetchFontBytes`).
 */

/** The font files the report uses, by their names in `dejavu-fonts-ttf/ttf/`. */
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
 * `import regular from 'dejavu-fonts-ttf/ttf/DejaVuSansCondensed.ttf?url'`).
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

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Base64 of bytes (jsPDF's virtual file system takes fonts as base64), without Buffer or btoa. */
export function toBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  const chunk: string[] = [];
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    chunk.push(
      BASE64[(n >> 18) & 63]! +
        BASE64[(n >> 12) & 63]! +
        (b === undefined ? '=' : BASE64[(n >> 6) & 63]!) +
        (c === undefined ? '=' : BASE64[n & 63]!),
    );
    if (chunk.length === 8192) {
      parts.push(chunk.join(''));
      chunk.length = 0;
    }
  }
  parts.push(chunk.join(''));
  return parts.join('');
}
