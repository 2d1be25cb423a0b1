import { describe, expect, it } from 'vitest';
import { calendarOf } from '../project/simulate-scenario.ts';
import { createProject } from '../project/create-project.ts';
import { createTemplateRegistry } from '../model/template-registry.ts';
import { finishSCurveChart } from './finish-s-curve.ts';
import { formatDate } from './format.ts';
import { constantResult, simulatedResult } from './test-results.ts';

const options = { width: 720, height: 360, currency: 'USD', locale: 'en-GB' };

describe('finishSCurveChart', () => {
  const result = simulatedResult('churn');
  const spec = finishSCurveChart(result, options);
  const texts = spec.marks.flatMap((m) => (m.kind === 'text' ? [m.text] : []));

  it('labels P50 and P80 with the result’s launch dates', () => {
    expect(texts).toContain(`P50 ${formatDate(result.finish.p50, 'en-GB')}`);
    expect(texts).toContain(`P80 ${formatDate(result.finish.p80, 'en-GB')}`);
    expect(spec.description).toContain(formatDate(result.finish.p80, 'en-GB'));
  });

  it('tabulates every tenth percentile with its date', () => {
    expect(spec.table.rows.map((r) => r[0])).toEqual(
      Array.from({ length: 11 }, (_, i) => `P${i * 10}`),
    );
    const p50 = spec.table.rows.find((r) => r[0] === 'P50')!;
    expect(p50[1]).toBe(formatDate(result.finishSCurve[50]!.date, 'en-GB'));
    expect(p50[2]).toBe('50%');
  });

  it('draws the curve from 0% to 100%, never falling', () => {
    const curve = spec.marks.find((m) => m.kind === 'path');
    if (curve?.kind !== 'path') throw new Error('no curve');
    for (let i = 1; i < curve.points.length; i++) {
      expect(curve.points[i]![0]).toBeGreaterThanOrEqual(curve.points[i - 1]![0] - 1e-9);
      expect(curve.points[i]![1]).toBeLessThanOrEqual(curve.points[i - 1]![1] + 1e-9);
    }
  });

  it('places dates by the project’s calendar when it is given', () => {
    const registry = createTemplateRegistry();
    const project = createProject(registry.get('churn'), { today: '2026-11-28' });
    const withCalendar = finishSCurveChart(result, { ...options, calendar: calendarOf(project) });
    expect(withCalendar.marks).toEqual(spec.marks);
  });

  it('still draws when every simulation launches on the same day', () => {
    const flat = finishSCurveChart(constantResult(result), options);
    const flatTexts = flat.marks.flatMap((m) => (m.kind === 'text' ? [m.text] : []));
    expect(flatTexts).toContain(`P50 ${formatDate(result.finish.p50, 'en-GB')}`);
  });
});
