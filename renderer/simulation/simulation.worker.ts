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
  }
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
