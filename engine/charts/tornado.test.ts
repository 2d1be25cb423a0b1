import { describe, expect, it } from 'vitest';
import type { SensitivityEntry } from '../simulation/result.ts';
import type { ChartMark } from './chart-spec.ts';
import { formatRho } from './format.ts';
import { tornadoChart } from './tornado.ts';
import { simulatedResult } from './test-results.ts';

const options = { width: 720, height: 360, currency: 'USD', locale: 'en-US' };
type Rect = Extract<ChartMark, { kind: 'rect' }>;

describe('tornadoChart', () => {
  const result = simulatedResult('churn');

  it('shows the eight inputs with the largest |rho|, strongest first', () => {
    const spec = tornadoChart(result, options);
    const expected = [...result.sensitivity.cost]
      .sort((a, b) => Math.abs(b.rho) - Math.abs(a.rho))
      .slice(0, 8);
    expect(spec.table.rows.map((r) => r[0])).toEqual(expected.map((e) => e.name));
    expect(spec.table.rows.map((r) => r[2])).toEqual(
      expected.map((e) => formatRho(e.rho, 'en-US')),
    );
    const texts = spec.marks.flatMap((m) => (m.kind === 'text' ? [m.text] : []));
    for (const e of expected) expect(texts).toContain(formatRho(e.rho, 'en-US'));
  });

  it('draws negative correlations left of zero and positive ones right of it', () => {
    const entries: SensitivityEntry[] = [
      { id: 'a', name: 'Data messiness', kind: 'driver', rho: 0.6 },
      { id: 'b', name: 'Reuse of an existing pipeline', kind: 'task', rho: -0.4 },
      { id: 'c', name: 'A key person leaves', kind: 'risk', rho: 0.2 },
    ];
    const spec = tornadoChart(
      { iterations: 100, sensitivity: { cost: entries, duration: [], sampleSize: 100 } },
      { ...options, top: 2 },
    );
    expect(spec.table.rows.length).toBe(2);
    const zero = spec.marks.find((m) => m.kind === 'line' && m.stroke === 'ink');
    if (zero?.kind !== 'line') throw new Error('no zero line');
    const bars = spec.marks.filter((m): m is Rect => m.kind === 'rect' && m.label !== undefined);
    const positive = bars.find((b) => b.fill === 'positive')!;
    const negative = bars.find((b) => b.fill === 'negative')!;
    expect(positive.x).toBeCloseTo(zero.x1, 6);
    expect(negative.x + negative.width).toBeCloseTo(zero.x1, 6);
    // |rho| 0.6 against 0.4.
    expect(positive.width / negative.width).toBeCloseTo(1.5, 6);
    const texts = spec.marks.flatMap((m) => (m.kind === 'text' ? [m.text] : []));
    expect(texts).toContain('Data messiness (driver)');
  });

  it('keeps the kind of a long name when it has to cut it', () => {
    const long =
      'A very long risk name that cannot possibly fit in the label column of a small chart';
    const spec = tornadoChart(
      {
        iterations: 100,
        sensitivity: {
          cost: [{ id: 'r', name: long, kind: 'risk', rho: 0.5 }],
          duration: [],
          sampleSize: 100,
        },
      },
      { ...options, width: 320, height: 180 },
    );
    const label = spec.marks.find((m) => m.kind === 'text' && m.text.endsWith('(risk)'));
    expect(label?.kind === 'text' && label.text.includes('…')).toBe(true);
  });

  it('says so when nothing is sensitive', () => {
    const spec = tornadoChart(
      { iterations: 10, sensitivity: { cost: [], duration: [], sampleSize: 10 } },
      options,
    );
    expect(spec.table.rows).toEqual([]);
    expect(spec.marks.flatMap((m) => (m.kind === 'text' ? [m.text] : []))).toEqual([
      'No uncertain inputs to rank',
    ]);
  });

  it('ranks the duration too', () => {
    const spec = tornadoChart(result, { ...options, measure: 'duration' });
    expect(spec.id).toBe('tornado-duration');
    expect(spec.title).toBe('What drives the schedule');
  });
});
