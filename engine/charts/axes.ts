import type { ChartColor, ChartMark } from './chart-spec.ts';
import type { Tick } from './scales.ts';
import { FONT, middleBaseline, text, textWidth, truncate } from './text.ts';

/** The plotting area inside a chart, in pixels. */
export type Plot = { left: number; top: number; right: number; bottom: number };

const TICK = 4;

/**
 * A bottom axis: base line, ticks, labels and a title below. End labels that would run past the
 * chart's edge are anchored to the edge instead of centred.
 */
export function bottomAxis(
  ticks: readonly Tick[],
  at: (value: number) => number,
  plot: Plot,
  chartWidth: number,
  title: string,
): ChartMark[] {
  const marks: ChartMark[] = [
    {
      kind: 'line',
      x1: plot.left,
      y1: plot.bottom,
      x2: plot.right,
      y2: plot.bottom,
      stroke: 'muted',
      width: 1,
    },
  ];
  const labelY = plot.bottom + TICK + FONT.tick + 2;
  for (const tick of ticks) {
    const x = at(tick.value);
    marks.push({
      kind: 'line',
      x1: x,
      y1: plot.bottom,
      x2: x,
      y2: plot.bottom + TICK,
      stroke: 'muted',
      width: 1,
    });
    const width = textWidth(tick.label, FONT.tick);
    const anchor = x - width / 2 < 1 ? 'start' : x + width / 2 > chartWidth - 1 ? 'end' : 'middle';
    const lx =
      anchor === 'start'
        ? Math.max(1, x - width / 2)
        : anchor === 'end'
          ? Math.min(chartWidth - 1, x + width / 2)
          : x;
    marks.push(text(lx, labelY, tick.label, { anchor, size: FONT.tick, fill: 'muted' }));
  }
  if (title) {
    const centre = (plot.left + plot.right) / 2;
    const label = truncate(title, chartWidth - 4, FONT.label);
    const half = textWidth(label, FONT.label) / 2;
    const x = Math.min(Math.max(centre, half + 2), chartWidth - half - 2);
    marks.push(
      text(x, labelY + FONT.label + 6, label, { anchor: 'middle', size: FONT.label, fill: 'ink' }),
    );
  }
  return marks;
}

/** Height a bottom axis needs below the plot (ticks, labels and, when given, a title). */
export function bottomAxisHeight(withTitle: boolean): number {
  return TICK + FONT.tick + 6 + (withTitle ? FONT.label + 8 : 0);
}

/** Horizontal grid lines at the ticks of a vertical axis. */
export function horizontalGrid(
  ticks: readonly Tick[],
  at: (value: number) => number,
  plot: Plot,
): ChartMark[] {
  return ticks.map((tick) => {
    const y = at(tick.value);
    return { kind: 'line', x1: plot.left, y1: y, x2: plot.right, y2: y, stroke: 'grid', width: 1 };
  });
}

/** Vertical grid lines at the ticks of a horizontal axis. */
export function verticalGrid(
  ticks: readonly Tick[],
  at: (value: number) => number,
  plot: Plot,
): ChartMark[] {
  return ticks.map((tick) => {
    const x = at(tick.value);
    return { kind: 'line', x1: x, y1: plot.top, x2: x, y2: plot.bottom, stroke: 'grid', width: 1 };
  });
}

/**
 * A vertical axis on the left or the right of the plot: tick labels beside the plot and the
 * title rotated along the chart's edge (reading bottom to top). `title` may list alternatives,
 * longest first, for short plots.
 */
export function verticalAxis(
  side: 'left' | 'right',
  ticks: readonly Tick[],
  at: (value: number) => number,
  plot: Plot,
  chartWidth: number,
  title: string | readonly string[],
  titleFill: ChartColor = 'ink',
): ChartMark[] {
  const marks: ChartMark[] = [];
  const x = side === 'left' ? plot.left : plot.right;
  for (const tick of ticks) {
    const y = at(tick.value);
    marks.push(
      text(side === 'left' ? x - 6 : x + 6, middleBaseline(y, FONT.tick), tick.label, {
        anchor: side === 'left' ? 'end' : 'start',
        size: FONT.tick,
        fill: 'muted',
      }),
    );
  }
  // The first of the alternative titles that fits along the plot's height; else the last, cut.
  const titles = typeof title === 'string' ? [title] : title;
  const room = plot.bottom - plot.top;
  const chosen =
    titles.find((t) => textWidth(t, FONT.label) <= room) ?? titles[titles.length - 1] ?? '';
  if (chosen) {
    const label = truncate(chosen, room, FONT.label);
    const middle = (plot.top + plot.bottom) / 2;
    // Rotated text: the baseline runs along x; keep the glyphs' ascent inside the chart.
    const tx = side === 'left' ? FONT.label : chartWidth - 4;
    marks.push(
      text(tx, middle, label, { anchor: 'middle', size: FONT.label, fill: titleFill, rotate: 90 }),
    );
  }
  return marks;
}

/** Width a vertical axis needs beside the plot for its widest tick label and its title. */
export function verticalAxisWidth(ticks: readonly Tick[], withTitle: boolean): number {
  const widest = Math.max(0, ...ticks.map((t) => textWidth(t.label, FONT.tick)));
  return widest + 10 + (withTitle ? FONT.label + 8 : 0);
}

export type LegendItem = {
  label: string;
  color: ChartColor;
  shape: 'box' | 'line' | 'dash';
  opacity?: number;
};

export const LEGEND_ROW = 16;

/**
 * A legend from (x, y) (y is the first row's middle) that wraps onto more rows when an item does
 * not fit before `maxRight`. `rows` says how many rows it took.
 */
export function legend(
  items: readonly LegendItem[],
  x: number,
  y: number,
  maxRight: number,
): { marks: ChartMark[]; rows: number } {
  const marks: ChartMark[] = [];
  let cursor = x;
  let row = 0;
  for (const item of items) {
    const label = truncate(item.label, maxRight - x - 16, FONT.legend);
    const width = 16 + textWidth(label, FONT.legend);
    if (cursor > x && cursor + width > maxRight) {
      row++;
      cursor = x;
    }
    const cy = y + row * LEGEND_ROW;
    if (item.shape === 'box') {
      marks.push({
        kind: 'rect',
        x: cursor,
        y: cy - 5,
        width: 10,
        height: 10,
        fill: item.color,
        ...(item.opacity !== undefined ? { opacity: item.opacity } : {}),
      });
    } else {
      marks.push({
        kind: 'line',
        x1: cursor,
        y1: cy,
        x2: cursor + 12,
        y2: cy,
        stroke: item.color,
        width: 2,
        ...(item.shape === 'dash' ? { dash: [3, 2] } : {}),
      });
    }
    marks.push(
      text(cursor + 16, middleBaseline(cy, FONT.legend), label, { size: FONT.legend, fill: 'ink' }),
    );
    cursor += width + 16;
  }
  return { marks, rows: items.length > 0 ? row + 1 : 0 };
}

/** A centred message for a chart with nothing to draw. */
export function emptyMessage(message: string, width: number, height: number): ChartMark[] {
  const label = truncate(message, width - 16, FONT.label);
  return [
    text(width / 2, middleBaseline(height / 2, FONT.label), label, {
      anchor: 'middle',
      fill: 'muted',
    }),
  ];
}
