import type { InputIssue, Project, ScenarioResult } from '../../engine/index.ts';
import type { WorkerRequest, WorkerResponse } from './protocol.ts';

/** Iterations of the quick first estimate: one block, the same draws as the full run's first block. */
export const QUICK_ITERATIONS = 2048;

export type EstimateCallbacks = {
  onResult(result: ScenarioResult, pass: 'quick' | 'full', elapsedMs: number): void;
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
  /** Starts a quick then a full estimate; any estimate in flight is cancelled. */
  estimate(project: Project, scenarioId: string, callbacks: EstimateCallbacks): void;
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

  worker.onmessage = (event) => {
    const message = event.data;
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
        break;
      default:
        message satisfies never;
    }
  };

  const cancel = () => {
    if (!active) return;
    worker.postMessage({ type: 'cancel', requestId: active.quick });
    worker.postMessage({ type: 'cancel', requestId: active.full });
    active = undefined;
  };

  return {
    estimate(project, scenarioId, callbacks) {
      cancel();
      const total = project.settings.iterations;
      const quick = nextId++;
      const full = nextId++;
      active = { quick, full, callbacks };
      if (total > QUICK_ITERATIONS) {
        worker.postMessage({
          type: 'simulate',
          requestId: quick,
          project,
          scenarioId,
          iterations: QUICK_ITERATIONS,
          detail: 'headline',
        });
      }
      worker.postMessage({
        type: 'simulate',
        requestId: full,
        project,
        scenarioId,
        iterations: total,
        detail: 'full',
      });
    },
    cancel,
    dispose() {
      cancel();
      worker.terminate();
    },
  };
}
