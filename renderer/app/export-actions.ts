import {
  resultJson,
  summaryCsv,
  taskStatisticsCsv,
  type Comparison,
  type Project,
} from '../../engine/index.ts';
import type { PlatformAdapter } from '../platform/platform-adapter.ts';
import type { SimulationClient } from '../simulation/simulation-client.ts';
import type { FathomStore } from '../state/store.ts';
import type { ActionOutcome } from './file-actions.ts';

function baseName(project: Project): string {
  return (
    project.meta.name
      .trim()
      .replace(/[^\p{L}\p{N} _-]+/gu, '')
      .replace(/\s+/g, '-')
      .toLowerCase() || 'plan'
  );
}

/** The latest full result of the current document, or why there is none to export. */
function fullResult(store: FathomStore) {
  const { result, resultProject, project, pass } = store.getState();
  if (!result || pass !== 'full' || resultProject !== project)
    return 'Wait for the estimate to finish, then export it.';
  return result;
}

/** Exports the current scenario's result as the JSON of `fathom simulate --json`. */
export async function exportResultJson(
  store: FathomStore,
  platform: PlatformAdapter,
): Promise<ActionOutcome> {
  const result = fullResult(store);
  if (typeof result === 'string') return { ok: false, message: result };
  const name = `${baseName(store.getState().project)}.result.json`;
  const text = `${JSON.stringify(resultJson(result), null, 2)}\n`;
  if (!(await platform.exportFile(name, 'application/json', text))) return { ok: true };
  return { ok: true, message: `Exported ${name}` };
}

/** Exports per-task statistics (criticality, P50/P80 duration and cost) of the current scenario. */
export async function exportTaskStatisticsCsv(
  store: FathomStore,
  platform: PlatformAdapter,
): Promise<ActionOutcome> {
  const result = fullResult(store);
  if (typeof result === 'string') return { ok: false, message: result };
  const name = `${baseName(store.getState().project)}.tasks.csv`;
  if (!(await platform.exportFile(name, 'text/csv', taskStatisticsCsv(result))))
    return { ok: true };
  return { ok: true, message: `Exported ${name}` };
}

/** Compares every scenario in the worker and exports the summary, one CSV row per scenario. */
export async function exportSummaryCsv(
  store: FathomStore,
  platform: PlatformAdapter,
  simulation: SimulationClient,
): Promise<ActionOutcome> {
  const project = store.getState().project;
  let comparison: Comparison;
  try {
    comparison = await new Promise<Comparison>((resolve, reject) =>
      simulation.compare(
        project,
        project.scenarios.map((s) => s.id),
        {
          onComparison: resolve,
          onProgress: () => {},
          onError: (message) => reject(new Error(message)),
        },
      ),
    );
  } catch (error) {
    return { ok: false, message: `Could not compare the scenarios: ${(error as Error).message}` };
  }
  const name = `${baseName(project)}.summary.csv`;
  if (!(await platform.exportFile(name, 'text/csv', summaryCsv(comparison)))) return { ok: true };
  return { ok: true, message: `Exported ${name}` };
}
