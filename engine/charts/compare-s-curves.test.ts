import { describe, expect, it } from 'vitest';
import { compareScenarios } from '../compare/compare-scenarios.ts';
import { createTemplateRegistry } from '../model/template-registry.ts';
import { createProject } from '../project/create-project.ts';
import { duplicateScenario } from '../project/scenario-operations.ts';
import { compareCostSCurvesChart, compareFinishSCurvesChart } from './compare-s-curves.ts';

const templates = createTemplateRegistry();
const project = duplicateScenario(
  createProject(templates.get('churn'), { today: '2026-11-28' }),
  'baseline',
);
const comparison = compareScenarios(project, templates, { iterations: 400 });
const options = { width: 560, height: 300, currency: 'USD', locale: 'en-US' };

describe('overlaid S-curves of compared scenarios', () => {
  for (const build of [compareCostSCurvesChart, compareFinishSCurvesChart]) {
    it(`${build.name}: one line and one table row per scenario, inside the chart`, () => {
      const spec = build(comparison, options);
      const paths = spec.marks.filter((m) => m.kind === 'path');
      expect(paths).toHaveLength(comparison.scenarios.length);
      expect(new Set(paths.map((p) => p.stroke)).size).toBe(paths.length);
      for (const path of paths)
        for (const [x, y] of path.points) {
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x).toBeLessThanOrEqual(spec.width);
          expect(y).toBeGreaterThanOrEqual(0);
          expect(y).toBeLessThanOrEqual(spec.height);
        }
      expect(spec.table.rows.map((r) => r[0])).toEqual(comparison.scenarios.map((s) => s.name));
    });
  }
});
