import type { StateCreator } from 'zustand';
import type { InputIssue, Project, ScenarioResult } from '../../engine/index.ts';
import type { FathomState } from './store.ts';

/** The latest estimate and the state of the one being computed. */
export type ResultsSlice = {
  result: ScenarioResult | undefined;
  /** The project the shown result was computed from (stale when it differs from the document). */
  resultProject: Project | undefined;
  pass: 'quick' | 'full' | undefined;
  running: boolean;
  progress: number;
  elapsedMs: number | undefined;
  error: { message: string; issues: InputIssue[] } | undefined;
  startEstimate(): void;
  receiveResult(
    project: Project,
    result: ScenarioResult,
    pass: 'quick' | 'full',
    elapsedMs: number,
  ): void;
  receiveProgress(fraction: number): void;
  receiveError(message: string, issues: InputIssue[]): void;
};

export const createResultsSlice: StateCreator<FathomState, [], [], ResultsSlice> = (set) => ({
  result: undefined,
  resultProject: undefined,
  pass: undefined,
  running: false,
  progress: 0,
  elapsedMs: undefined,
  error: undefined,
  startEstimate: () => set({ running: true, progress: 0, error: undefined }),
  receiveResult: (project, result, pass, elapsedMs) =>
    set({
      result,
      resultProject: project,
      pass,
      elapsedMs,
      running: pass === 'quick',
      progress: pass === 'full' ? 1 : 0,
    }),
  receiveProgress: (fraction) => set({ progress: fraction }),
  receiveError: (message, issues) => set({ error: { message, issues }, running: false }),
});
