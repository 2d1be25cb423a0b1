import { describe, expect, it } from 'vitest';
import type { ScenarioResult } from '../project/project-result.ts';
import type { ChartOptions } from './chart-options.ts';
import { allCharts } from './index.ts';
import { specProblems } from './spec-problems.ts';
import {
  constantResult,
  emptyResult,
  noHorizonResult,
  simulatedResult,
  zeroRunningResult,
} from './test-results.ts';

const sizes: ChartOptions[] = [
  { width: 720, height: 360, currency: 'USD', locale: 'en-US' },
  { width: 480, height: 240, currency: 'EUR', locale: 'de-DE' },
  { width: 280, height: 180, currency: 'GBP', locale: 'en-GB' },
  { width: 1200, height: 640, currency: 'JPY', locale: 'ja-JP' },
];

function results(): [string, ScenarioResult][] {
  const churn = simulatedResult('churn');
  return [
    ['churn', churn],
    ['cv-edge', simulatedResult('cv-edge', 'EUR')],
    ['llm-rag', simulatedResult('llm-rag')],
    ['all costs equal', constantResult(churn)],
    ['nothing at all', emptyResult(churn)],
    ['zero running cost', zeroRunningResult(churn)],
    ['horizon 0', noHorizonResult(churn)],
  ];
}

describe('every chart', () => {
  const cases = results();
  for (const [id, build] of Object.entries(allCharts)) {
    for (const [name, result] of cases) {
      it(`${id} of "${name}" stays in its box at every size, with no NaN`, () => {
        for (const options of sizes) {
          const spec = build(result, options);
          expect(
            specProblems(spec),
            `${options.width}×${options.height} ${options.locale}`,
          ).toEqual([]);
          // JSON turns NaN and Infinity into null: none may hide in the marks or the table.
          expect(JSON.stringify(spec)).not.toMatch(/null|NaN|undefined/);
          expect(spec.width).toBe(options.width);
          expect(spec.height).toBe(options.height);
          expect(spec.title.length).toBeGreaterThan(0);
          expect(spec.marks.length).toBeGreaterThan(0);
        }
      });
    }
  }

  it('raises a too-small or non-finite size to the minimum instead of drawing garbage', () => {
    const result = simulatedResult('churn');
    for (const build of Object.values(allCharts)) {
      const spec = build(result, {
        width: Number.NaN,
        height: 10,
        currency: 'USD',
        locale: 'en-US',
      });
      expect(spec.width).toBeGreaterThanOrEqual(280);
      expect(spec.height).toBeGreaterThanOrEqual(180);
      expect(specProblems(spec)).toEqual([]);
    }
  });

  it('survives an unknown locale and currency code', () => {
    const result = simulatedResult('churn');
    for (const build of Object.values(allCharts)) {
      const spec = build(result, {
        width: 600,
        height: 300,
        currency: 'XYZ1',
        locale: 'not a locale',
      });
      expect(specProblems(spec)).toEqual([]);
    }
  });

  it('is deterministic: the same result gives the same spec', () => {
    const result = simulatedResult('churn');
    for (const build of Object.values(allCharts)) {
      const options = sizes[0]!;
      expect(build(result, options)).toEqual(build(result, options));
    }
  });
});
