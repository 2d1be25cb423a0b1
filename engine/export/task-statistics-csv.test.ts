import { describe, expect, it } from 'vitest';
import { parseCsv } from '../import/csv.ts';
import { simulateScenario } from '../project/simulate-scenario.ts';
import { TASK_STATISTICS_CSV_COLUMNS, taskStatisticsCsv } from './task-statistics-csv.ts';
import { newProject, registry } from '../../test/fixtures/projects.ts';

describe('taskStatisticsCsv', () => {
  const project = newProject('nlp-docs');
  const result = simulateScenario(project, undefined, registry, { iterations: 1000, seed: 4 });

  it('one row per task in the plan’s order, after the header', () => {
    const rows = parseCsv(taskStatisticsCsv(result)).map((r) => r.fields);
    expect(rows[0]).toEqual([
      'id',
      'name',
      'phase',
      'category',
      'criticality',
      'duration_p50',
      'duration_p80',
      'cost_p50',
      'cost_p80',
    ]);
    expect(rows[0]).toEqual(TASK_STATISTICS_CSV_COLUMNS);
    expect(rows.slice(1).map((r) => r[0])).toEqual(result.built.tasks.map((t) => t.id));
  });

  it('numbers are plain and match the result', () => {
    const rows = parseCsv(taskStatisticsCsv(result)).map((r) => r.fields);
    for (const row of rows.slice(1)) {
      const stats = result.tasks.find((t) => t.id === row[0])!;
      for (const cell of row.slice(4)) expect(cell).toMatch(/^-?\d+(\.\d+)?$/);
      expect(Number(row[4])).toBeCloseTo(stats.criticality, 6);
      expect(Number(row[5])).toBeCloseTo(stats.duration.p50, 3);
      expect(Number(row[8])).toBeCloseTo(stats.cost.p80, 2);
      expect(row[2]).not.toMatch(/^[a-z-]+$/); // the phase's name, not its id
    }
  });

  it('refuses a headline result, which has no per-task statistics', () => {
    const headline = simulateScenario(project, undefined, registry, {
      iterations: 200,
      detail: 'headline',
    });
    expect(() => taskStatisticsCsv(headline)).toThrow(/detail "full"/);
  });
});
