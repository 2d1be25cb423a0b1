import type {
  BuiltScenario,
  Comparison,
  InputIssue,
  Project,
  ScenarioResult,
} from '../../engine/index.ts';

/** What the app asks of the simulation worker. */
export type WorkerRequest =
  | {
      type: 'simulate';
      requestId: number;
      project: Project;
      scenarioId: string;
      /** Iterations of this pass (a quick estimate first, then the full count). */
      iterations: number;
      detail: 'headline' | 'full';
      /**
       * The scenario's task network as the page built it, so the worker need not load the cost
       * model to simulate; absent when the page could not build it (the worker then builds it and
       * reports why it cannot).
       */
      built?: BuiltScenario;
    }
  | {
      type: 'compare';
      requestId: number;
      project: Project;
      /** Scenarios to compare (the baseline is always included). */
      scenarioIds: string[];
    }
  | { type: 'cancel'; requestId: number };

/** What the worker answers; every message names the request it belongs to. */
export type WorkerResponse =
  | { type: 'progress'; requestId: number; fraction: number }
  | { type: 'result'; requestId: number; result: ScenarioResult; elapsedMs: number }
  | { type: 'comparison'; requestId: number; comparison: Comparison; elapsedMs: number }
  | { type: 'error'; requestId: number; message: string; issues: InputIssue[] }
  | { type: 'cancelled'; requestId: number };
