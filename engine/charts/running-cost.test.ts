import { describe, expect, it } from 'vitest';
import type { ChartMark } from './chart-spec.ts';
import { formatMoney } from './format.ts';
import { runningCostChart } from './running-cost.ts';
import { noHorizonResult, simulatedResult, zeroRunningResult } from './test-results.ts';

const options = { width: 720, height: 320, currency: 'USD', locale: 'en-US' };
type Rect = Extract<ChartMark, { kind: 'rect' }>;

describe('runningCostChart', () => {
  const result = simulatedResult('churn');
  const months = result.runCostPerMonth!;

  it('draws a bar per month with its P80 tick at or above it', () => {
    const spec = runningCostChart(result, options);
    const bars = spec.marks.filter((m): m is Rect => m.kind === 'rect' && m.label !== undefined);
    expect(bars.length).toBe(months.length);
    const ticks = spec.marks.filter(
      (m) => m.kind === 'line' && m.stroke === 'p80' && m.width === 2,
    );
    // One per month, plus the legend's sample.
    expect(ticks.length).toBe(months.length + 1);
    ticks.slice(1).forEach((tick, i) => {
      if (tick.kind !== 'line') return;
      expect(tick.y1).toBeLessThanOrEqual(bars[i]!.y + 1e-9);
    });
  });

  it('tabulates the months and their total', () => {
    const spec = runningCostChart(result, options);
    expect(spec.table.rows.length).toBe(months.length + 1);
    expect(spec.table.rows[0]).toEqual([
      '1',
      formatMoney(months[0]!.mean, 'USD', 'en-US'),
      formatMoney(months[0]!.p80, 'USD', 'en-US'),
    ]);
    const total = months.reduce((sum, m) => sum + m.mean, 0);
    expect(spec.table.rows.at(-1)![1]).toBe(formatMoney(total, 'USD', 'en-US'));
  });

  it('says so when running costs are zero or the horizon is 0', () => {
    const zero = runningCostChart(zeroRunningResult(result), options);
    expect(zero.marks.flatMap((m) => (m.kind === 'text' ? [m.text] : []))).toEqual([
      'No running costs after launch',
    ]);
    const none = runningCostChart(noHorizonResult(result), options);
    expect(none.table.rows).toEqual([]);
    expect(none.description).toMatch(/horizon is 0/);
  });

  it('thins the month labels of a long horizon so they do not collide', () => {
    const long = {
      ...result,
      runCostPerMonth: Array.from({ length: 60 }, (_, i) => ({
        month: i + 1,
        mean: 1000,
        p50: 900,
        p80: 1400,
      })),
    };
    const spec = runningCostChart(long, { ...options, width: 400 });
    const labels = spec.marks.filter((m) => m.kind === 'text' && /^\d+$/.test(m.text));
    expect(labels.length).toBeLessThan(30);
    expect(labels.length).toBeGreaterThan(3);
  });
});
