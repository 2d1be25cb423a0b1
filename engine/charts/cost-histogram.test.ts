import { describe, expect, it } from 'vitest';
import type { ChartMark } from './chart-spec.ts';
import { costHistogramChart } from './cost-histogram.ts';
import { formatMoney } from './format.ts';
import { constantResult, simulatedResult } from './test-results.ts';

const options = { width: 720, height: 360, currency: 'USD', locale: 'en-US' };
const texts = (marks: ChartMark[]) => marks.flatMap((m) => (m.kind === 'text' ? [m.text] : []));

describe('costHistogramChart', () => {
  const result = simulatedResult('churn');
  const spec = costHistogramChart(result, options);

  it('labels the P50 and P80 markers with the formatted percentiles, as the table does', () => {
    const p50 = `P50 ${formatMoney(result.cost.p50, 'USD', 'en-US')}`;
    const p80 = `P80 ${formatMoney(result.cost.p80, 'USD', 'en-US')}`;
    expect(p50).toMatch(/^P50 \$\d{3}K$/);
    expect(texts(spec.marks)).toEqual(expect.arrayContaining([p50, p80]));
    const firstCells = spec.table.rows.map((r) => r[0]);
    expect(firstCells).toContain(p50);
    expect(firstCells).toContain(p80);
    expect(spec.description).toContain(formatMoney(result.cost.p50, 'USD', 'en-US'));
  });

  it('draws one bar per bin, as tall as its share, and one table row per bin', () => {
    const bars = spec.marks.filter((m) => m.kind === 'rect' && m.fill === 'series-0');
    const legendSwatches = 1;
    expect(bars.length).toBe(result.histogram.cost.length + legendSwatches);
    const binBars = bars.slice(legendSwatches) as Extract<ChartMark, { kind: 'rect' }>[];
    const tallest = Math.max(...result.histogram.cost.map((b) => b.fraction));
    const tallestBar = Math.max(...binBars.map((b) => b.height));
    binBars.forEach((bar, i) => {
      // Heights are proportional to the bins' shares (to a hundredth of a pixel).
      expect(bar.height).toBeCloseTo(
        (result.histogram.cost[i]!.fraction / tallest) * tallestBar,
        2,
      );
    });
    expect(spec.table.rows.length).toBe(result.histogram.cost.length + 2);
    // The last bin's cumulative chance is 100%.
    expect(spec.table.rows[result.histogram.cost.length - 1]![2]).toBe('100%');
  });

  it('draws the S-curve rising left to right', () => {
    const curve = spec.marks.find((m) => m.kind === 'path');
    expect(curve?.kind).toBe('path');
    if (curve?.kind !== 'path') return;
    for (let i = 1; i < curve.points.length; i++) {
      expect(curve.points[i]![0]).toBeGreaterThanOrEqual(curve.points[i - 1]![0]);
      // y grows downwards: a rising curve has falling y.
      expect(curve.points[i]![1]).toBeLessThanOrEqual(curve.points[i - 1]![1]);
    }
  });

  it('puts P50 left of P80', () => {
    const lines = spec.marks.filter(
      (m) => m.kind === 'line' && (m.stroke === 'p50' || m.stroke === 'p80'),
    );
    const x = (stroke: string) => {
      const line = lines.find((m) => m.kind === 'line' && m.stroke === stroke);
      return line?.kind === 'line' ? line.x1 : Number.NaN;
    };
    expect(x('p50')).toBeLessThan(x('p80'));
  });

  it('draws a single bin (every simulation cost the same) as one visible bar', () => {
    const flat = costHistogramChart(constantResult(result), options);
    const bars = flat.marks.filter(
      (m) => m.kind === 'rect' && m.fill === 'series-0' && m.width > 10,
    );
    expect(bars.length).toBe(1);
    expect(flat.table.rows[0]![1]).toBe('100%');
  });

  it('uses the locale and currency for every amount', () => {
    const de = costHistogramChart(result, { ...options, currency: 'EUR', locale: 'de-DE' });
    expect(texts(de.marks).some((t) => t.includes('€'))).toBe(true);
    expect(texts(de.marks).some((t) => t.includes('$'))).toBe(false);
  });
});
