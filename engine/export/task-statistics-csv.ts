import { phaseName } from '../model/phases.ts';
import type { TaskStatistics } from '../simulation/result.ts';
import type { ScenarioResult } from '../project/project-result.ts';
import { csvOf, type CsvColumn } from './csv-writer.ts';

const columns: CsvColumn<TaskStatistics>[] = [
  { name: 'id', cell: (t) => t.id },
  { name: 'name', cell: (t) => t.name },
  { name: 'phase', cell: (t) => phaseName(t.phase) },
  { name: 'category', cell: (t) => t.category },
  { name: 'criticality', cell: (t) => t.criticality, decimals: 6 },
  { name: 'duration_p50', cell: (t) => t.duration.p50, decimals: 3 },
  { name: 'duration_p80', cell: (t) => t.duration.p80, decimals: 3 },
  { name: 'cost_p50', cell: (t) => t.cost.p50, decimals: 2 },
  { name: 'cost_p80', cell: (t) => t.cost.p80, decimals: 2 },
];

/** Header names of the per-task CSV, in order. */
export const TASK_STATISTICS_CSV_COLUMNS: readonly string[] = columns.map((c) => c.name);

/**
 * Per-task statistics of a scenario's simulation as CSV, in the plan's task order: criticality
 * (fraction of iterations on a critical path), duration in working days and cost in the
 * project's currency at P50 and P80. Needs a result simulated with `detail: 'full'` (the default
 * of `simulateScenario`); a headline result has no per-task percentiles and is refused.
 */
export function taskStatisticsCsv(result: ScenarioResult): string {
  if (result.tasks.length === 0 && result.built.tasks.length > 0) {
    throw new Error(
      'taskStatisticsCsv needs a result simulated with detail "full": a headline result has no per-task statistics',
    );
  }
  const position = new Map(result.built.tasks.map((t, i) => [t.id, i]));
  const tasks = [...result.tasks].sort(
    (a, b) => (position.get(a.id) ?? position.size) - (position.get(b.id) ?? position.size),
  );
  return csvOf(columns, tasks);
}
