import type { ChartColor, ChartMark } from './chart-spec.ts';
import type { Plot } from './axes.ts';
import { FONT, spreadLabels, text, textWidth, truncate } from './text.ts';

export type Marker = { x: number; label: string; color: ChartColor };

/**
 * Vertical percentile markers (dashed lines across the plot) with their labels in a row above
 * it at `labelY`, centred on their lines and pushed apart when they would overlap.
 */
export function verticalMarkers(
  markers: readonly Marker[],
  plot: Plot,
  labelY: number,
  chartWidth: number,
): ChartMark[] {
  const size = FONT.marker;
  const labels = markers.map((m) =>
    truncate(m.label, chartWidth / Math.max(1, markers.length) - 16, size, 'bold'),
  );
  const widths = labels.map((l) => textWidth(l, size, 'bold'));
  const centres = spreadLabels(
    markers.map((m, i) => ({ center: m.x, size: widths[i]! })),
    2,
    chartWidth - 2,
    16,
  );
  const marks: ChartMark[] = [];
  markers.forEach((m, i) => {
    marks.push({
      kind: 'line',
      x1: m.x,
      y1: plot.bottom,
      x2: m.x,
      y2: labelY + 4,
      stroke: m.color,
      width: 1.5,
      dash: [4, 3],
    });
    if (labels[i]) {
      marks.push(
        text(centres[i]!, labelY, labels[i]!, {
          anchor: 'middle',
          size,
          weight: 'bold',
          fill: m.color,
        }),
      );
    }
  });
  return marks;
}
