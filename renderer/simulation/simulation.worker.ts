/// <reference lib="webworker" />
import { FathomInputError } from '../../engine/index.ts';
import type { WorkerRequest, WorkerResponse } from './protocol.ts';
import { runScenarioInChunks } from './run-in-chunks.ts';

declare const self: DedicatedWorkerGlobalScope;

const cancelled = new Set<number>();

function post(message: WorkerResponse): void {
  self.postMessage(message);
}

const yieldToEvents = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function simulate(request: Extract<WorkerRequest, { type: 'simulate' }>): Promise<void> {
  const { requestId } = request;
  const started = performance.now();
  try {
    const result = await runScenarioInChunks(
      request.project,
      request.scenarioId,
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
    const issues = error instanceof FathomInputError ? [...error.issues] : [];
    post({
      type: 'error',
      requestId,
      message: error instanceof Error ? error.message : String(error),
      issues,
    });
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
    case 'cancel':
      cancelled.add(request.requestId);
      break;
    default:
      request satisfies never;
  }
};
