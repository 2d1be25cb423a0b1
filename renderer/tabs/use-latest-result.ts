import type { ScenarioResult } from '../../engine/index.ts';
import { useFathom } from '../state/use-fathom.ts';

/**
 * The latest simulation of the scenario on screen, and whether it is `current` or `stale` (from
 * the document before the last edit); `none` when there is none yet.
 */
export type LatestResult =
  { state: 'none'; result: undefined } | { state: 'current' | 'stale'; result: ScenarioResult };

export function useLatestResult(): LatestResult {
  const result = useFathom((s) => s.result);
  const resultProject = useFathom((s) => s.resultProject);
  const project = useFathom((s) => s.project);
  const scenarioId = useFathom((s) => s.scenarioId);
  if (!result || result.scenario.id !== scenarioId) return { state: 'none', result: undefined };
  return { state: resultProject === project ? 'current' : 'stale', result };
}
