import { describe, expect, it } from 'vitest';
import type { ChartMark } from './chart-spec.ts';
import { costByCategoryChart } from './cost-by-category.ts';
import { formatMoney } from './format.ts';
import { emptyResult, noHorizonResult, simulatedResult } from './test-results.ts';

const options = { width: 720, height: 380, currency: 'USD', locale: 'en-US' };
type Rect = Extract<ChartMark, { kind: 'rect' }>;

describe('costByCategoryChart', () => {
  const result = simulatedResult('churn');
  const spec = costByCategoryChart(result, options);
  const waterline = spec.marks.find((m) => m.kind === 'line' && m.stroke === 'accent');
  const waterY = waterline?.kind === 'line' ? waterline.y1 : Number.NaN;
  const rects = spec.marks.filter((m): m is Rect => m.kind === 'rect');

  it('puts the model work above the waterline and the hidden work below it', () => {
    const tip = rects.find((r) => r.fill === 'visible')!;
    expect(tip.y + tip.height).toBeCloseTo(waterY, 6);
    const hidden = rects.filter((r) => r.fill === 'hidden');
    expect(hidden.length).toBe(4);
    for (const r of hidden) expect(r.y).toBeGreaterThanOrEqual(waterY);
  });

  it('makes heights proportional to mean costs', () => {
    const tip = rects.find((r) => r.fill === 'visible')!;
    const data = rects.find((r) => r.fill === 'hidden' && r.label === 'Data')!;
    const ratio = result.costByCategory['data']!.mean / result.costByCategory['model']!.mean;
    // The hidden segments are drawn 1 px short (a hairline between them) where they follow another.
    expect(data.height / tip.height).toBeCloseTo(ratio, 1);
  });

  it('tabulates each category with its mean and share, and running cost apart', () => {
    const rows = spec.table.rows;
    expect(rows[0]).toEqual([
      'Model work',
      formatMoney(result.costByCategory['model']!.mean, 'USD', 'en-US'),
      expect.stringMatching(/%$/),
      'Above the waterline (visible)',
    ]);
    const shares = rows.slice(0, 5).map((r) => Number.parseFloat(String(r[2])));
    expect(shares.reduce((a, b) => a + b, 0)).toBeGreaterThan(98);
    expect(shares.reduce((a, b) => a + b, 0)).toBeLessThan(102);
    expect(rows.at(-1)![0]).toBe('Running after launch');
    expect(rows.at(-1)![1]).toBe(formatMoney(result.runCost!.mean, 'USD', 'en-US'));
    expect(spec.description).toMatch(/means/);
    const texts = spec.marks.flatMap((m) => (m.kind === 'text' ? [m.text] : []));
    expect(texts.some((t) => t.startsWith('Not in the build cost: running it after launch'))).toBe(
      true,
    );
  });

  it('says so when there is no running cost or no build cost', () => {
    const noRunning = costByCategoryChart(noHorizonResult(result), options);
    const texts = noRunning.marks.flatMap((m) => (m.kind === 'text' ? [m.text] : []));
    expect(texts).toContain('No running costs after launch in this plan.');
    const empty = costByCategoryChart(emptyResult(result), options);
    expect(empty.marks.flatMap((m) => (m.kind === 'text' ? [m.text] : []))).toEqual([
      'No build cost to show yet',
    ]);
  });
});
