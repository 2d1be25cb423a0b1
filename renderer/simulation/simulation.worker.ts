/// <reference lib="webworker" />
import { FathomInputError } from '../../engine/errors.ts';
import type { WorkerRequest, WorkerResponse } from './protocol.ts';
import { runScenarioInChunks } from './run-in-chunks.ts';

declare const self: DedicatedWorkerGlobalScope;

const cancelled = new Set<number>();

function post(message: WorkerResponse): void {
  self.postMessage(message);
}

/** The cost model, loaded on first need (model-in-worker.ts says when). */
const model = () => import('./model-in-worker.ts');

/** Requests being worked on; the model is loaded ahead only when there are none. */
let inFlight = 0;

/**
 * After a full estimate, when nothing else is waiting, loads the cost model ahead of need: the
 * first comparison would otherwise wait ~0.5 s for it. Loading it cannot be interrupted, so it
 * starts only once the worker is idle, never on the way to the first estimate.
 */
function loadModelWhenIdle(): void {
  setTimeout(() => {
    // A failure here is reported by the request that needs the model, when it loads it again.
    if (inFlight === 0) model().catch(() => undefined);
  }, 0);
}

const yieldToEvents = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function postError(requestId: number, error: unknown): void {
  const issues = error instanceof FathomInputError ? [...error.issues] : [];
  post({
    type: 'error',
    requestId,
    message: error instanceof Error ? error.message : String(error),
    issues,
  });
}

async function simulate(request: Extract<WorkerRequest, { type: 'simulate' }>): Promise<void> {
  const { requestId } = request;
  const started = performance.now();
  inFlight++;
  try {
    const built =
      request.built ?? (await model()).buildInWorker(request.project, request.scenarioId);
    const result = await runScenarioInChunks(
      request.project,
      request.scenarioId,
      built,
      request.iterations,
      request.detail,
      {
        isCancelled: () => cancelled.has(requestId),
        onProgress: (fraction) => post({ type: 'progress', requestId, fraction }),
        yieldToEvents,
      },
    );
    if (result === undefined) post({ type: 'cancelled', requestId });
    else post({ type: 'result', requestId, result, elapsedMs: performance.now() - started });
  } catch (error) {
    postError(requestId, error);
  } finally {
    cancelled.delete(requestId);
    inFlight--;
  }
  if (request.detail === 'full') loadModelWhenIdle();
}

async function compare(request: Extract<WorkerRequest, { type: 'compare' }>): Promise<void> {
  const { requestId } = request;
  const started = performance.now();
  try {
    const comparison = await (
      await model()
    ).compareInWorker(request.project, request.scenarioIds, {
      isCancelled: () => cancelled.has(requestId),
      onProgress: (fraction) => post({ type: 'progress', requestId, fraction }),
      yieldToEvents,
    });
    if (comparison === undefined) post({ type: 'cancelled', requestId });
    else
      post({ type: 'comparison', requestId, comparison, elapsedMs: performance.now() - started });
  } catch (error) {
    postError(requestId, error);
  } finally {
    cancelled.delete(requestId);
  }
}

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  switch (request.type) {
    case 'simulate':
      void simulate(request);
      break;
    case 'compare':
      void compare(request);
      break;
    case 'cancel':
      cancelled.add(request.requestId);
      break;
    default:
      request satisfies never;
  }
};
