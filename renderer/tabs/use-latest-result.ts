import { useState } from 'react';
import type { Project, ScenarioResult } from '../../engine/index.ts';
import { useFathom } from '../state/use-fathom.ts';

/**
 * The latest full simulation of the scenario on screen, and whether it is `current` or `stale`
 * (from the document before the last edit); `none` when there is none yet.
 */
export type LatestResult =
  { state: 'none'; result: undefined } | { state: 'current' | 'stale'; result: ScenarioResult };

type Shown = { result: ScenarioResult; project: Project | undefined };

/**
 * Each edit re-estimates: a quick pass without per-task statistics, then the full one. Between
 * them the tables keep the previous full result, marked stale, instead of blanking for a second.
 */
export function useLatestResult(): LatestResult {
  const result = useFathom((s) => s.result);
  const resultProject = useFathom((s) => s.resultProject);
  const project = useFathom((s) => s.project);
  const scenarioId = useFathom((s) => s.scenarioId);
  const [kept, setKept] = useState<Shown | undefined>(undefined);
  const full = result !== undefined && result.tasks.length > 0;
  // Remember the newest full result (React's "information from previous renders" pattern).
  if (full && kept?.result !== result) setKept({ result, project: resultProject });
  const shown: Shown | undefined = full
    ? { result, project: resultProject }
    : (kept ?? (result ? { result, project: resultProject } : undefined));
  if (!shown || shown.result.scenario.id !== scenarioId)
    return { state: 'none', result: undefined };
  return { state: shown.project === project ? 'current' : 'stale', result: shown.result };
}
