/*
 * The PDF renderer lives in engine/report/pdf/ rather than in a top-level report/ folder: jsPDF's
 * Node build needs no DOM at import time (it touches `fs` only to load files by path, which we
 * never do) and its browser build is what Vite bundles, so the same module runs in the app, in a
 * worker, in Node and in tests. It is kept out of engine/index.ts so the simulation worker never
 * loads jsPDF.
 */
import { jsPDF as defaultJsPdf, type jsPDFOptions } from 'jspdf';
import { autoTable, type CellHookData } from 'jspdf-autotable';
import type { ChartSpec } from '../../charts/chart-spec.ts';
import { contentWidth, MARGIN, PAGE_SIZE } from '../page.ts';
import type { KeyFigure, Paper, ReportBlock, ReportColumn, ReportModel } from '../report-model.ts';
import { ACCENT, HEAD_FILL, INK, MUTED, PANEL, RULE } from './colors.ts';
import { drawChart } from './draw-chart.ts';
import { standardFonts, toBinaryString, type ReportFonts } from './fonts.ts';
import { withStreamCompression, type Deflate } from './stream-compression.ts';
import { shapeOnlyRightToLeftText } from './right-to-left.ts';
import { rememberTextWidths } from './text-width-memo.ts';
import {
  CELL_PADDING_X,
  CELL_PADDING_Y,
  layoutTable,
  TABLE_TYPE,
  type TableBlock,
  type TableLayout,
} from './table-layout.ts';
import { fitToWidth, truncateToWidth, wrapToWidth, type FontSet } from './text-fit.ts';

/** What the renderer needs of jsPDF: its constructor with an options object. */
export type JsPdfConstructor = new (options: jsPDFOptions) => InstanceType<typeof defaultJsPdf>;

export type RenderOptions = {
  /** The jsPDF class; tests and other environments may pass their own build. */
  jsPDF?: JsPdfConstructor;
  /** Fonts to embed (`loadReportFonts`); Helvetica (Latin-1 only) by default. */
  fonts?: ReportFonts;
  /** Paper size; the model's by default. */
  paper?: Paper;
  /** Compresses the PDF's streams; jsPDF's JavaScript zlib by default (Node passes its own). */
  deflate?: Deflate;
};

/** Type sizes (pt) and spacing: one scale for the whole report. */
const TYPE = {
  title: 20,
  heading: 11.5,
  lead: 10.5,
  body: 9.5,
  note: 8,
  running: 7.5,
} as const;
const LEADING = 1.38;
const GAP = 10;

/** Latin-1 only: what Helvetica can show. Everything else becomes "?". */
const cleanForStandard = (text: string) => text.replace(/[^\u0020-\u00ff€…–—‘’“”•\n]/g, '?');

function registerFonts(doc: InstanceType<JsPdfConstructor>, fonts: ReportFonts): FontSet {
  if (fonts.kind === 'standard') return { family: 'helvetica', clean: cleanForStandard };
  doc.addFileToVFS(`${fonts.family}.ttf`, toBinaryString(fonts.regular));
  doc.addFont(`${fonts.family}.ttf`, fonts.family, 'normal');
  doc.addFileToVFS(`${fonts.family}-Bold.ttf`, toBinaryString(fonts.bold));
  doc.addFont(`${fonts.family}-Bold.ttf`, fonts.family, 'bold');
  return { family: fonts.family, clean: (text) => text };
}

type Doc = InstanceType<JsPdfConstructor>;

/** A cursor down the pages: where the next block goes, and a new page when it does not fit. */
class Flow {
  y: number = MARGIN.top;
  readonly width: number;
  readonly left = MARGIN.left;
  readonly bottom: number;

  constructor(
    readonly doc: Doc,
    readonly fonts: FontSet,
    readonly paper: Paper,
  ) {
    this.width = contentWidth(paper);
    this.bottom = PAGE_SIZE[paper].height - MARGIN.bottom;
  }

  newPage(): void {
    this.doc.addPage(this.paper, 'portrait');
    this.y = MARGIN.top;
  }

  /** Makes room for `height` points, starting a page if needed (unless the page is empty). */
  ensure(height: number): void {
    if (this.y + height > this.bottom && this.y > MARGIN.top) this.newPage();
  }

  private readonly tables = new Map<TableBlock, TableLayout>();

  /** A table's layout, measured once (a heading before it asks for its height first). */
  tableLayout(block: TableBlock): TableLayout {
    let layout = this.tables.get(block);
    if (!layout) {
      layout = layoutTable(this.doc, this.fonts, this.width, block);
      this.tables.set(block, layout);
    }
    return layout;
  }

  font(weight: 'normal' | 'bold', size: number, color = INK): void {
    this.doc.setFont(this.fonts.family, weight);
    this.doc.setFontSize(size);
    this.doc.setTextColor(color);
  }

  /** Wrapped text, line by line, breaking pages between lines. */
  text(
    text: string,
    options: {
      size: number;
      weight?: 'normal' | 'bold';
      color?: string;
      indent?: number;
      after?: number;
    },
  ): void {
    const indent = options.indent ?? 0;
    this.font(options.weight ?? 'normal', options.size, options.color);
    const lines = wrapToWidth(this.doc, this.fonts.clean(text), this.width - indent);
    const lineHeight = options.size * LEADING;
    for (const line of lines) {
      this.ensure(lineHeight);
      this.font(options.weight ?? 'normal', options.size, options.color);
      this.doc.text(line, this.left + indent, this.y + options.size * 0.8);
      this.y += lineHeight;
    }
    this.y += options.after ?? GAP * 0.6;
  }
}

function sectionTitle(flow: Flow, title: string): void {
  flow.font('bold', TYPE.title, INK);
  const text = truncateToWidth(flow.doc, flow.fonts.clean(title), flow.width);
  flow.doc.text(text, flow.left, flow.y + TYPE.title * 0.8);
  // Below the descenders ("Executive summary"), not through them.
  flow.y += TYPE.title * 1.35;
  flow.doc.setDrawColor(ACCENT);
  flow.doc.setLineWidth(1.5);
  flow.doc.line(flow.left, flow.y, flow.left + 36, flow.y);
  flow.y += GAP * 1.4;
}

function heading(flow: Flow, text: string): void {
  // Keep a heading with at least a few lines of what follows it.
  flow.ensure(TYPE.heading * 1.6 + 48);
  flow.y += GAP * 0.4;
  flow.text(text, { size: TYPE.heading, weight: 'bold', after: GAP * 0.3 });
}

function figures(flow: Flow, items: readonly KeyFigure[], large = false): void {
  const perRow = Math.min(4, items.length);
  const gap = 8;
  const boxWidth = (flow.width - gap * (perRow - 1)) / perRow;
  const height = large ? 64 : 54;
  const pad = 8;
  for (let i = 0; i < items.length; i += perRow) {
    flow.ensure(height + gap);
    items.slice(i, i + perRow).forEach((item, k) => {
      const x = flow.left + k * (boxWidth + gap);
      const y = flow.y;
      flow.doc.setFillColor(PANEL);
      flow.doc.rect(x, y, boxWidth, height, 'F');
      flow.doc.setFillColor(ACCENT);
      flow.doc.rect(x, y, 2, height, 'F');
      const inner = boxWidth - pad * 2;
      const label = fitToWidth(flow.doc, flow.fonts, item.label, 'normal', TYPE.note, inner);
      flow.font('normal', label.size, MUTED);
      flow.doc.text(label.text, x + pad, y + pad + TYPE.note * 0.8);
      const valueSize = large ? 17 : 14;
      const value = fitToWidth(flow.doc, flow.fonts, item.value, 'bold', valueSize, inner);
      flow.font('bold', value.size, INK);
      flow.doc.text(value.text, x + pad, y + pad + TYPE.note + 4 + valueSize * 0.8);
      if (item.note) {
        const note = fitToWidth(flow.doc, flow.fonts, item.note, 'normal', TYPE.note - 0.5, inner);
        flow.font('normal', note.size, MUTED);
        flow.doc.text(note.text, x + pad, y + height - pad);
      }
    });
    flow.y += height + gap;
  }
  flow.y += GAP * 0.4;
}

function list(flow: Flow, items: readonly string[]): void {
  for (const item of items) {
    flow.font('normal', TYPE.body, INK);
    const lines = wrapToWidth(flow.doc, flow.fonts.clean(item), flow.width - 12);
    const lineHeight = TYPE.body * LEADING;
    lines.forEach((line, i) => {
      flow.ensure(lineHeight);
      flow.font('normal', TYPE.body, INK);
      if (i === 0) {
        flow.doc.setTextColor(ACCENT);
        flow.doc.text('•', flow.left + 2, flow.y + TYPE.body * 0.8);
        flow.doc.setTextColor(INK);
      }
      flow.doc.text(line, flow.left + 12, flow.y + TYPE.body * 0.8);
      flow.y += lineHeight;
    });
    flow.y += 3;
  }
  flow.y += GAP * 0.5;
}

/** Tables of at most this many rows are kept on one page. */
const KEEP_TOGETHER_ROWS = 16;

/** Cells arrive broken into lines already (`layoutTable`): autotable draws them as they are. */
const asLaidOut = (lines: string | string[]) => lines;

function table(flow: Flow, block: TableBlock): void {
  if (block.rows.length === 0) {
    flow.text('None.', { size: TYPE.body, color: MUTED });
    return;
  }
  const layout = flow.tableLayout(block);
  const columnStyles: Record<number, { cellWidth: number; halign: 'left' | 'right' }> = {};
  block.columns.forEach((c: ReportColumn, i) => {
    columnStyles[i] = { cellWidth: layout.widths[i]!, halign: c.align ?? 'left' };
  });
  const emphasis = new Set(block.emphasis ?? []);
  // A short table moves whole to the next page rather than leave a row or two behind; a long
  // one starts where it is, with at least its head and first row together.
  flow.ensure(block.rows.length <= KEEP_TOGETHER_ROWS ? layout.height : 44);
  const joined = (cells: string[][]) => cells.map((lines) => lines.join('\n'));
  autoTable(flow.doc, {
    startY: flow.y,
    margin: { left: MARGIN.left, right: MARGIN.right, top: MARGIN.top, bottom: MARGIN.bottom },
    tableWidth: flow.width,
    head: [joined(layout.header)],
    body: layout.rows.map(joined),
    theme: 'plain',
    rowPageBreak: 'avoid',
    pageBreak: 'auto',
    showHead: 'everyPage',
    styles: {
      font: flow.fonts.family,
      fontStyle: 'normal',
      fontSize: TABLE_TYPE,
      textColor: INK,
      cellPadding: {
        top: CELL_PADDING_Y,
        bottom: CELL_PADDING_Y,
        left: CELL_PADDING_X,
        right: CELL_PADDING_X,
      },
      overflow: asLaidOut,
      valign: 'top',
      lineColor: RULE,
      lineWidth: { bottom: 0.4, top: 0, left: 0, right: 0 },
    },
    headStyles: {
      font: flow.fonts.family,
      fontStyle: 'bold',
      fillColor: HEAD_FILL,
      textColor: INK,
    },
    columnStyles,
    didParseCell: (data: CellHookData) => {
      if (data.section === 'head')
        data.cell.styles.halign = columnStyles[data.column.index]?.halign ?? 'left';
      if (data.section === 'body' && emphasis.has(data.row.index)) {
        data.cell.styles.fontStyle = 'bold';
        data.cell.styles.fillColor = PANEL;
      }
    },
  });
  const finalY = (flow.doc as unknown as { lastAutoTable?: { finalY: number } }).lastAutoTable
    ?.finalY;
  flow.y = (finalY ?? flow.y) + GAP;
}

function chart(flow: Flow, spec: ChartSpec): void {
  const height = spec.height * (flow.width / spec.width);
  flow.font('normal', TYPE.note, MUTED);
  const description = wrapToWidth(flow.doc, flow.fonts.clean(spec.description), flow.width);
  const titleHeight = TYPE.body * LEADING + 4;
  const descriptionHeight = description.length * TYPE.note * LEADING;
  flow.ensure(titleHeight + height + descriptionHeight + GAP);
  flow.text(spec.title, { size: TYPE.body, weight: 'bold', after: 4 });
  drawChart(flow.doc, spec, flow.left, flow.y, flow.width, flow.fonts);
  flow.y += height + 4;
  flow.font('normal', TYPE.note, MUTED);
  for (const line of description) {
    flow.doc.text(line, flow.left, flow.y + TYPE.note * 0.8);
    flow.y += TYPE.note * LEADING;
  }
  flow.y += GAP * 1.2;
}

/** Before a heading: room for it and what it introduces, when that is a short table or a chart. */
function keepWithNext(flow: Flow, next: ReportBlock | undefined): void {
  const headingHeight = TYPE.heading * LEADING + GAP;
  if (next?.kind === 'table' && next.rows.length <= KEEP_TOGETHER_ROWS) {
    flow.ensure(headingHeight + flow.tableLayout(next).height);
  } else if (next?.kind === 'chart') {
    flow.ensure(headingHeight + next.chart.height * (flow.width / next.chart.width) + 40);
  }
}

function block(flow: Flow, b: ReportBlock): void {
  switch (b.kind) {
    case 'heading':
      return heading(flow, b.text);
    case 'paragraph': {
      const size = b.tone === 'lead' ? TYPE.lead : b.tone === 'note' ? TYPE.note : TYPE.body;
      return flow.text(b.text, {
        size,
        color: b.tone === 'note' ? MUTED : INK,
        after: b.tone === 'lead' ? GAP : GAP * 0.6,
      });
    }
    case 'figures':
      return figures(flow, b.items);
    case 'list':
      return list(flow, b.items);
    case 'table':
      return table(flow, b);
    case 'chart':
      return chart(flow, b.chart);
  }
}

function cover(flow: Flow, model: ReportModel): void {
  const { doc } = flow;
  const c = model.cover;
  doc.setFillColor(ACCENT);
  doc.rect(0, 0, PAGE_SIZE[flow.paper].width, 8, 'F');
  flow.y = 150;
  flow.text(c.kind.toUpperCase(), { size: 10, weight: 'bold', color: ACCENT, after: 10 });
  flow.font('bold', 26, INK);
  const lines = wrapToWidth(doc, flow.fonts.clean(c.project), flow.width);
  // At most three lines of title; a longer name ends with "…" on the third.
  const title = lines.slice(0, 3);
  if (lines.length > 3) title[2] = truncateToWidth(doc, `${title[2]}…`, flow.width);
  for (const line of title) {
    doc.text(line, flow.left, flow.y + 26 * 0.8);
    flow.y += 26 * 1.2;
  }
  flow.y += 4;
  flow.text(`Scenario: ${c.scenario}`, { size: 13, color: MUTED, after: 18 });
  doc.setDrawColor(RULE);
  doc.setLineWidth(0.8);
  doc.line(flow.left, flow.y, flow.left + flow.width, flow.y);
  flow.y += 22;
  flow.text(c.headline, { size: 15, after: 22 });
  figures(flow, c.figures, true);
  flow.y += 8;
  flow.text(
    'P50: as likely as not, half of the simulated outcomes are lower. P80: four in five outcomes stay within it — a safer figure to commit to.',
    { size: TYPE.note, color: MUTED },
  );
  const by = [c.author && `Prepared by ${c.author}`, c.date].filter(Boolean).join(' · ');
  flow.y = flow.bottom - 30;
  flow.text(by, { size: TYPE.body, color: INK, after: 2 });
  flow.text(
    'Made with Fathom: what a machine-learning project will really cost, hidden work included.',
    {
      size: TYPE.note,
      color: MUTED,
    },
  );
}

function runningHeadersAndFooters(
  doc: Doc,
  fonts: FontSet,
  model: ReportModel,
  paper: Paper,
): void {
  const pages = doc.getNumberOfPages();
  const { width, height } = PAGE_SIZE[paper];
  const right = width - MARGIN.right;
  const inner = contentWidth(paper);
  for (let page = 1; page <= pages; page++) {
    doc.setPage(page);
    doc.setFont(fonts.family, 'normal');
    doc.setFontSize(TYPE.running);
    doc.setTextColor(MUTED);
    if (page > 1) {
      const kind = fonts.clean(model.cover.kind);
      const kindWidth = doc.getTextWidth(kind);
      doc.text(
        truncateToWidth(doc, fonts.clean(model.header), inner - kindWidth - 24),
        MARGIN.left,
        40,
      );
      doc.text(kind, right - kindWidth, 40);
      doc.setDrawColor(RULE);
      doc.setLineWidth(0.5);
      doc.line(MARGIN.left, 46, right, 46);
    }
    const pageText = `Page ${page} of ${pages}`;
    const pageWidth = doc.getTextWidth(pageText);
    doc.setDrawColor(RULE);
    doc.setLineWidth(0.5);
    doc.line(MARGIN.left, height - 44, right, height - 44);
    doc.text(
      truncateToWidth(doc, fonts.clean(model.footer), inner - pageWidth - 24),
      MARGIN.left,
      height - 32,
    );
    doc.text(pageText, right - pageWidth, height - 32);
  }
}

/**
 * Lays the report model out as a PDF: cover, one section per page group, tables that repeat
 * their head and never split a row, vector charts, running headers and "Page n of N" footers.
 * Environment-free: jsPDF and the fonts are parameters with defaults (STYLE.md), so the CLI,
 * the app and tests each supply theirs.
 */
export function renderReportPdf(model: ReportModel, options: RenderOptions = {}): Uint8Array {
  const { jsPDF = defaultJsPdf, fonts = standardFonts, paper = model.paper } = options;
  const doc = new jsPDF({ unit: 'pt', format: paper, orientation: 'portrait', compress: true });
  shapeOnlyRightToLeftText(jsPDF as unknown as typeof defaultJsPdf, doc);
  rememberTextWidths(doc);
  const fontSet = registerFonts(doc, fonts);
  doc.setProperties({
    title: fontSet.clean(model.metadata.title),
    subject: model.metadata.subject,
    author: fontSet.clean(model.metadata.author),
    keywords: model.metadata.keywords,
    creator: 'Fathom',
  });
  // Same model, same bytes: the dates and file id come from the report, not the clock.
  doc.setCreationDate(`D:${model.metadata.date.replaceAll('-', '')}000000+00'00'`);
  doc.setFileId(fileId(model));
  doc.setLanguage(model.locale as Parameters<Doc['setLanguage']>[0]);

  const flow = new Flow(doc, fontSet, paper);
  cover(flow, model);
  for (const section of model.sections) {
    flow.newPage();
    sectionTitle(flow, section.title);
    section.blocks.forEach((b, i) => {
      if (b.kind === 'heading') keepWithNext(flow, section.blocks[i + 1]);
      block(flow, b);
    });
  }
  runningHeadersAndFooters(doc, fontSet, model, paper);
  return new Uint8Array(
    withStreamCompression(jsPDF as unknown as typeof defaultJsPdf, options.deflate, () =>
      doc.output('arraybuffer'),
    ),
  );
}

/** A stable 32-hex-digit file id from the report's identity (FNV-1a, four lanes). */
function fileId(model: ReportModel): string {
  const text = `${model.title}|${model.footer}|${model.header}|${model.keyNumbers.costP80}`;
  let out = '';
  for (let lane = 0; lane < 4; lane++) {
    let h = 0x811c9dc5 ^ lane;
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    out += (h >>> 0).toString(16).padStart(8, '0');
  }
  return out.toUpperCase();
}
