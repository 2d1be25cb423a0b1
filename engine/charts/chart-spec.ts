/**
 * A chart laid out in pure data: marks in a pixel space of `width` × `height`, plus the table of
 * the numbers it shows. The app draws it as SVG, the PDF report as vector drawing operations, so
 * both show the same chart (DESIGN §1). Coordinates have their origin top left.
 */
export type ChartMark =
  | {
      kind: 'rect';
      x: number;
      y: number;
      width: number;
      height: number;
      fill: ChartColor;
      opacity?: number;
      label?: string;
    }
  | {
      kind: 'line';
      x1: number;
      y1: number;
      x2: number;
      y2: number;
      stroke: ChartColor;
      width?: number;
      dash?: number[];
    }
  | {
      kind: 'path';
      points: readonly (readonly [number, number])[];
      stroke: ChartColor;
      width?: number;
      dash?: number[];
    }
  | {
      kind: 'text';
      x: number;
      y: number;
      text: string;
      anchor?: 'start' | 'middle' | 'end';
      size?: number;
      weight?: 'normal' | 'bold';
      fill?: ChartColor;
      /** Rotation in degrees, counter-clockwise (axis titles). */
      rotate?: number;
    };

/**
 * Colours by role, not by value, so the app can map them to its light and dark themes and the
 * PDF to print colours. `hidden` is the work below the waterline; `visible` the model work.
 */
export type ChartColor =
  | 'ink'
  | 'muted'
  | 'grid'
  | 'visible'
  | 'hidden'
  | 'accent'
  | 'p50'
  | 'p80'
  | 'positive'
  | 'negative'
  | 'water'
  | `series-${number}`;

export type ChartTable = { columns: string[]; rows: (string | number)[][] };

export type ChartSpec = {
  id: string;
  /** Accessible name of the chart and its title. */
  title: string;
  /** One or two sentences saying what the chart shows, in plain words (aria-description). */
  description: string;
  width: number;
  height: number;
  marks: ChartMark[];
  /** The numbers behind the chart, formatted, for the data-table view and screen readers. */
  table: ChartTable;
};
