import type { jsPDF } from 'jspdf';
import type { ChartMark, ChartSpec } from '../../charts/chart-spec.ts';
import { FONT, textWidth } from '../../charts/text.ts';
import { chartColor } from './colors.ts';
import type { FontSet } from './text-fit.ts';
import { fitToWidth } from './text-fit.ts';

/** How much wider than its estimate a chart label may be drawn before it is set smaller. */
const LABEL_SLACK = 1.25;

type Opacity = new (parameters: { opacity: number }) => unknown;

function withOpacity(doc: jsPDF, opacity: number | undefined, draw: () => void): void {
  if (opacity === undefined || opacity >= 1) {
    draw();
    return;
  }
  doc.saveGraphicsState();
  const GState = doc.GState as unknown as Opacity;
  doc.setGState(new GState({ opacity: Math.max(0, opacity) }));
  draw();
  doc.restoreGraphicsState();
}

/**
 * Draws a chart spec as vector operations (rects, lines, paths, text) in the box at (x, y) of
 * `width` points, scaled uniformly. Chart layouts place text by an estimated glyph width; a
 * label whose real width in the embedded font is larger is set smaller until it fits that
 * estimate (and cut with "…" beyond), so it never runs into its neighbours.
 */
export function drawChart(
  doc: jsPDF,
  spec: ChartSpec,
  x: number,
  y: number,
  width: number,
  fonts: FontSet,
): number {
  const s = width / spec.width;
  const X = (v: number) => x + v * s;
  const Y = (v: number) => y + v * s;
  for (const mark of spec.marks) drawMark(doc, mark, X, Y, s, fonts);
  doc.setLineDashPattern([], 0);
  return spec.height * s;
}

function drawMark(
  doc: jsPDF,
  mark: ChartMark,
  X: (v: number) => number,
  Y: (v: number) => number,
  s: number,
  fonts: FontSet,
): void {
  switch (mark.kind) {
    case 'rect': {
      if (mark.width <= 0 || mark.height <= 0) return;
      withOpacity(doc, mark.opacity, () => {
        doc.setFillColor(chartColor(mark.fill));
        doc.rect(X(mark.x), Y(mark.y), mark.width * s, mark.height * s, 'F');
      });
      return;
    }
    case 'line': {
      doc.setDrawColor(chartColor(mark.stroke));
      doc.setLineWidth((mark.width ?? 1) * s);
      doc.setLineDashPattern(
        (mark.dash ?? []).map((d) => d * s),
        0,
      );
      doc.line(X(mark.x1), Y(mark.y1), X(mark.x2), Y(mark.y2));
      return;
    }
    case 'path': {
      const [first, ...rest] = mark.points;
      if (!first || rest.length === 0) return;
      doc.setDrawColor(chartColor(mark.stroke));
      doc.setLineWidth((mark.width ?? 1) * s);
      doc.setLineDashPattern(
        (mark.dash ?? []).map((d) => d * s),
        0,
      );
      doc.setLineJoin('round');
      const deltas: [number, number][] = [];
      let [px, py] = first;
      for (const [qx, qy] of rest) {
        deltas.push([(qx - px) * s, (qy - py) * s]);
        px = qx;
        py = qy;
      }
      doc.lines(deltas, X(first[0]), Y(first[1]), [1, 1], 'S', false);
      return;
    }
    case 'text': {
      if (mark.text === '') return;
      const weight = mark.weight ?? 'normal';
      const size = (mark.size ?? FONT.label) * s;
      // The room the chart's layout gave this label: its estimated width, plus the slack every
      // layout keeps around labels (DejaVu's digits and "%" run wider than the 0.55 em estimate).
      const room = textWidth(mark.text, mark.size ?? FONT.label, weight) * s * LABEL_SLACK;
      const fitted = fitToWidth(doc, fonts, mark.text, weight, size, room);
      doc.setFont(fonts.family, weight);
      doc.setFontSize(fitted.size);
      doc.setTextColor(chartColor(mark.fill));
      const anchor = mark.anchor ?? 'start';
      const shift = anchor === 'start' ? 0 : anchor === 'middle' ? fitted.width / 2 : fitted.width;
      const angle = mark.rotate ?? 0;
      const radians = (angle * Math.PI) / 180;
      // Move the start back along the text's direction (y grows downwards on the page).
      const sx = X(mark.x) - shift * Math.cos(radians);
      const sy = Y(mark.y) + shift * Math.sin(radians);
      doc.text(fitted.text, sx, sy, angle ? { angle } : {});
      return;
    }
  }
}
