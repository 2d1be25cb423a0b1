/// <reference lib="webworker" />
import {
  baselineId,
  compareScenarioResults,
  createTemplateRegistry,
  FathomInputError,
  findScenario,
  simulateScenario,
  type ScenarioResult,
} from '../../engine/index.ts';
import type { WorkerRequest, WorkerResponse } from './protocol.ts';
import { runScenarioInChunks } from './run-in-chunks.ts';

declare const self: DedicatedWorkerGlobalScope;

const cancelled = new Set<number>();

function post(message: WorkerResponse): void {
  self.postMessage(message);
}

const registry = createTemplateRegistry();

const yieldToEvents = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function simulate(request: Extract<WorkerRequest, { type: 'simulate' }>): Promise<void> {
  const { requestId } = request;
  const started = performance.now();
  try {
    const result = await runScenarioInChunks(
      registry,
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

/**
 * Simulates the chosen scenarios one by one with the project's seed and iterations (common random
 * numbers) and compares them with the baseline; progress after each, cancellable between them.
 */
async function compare(request: Extract<WorkerRequest, { type: 'compare' }>): Promise<void> {
  const { requestId, project } = request;
  const started = performance.now();
  try {
    const baseline = baselineId(project);
    const wanted = new Set([
      baseline,
      ...request.scenarioIds.map((id) => findScenario(project, id).id),
    ]);
    const chosen = project.scenarios.filter((s) => wanted.has(s.id));
    const settings = {
      iterations: project.settings.iterations,
      seed: project.settings.seed,
      detail: 'headline' as const,
    };
    const results: ScenarioResult[] = [];
    for (const scenario of chosen) {
      await yieldToEvents();
      if (cancelled.has(requestId)) {
        post({ type: 'cancelled', requestId });
        return;
      }
      results.push(simulateScenario(project, scenario.id, registry, settings));
      post({ type: 'progress', requestId, fraction: results.length / chosen.length });
    }
    const comparison = compareScenarioResults(project, results, baseline);
    post({ type: 'comparison', requestId, comparison, elapsedMs: performance.now() - started });
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
