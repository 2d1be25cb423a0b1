import { describe, expect, it } from 'vitest';
import { finishDate } from '../calendar/working-days.ts';
import { phaseName, phaseOrder } from '../model/phases.ts';
import type { ChartMark } from './chart-spec.ts';
import { formatDate } from './format.ts';
import { phaseGanttChart } from './phase-gantt.ts';
import { emptyResult, simulatedResult } from './test-results.ts';

const options = { width: 720, height: 420, currency: 'USD', locale: 'en-US' };
type Rect = Extract<ChartMark, { kind: 'rect' }>;

describe('phaseGanttChart', () => {
  const result = simulatedResult('churn');
  const spec = phaseGanttChart(result, options);
  const calendar = { startDate: result.startDate, workdaysPerWeek: 5, holidays: [] };
  const ordered = [...result.phases].sort((a, b) => phaseOrder(a.name) - phaseOrder(b.name));

  it('has one row per phase in the standard order, then the launch', () => {
    expect(spec.table.rows.map((r) => r[0])).toEqual([
      ...ordered.map((p) => phaseName(p.name)),
      'Launch (whole project)',
    ]);
    const launch = spec.table.rows.at(-1)!;
    expect(launch[2]).toBe(formatDate(result.finish.p50, 'en-US'));
    expect(launch[3]).toBe(formatDate(result.finish.p80, 'en-US'));
  });

  it('dates each phase’s finish by the calendar', () => {
    ordered.forEach((p, i) => {
      expect(spec.table.rows[i]![2]).toBe(formatDate(finishDate(calendar, p.finish.p50), 'en-US'));
    });
  });

  it('draws a solid P50 bar per phase and a lighter extension that starts where it ends', () => {
    const solid = spec.marks.filter(
      (m): m is Rect => m.kind === 'rect' && m.fill === 'accent' && m.opacity === undefined,
    );
    const light = spec.marks.filter(
      (m): m is Rect => m.kind === 'rect' && m.fill === 'accent' && m.opacity !== undefined,
    );
    // One legend swatch each.
    expect(solid.length).toBe(ordered.length + 1);
    for (const ext of light.slice(1)) {
      const bar = solid.find((s) => Math.abs(s.y - ext.y) < 1e-9)!;
      expect(ext.x).toBeCloseTo(bar.x + bar.width, 6);
    }
    // Rows go down the chart in order.
    const ys = solid.slice(1).map((s) => s.y);
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
  });

  it('says so when there are no phases', () => {
    const empty = phaseGanttChart(emptyResult(result), options);
    expect(empty.marks.flatMap((m) => (m.kind === 'text' ? [m.text] : []))).toEqual([
      'No phases to show yet',
    ]);
  });
});
