import type {
  BuiltScenario,
  Comparison,
  InputIssue,
  Project,
  ScenarioResult,
} from '../../engine/index.ts';
import type { WorkerRequest, WorkerResponse } from './protocol.ts';

/**
 * Iterations of the quick first estimate (headline statistics only), the same draws as the full
 * run's first iterations. At the default of 10,000 iterations the quick estimate is the run
 * itself, so an edit's headline appears at once with its final numbers (no jump when the full
 * statistics follow); a larger run shows these 10,000 first and refines them.
 */
export const QUICK_ITERATIONS = 10_000;

export type EstimateCallbacks = {
  onResult(result: ScenarioResult, pass: 'quick' | 'full', elapsedMs: number): void;
  onProgress(fraction: number): void;
  onError(message: string, issues: InputIssue[]): void;
};

export type CompareCallbacks = {
  onComparison(comparison: Comparison, elapsedMs: number): void;
  onProgress(fraction: number): void;
  onError(message: string, issues: InputIssue[]): void;
};

/** The part of a Worker the client uses, so tests can supply a fake. */
export type WorkerLike = {
  postMessage(message: WorkerRequest): void;
  onmessage: ((event: MessageEvent<WorkerResponse>) => void) | null;
  terminate(): void;
};

export type SimulationClient = {
  /**
   * Starts a quick then a full estimate; any estimate in flight is cancelled. `built` is the
   * scenario's task network when the caller has built it, which spares the worker that work.
   */
  estimate(
    project: Project,
    scenarioId: string,
    callbacks: EstimateCallbacks,
    built?: BuiltScenario,
  ): void;
  /** Compares scenarios (with the baseline) in the worker; a comparison in flight is cancelled. */
  compare(project: Project, scenarioIds: string[], callbacks: CompareCallbacks): void;
  cancel(): void;
  dispose(): void;
};

/**
 * Runs estimates in the simulation worker: a quick estimate first (headline statistics), refined
 * to the project's iteration count with every statistic. A new edit cancels what is in flight.
 */
export function createSimulationClient(worker: WorkerLike): SimulationClient {
  let nextId = 1;
  let active: { quick: number; full: number; callbacks: EstimateCallbacks } | undefined;

  let comparing: { id: number; callbacks: CompareCallbacks } | undefined;

  /** Messages of the comparison in flight; true when `message` was one. */
  const onCompareMessage = (message: WorkerResponse): boolean => {
    if (!comparing || message.requestId !== comparing.id) return false;
    const { callbacks } = comparing;
    switch (message.type) {
      case 'progress':
        callbacks.onProgress(message.fraction);
        break;
      case 'comparison':
        callbacks.onComparison(message.comparison, message.elapsedMs);
        comparing = undefined;
        break;
      case 'error':
        callbacks.onError(message.message, message.issues);
        comparing = undefined;
        break;
      case 'result':
      case 'cancelled':
        break;
      default:
        message satisfies never;
    }
    return true;
  };

  worker.onmessage = (event) => {
    const message = event.data;
    if (onCompareMessage(message)) return;
    if (!active || (message.requestId !== active.quick && message.requestId !== active.full))
      return;
    const { callbacks } = active;
    switch (message.type) {
      case 'progress':
        if (message.requestId === active.full) callbacks.onProgress(message.fraction);
        break;
      case 'result':
        callbacks.onResult(
          message.result,
          message.requestId === active.full ? 'full' : 'quick',
          message.elapsedMs,
        );
        if (message.requestId === active.full) active = undefined;
        break;
      case 'error':
        callbacks.onError(message.message, message.issues);
        active = undefined;
        break;
      case 'cancelled':
      case 'comparison':
        break;
      default:
        message satisfies never;
    }
  };

  const cancelCompare = () => {
    if (!comparing) return;
    worker.postMessage({ type: 'cancel', requestId: comparing.id });
    comparing = undefined;
  };

  const cancel = () => {
    if (!active) return;
    worker.postMessage({ type: 'cancel', requestId: active.quick });
    worker.postMessage({ type: 'cancel', requestId: active.full });
    active = undefined;
  };

  return {
    estimate(project, scenarioId, callbacks, built) {
      cancel();
      const prebuilt = built ? { built } : {};
      const total = project.settings.iterations;
      const quick = nextId++;
      const full = nextId++;
      active = { quick, full, callbacks };
      worker.postMessage({
        type: 'simulate',
        requestId: quick,
        project,
        scenarioId,
        iterations: Math.min(total, QUICK_ITERATIONS),
        detail: 'headline',
        ...prebuilt,
      });
      worker.postMessage({
        type: 'simulate',
        requestId: full,
        project,
        scenarioId,
        iterations: total,
        detail: 'full',
        ...prebuilt,
      });
    },
    compare(project, scenarioIds, callbacks) {
      cancelCompare();
      comparing = { id: nextId++, callbacks };
      worker.postMessage({ type: 'compare', requestId: comparing.id, project, scenarioIds });
    },
    cancel,
    dispose() {
      cancel();
      cancelCompare();
      worker.terminate();
    },
  };
}
