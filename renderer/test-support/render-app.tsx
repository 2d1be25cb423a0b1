import { render } from '@testing-library/react';
import {
  compareScenarios,
  completeScenarioResult,
  createProject,
  createTemplateRegistry,
  findScenario,
  prepareScenario,
  simulate,
  type Project,
} from '../../engine/index.ts';
import { App } from '../app/App.tsx';
import { ServicesContext, type Services } from '../app/services.ts';
import { createMemoryAdapter, type MemoryPlatform } from '../platform/memory-adapter.ts';
import type { SimulationClient } from '../simulation/simulation-client.ts';
import { createFathomStore, type FathomStore } from '../state/store.ts';
import { StoreContext } from '../state/use-fathom.ts';

export const templates = createTemplateRegistry();
export const TODAY = '2026-11-28';

export function churnProject(): Project {
  return createProject(templates.get('churn'), { today: TODAY });
}

/**
 * A simulation client that runs on the test's thread with few iterations and answers on a
 * microtask, like the worker's messages; `estimates` counts requests.
 */
export function inlineSimulation(
  iterations = 600,
): SimulationClient & { estimates: number; comparisons: number } {
  const client = {
    estimates: 0,
    comparisons: 0,
    estimate(
      project: Project,
      scenarioId: string,
      callbacks: Parameters<SimulationClient['estimate']>[2],
    ) {
      client.estimates++;
      queueMicrotask(() => {
        try {
          const scenario = findScenario(project, scenarioId);
          const { built, options, deadlineWorkingDays } = prepareScenario(
            project,
            scenario,
            templates,
            { iterations },
          );
          const result = completeScenarioResult(
            project,
            scenario,
            built,
            simulate(built.network, options),
            deadlineWorkingDays,
          );
          callbacks.onResult(result, 'full', 1);
        } catch (error) {
          callbacks.onError((error as Error).message, []);
        }
      });
    },
    compare(
      project: Project,
      scenarioIds: string[],
      callbacks: Parameters<SimulationClient['compare']>[2],
    ) {
      client.comparisons++;
      queueMicrotask(() => {
        try {
          callbacks.onProgress(0.5);
          callbacks.onComparison(
            compareScenarios(project, templates, { scenarioIds, iterations }),
            1,
          );
        } catch (error) {
          callbacks.onError((error as Error).message, []);
        }
      });
    },
    cancel() {},
    dispose() {},
  };
  return client;
}

/** Renders the whole app with an in-memory platform and inline simulation. */
export function renderApp(
  project: Project = churnProject(),
  platform: MemoryPlatform = createMemoryAdapter(),
): {
  store: FathomStore;
  platform: MemoryPlatform;
  simulation: ReturnType<typeof inlineSimulation>;
} & ReturnType<typeof render> {
  const store = createFathomStore(project);
  const simulation = inlineSimulation();
  const services: Services = { platform, simulation, templates, today: () => TODAY };
  const view = render(
    <ServicesContext.Provider value={services}>
      <StoreContext.Provider value={store}>
        <App />
      </StoreContext.Provider>
    </ServicesContext.Provider>,
  );
  return { store, platform, simulation, ...view };
}
