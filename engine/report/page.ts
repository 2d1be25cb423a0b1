import type { Paper } from './report-model.ts';

/**
 * Page geometry in PDF points (1/72 in), shared by the report model (which sizes its charts to
 * the text width) and the renderer (which lays the pages out).
 */
export const PAGE_SIZE: Record<Paper, { width: number; height: number }> = {
  a4: { width: 595.28, height: 841.89 },
  letter: { width: 612, height: 792 },
};

export const MARGIN = { left: 56, right: 56, top: 68, bottom: 64 } as const;

/** Width of the text column of a page. */
export function contentWidth(paper: Paper): number {
  return PAGE_SIZE[paper].width - MARGIN.left - MARGIN.right;
}

/**
 * Points per chart pixel. Chart specs are laid out in pixels with 11–12 px labels; at 0.75 pt
 * per pixel those print at 8–9 pt, the size of a table's text.
 */
export const CHART_SCALE = 0.75;

/** A chart's pixel size so that it fills the text width at `CHART_SCALE`. */
export function chartPixels(paper: Paper, aspect = 0.5): { width: number; height: number } {
  const width = Math.floor(contentWidth(paper) / CHART_SCALE);
  return { width, height: Math.round(width * aspect) };
}
