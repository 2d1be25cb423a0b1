import type { jsPDF } from 'jspdf';
import type { ReportBlock } from '../report-model.ts';
import { wrapToWidth, type FontSet } from './text-fit.ts';

export type TableBlock = Extract<ReportBlock, { kind: 'table' }>;

/** The tables' type size (pt) and cell padding, shared with the renderer's autotable styles. */
export const TABLE_TYPE = 8;
export const CELL_PADDING_X = 4;
export const CELL_PADDING_Y = 3;
/** jsPDF's line height factor, by which autotable spaces a cell's lines. */
const LINE_HEIGHT = 1.15;
/**
 * Autotable wraps a cell's text 1 / scale factor wider than its inner width ("rounding error"):
 * one point, the report's unit.
 */
const WRAP_SLACK = 1;

/**
 * A table measured once: its column widths, each cell broken into the lines it is drawn with
 * (header and emphasised rows in bold), and its height. The renderer hands these lines to
 * autotable as they are, so the height it planned pages with is the height drawn, and no cell is
 * measured and wrapped a second time.
 */
export type TableLayout = {
  widths: number[];
  header: string[][];
  rows: string[][][];
  height: number;
};

type Weight = 'normal' | 'bold';

/** The widest single word of `text` in the current font: a column narrower than it breaks words. */
function longestWord(doc: jsPDF, text: string): number {
  let widest = 0;
  for (const word of text.split(/\s+/)) if (word) widest = Math.max(widest, doc.getTextWidth(word));
  return widest;
}

/**
 * Column widths from the columns' weights, widened where a header word or a short cell would
 * otherwise break mid-word ("Engageme-nt"); the room comes from the columns with the most slack.
 */
function columnWidths(doc: jsPDF, fonts: FontSet, width: number, block: TableBlock): number[] {
  const total = block.columns.reduce((sum, c) => sum + (c.weight ?? 1), 0);
  const widths = block.columns.map((c) => (width * (c.weight ?? 1)) / total);
  // A column is at least as wide as its header's longest word and its cells' longest short
  // word (numbers, dates, names); longer words may break.
  const shortWord = width / 4;
  const minimum = block.columns.map((c, i) => {
    doc.setFont(fonts.family, 'bold');
    let need = longestWord(doc, fonts.clean(c.header));
    doc.setFont(fonts.family, 'normal');
    for (const row of block.rows) {
      const word = longestWord(doc, fonts.clean(row[i] ?? ''));
      if (word <= shortWord) need = Math.max(need, word);
    }
    return need + CELL_PADDING_X * 2 + 1;
  });
  const least = minimum.reduce((a, b) => a + b, 0);
  if (least >= width) return minimum.map((m) => (m * width) / least);
  for (let pass = 0; pass < 3; pass++) {
    const deficit = widths.reduce((sum, w, i) => sum + Math.max(0, minimum[i]! - w), 0);
    if (deficit <= 0.01) break;
    const slack = widths.map((w, i) => Math.max(0, w - minimum[i]!));
    const totalSlack = slack.reduce((a, b) => a + b, 0);
    if (totalSlack <= 0) break;
    const take = Math.min(1, deficit / totalSlack);
    for (let i = 0; i < widths.length; i++) {
      widths[i] = widths[i]! < minimum[i]! ? minimum[i]! : widths[i]! - slack[i]! * take;
    }
  }
  return widths;
}

/** Lays out `block` across `width` points in the document's table type. */
export function layoutTable(
  doc: jsPDF,
  fonts: FontSet,
  width: number,
  block: TableBlock,
): TableLayout {
  doc.setFontSize(TABLE_TYPE);
  const widths = columnWidths(doc, fonts, width, block);
  const lineHeight = TABLE_TYPE * LINE_HEIGHT;
  let height = 0;
  const wrapRow = (cells: readonly string[], weight: Weight): string[][] => {
    doc.setFont(fonts.family, weight);
    const wrapped = cells.map((cell, i) =>
      wrapToWidth(doc, fonts.clean(cell), widths[i]! - CELL_PADDING_X * 2 + WRAP_SLACK),
    );
    const lines = Math.max(1, ...wrapped.map((cell) => cell.length));
    height += lines * lineHeight + CELL_PADDING_Y * 2;
    return wrapped;
  };
  const emphasis = new Set(block.emphasis ?? []);
  const header = wrapRow(
    block.columns.map((c) => c.header),
    'bold',
  );
  const rows = block.rows.map((row, r) =>
    wrapRow(
      block.columns.map((_, i) => row[i] ?? ''),
      emphasis.has(r) ? 'bold' : 'normal',
    ),
  );
  return { widths, header, rows, height };
}
