import type { ChartSpec } from '../charts/chart-spec.ts';

/** Paper sizes the report is laid out for. */
export type Paper = 'a4' | 'letter';

/** A figure in a row of key figures: "P80 cost" over "$812,000". */
export type KeyFigure = { label: string; value: string; note?: string };

export type ReportColumn = {
  header: string;
  /** Numbers are right-aligned so their digits line up. */
  align?: 'left' | 'right';
  /** Relative width; text columns that may wrap get more. Default 1. */
  weight?: number;
};

/** The content of a section, in reading order. Every string is final, numbers formatted. */
export type ReportBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string; tone?: 'lead' | 'body' | 'note' }
  | { kind: 'figures'; items: KeyFigure[] }
  | { kind: 'list'; items: string[] }
  | {
      kind: 'table';
      /** For screen readers and tests; not printed (the heading before the table says it). */
      caption: string;
      columns: ReportColumn[];
      rows: string[][];
      /** Row indices to print in bold (totals). */
      emphasis?: number[];
    }
  | { kind: 'chart'; chart: ChartSpec };

export type SectionId =
  | 'summary'
  | 'cost'
  | 'schedule'
  | 'sensitivity'
  | 'risks'
  | 'scenarios'
  | 'running'
  | 'assumptions'
  | 'method';

export type ReportSection = { id: SectionId; title: string; blocks: ReportBlock[] };

export type ReportCover = {
  /** "Stakeholder report" */
  kind: string;
  project: string;
  scenario: string;
  author: string;
  date: string;
  /** One sentence with the P80 cost and launch date. */
  headline: string;
  figures: KeyFigure[];
};

/**
 * The stakeholder report as data (DESIGN §1, first step): sections of paragraphs, tables and
 * chart specifications, every number already formatted. Renderers (jsPDF today) only lay it out.
 */
export type ReportModel = {
  title: string;
  locale: string;
  currency: string;
  paper: Paper;
  /** Running header of every page after the cover. */
  header: string;
  /** Left part of the footer (method in short); the renderer adds "Page n of N". */
  footer: string;
  cover: ReportCover;
  sections: ReportSection[];
  /** The headline numbers as printed, for callers that need them (CLI summary, tests). */
  keyNumbers: { costP50: string; costP80: string; finishP50: string; finishP80: string };
  /** PDF metadata. */
  metadata: { title: string; subject: string; author: string; keywords: string; date: string };
};
