import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import {
  completeScenarioResult,
  createProject,
  createTemplateRegistry,
  prepareScenario,
  simulate,
  type Scenario,
} from '../../engine/index.ts';
import { ServicesContext, type Services } from '../app/services.ts';
import { createMemoryAdapter, type MemoryPlatform } from '../platform/memory-adapter.ts';
import type { SimulationClient } from '../simulation/simulation-client.ts';
import { currentScenario } from '../state/edit-project.ts';
import { createFathomStore, type FathomStore } from '../state/store.ts';
import { StoreContext } from '../state/use-fathom.ts';

const templates = createTemplateRegistry();

/** A fresh store on the churn example, as a planning session starts (one per test). */
export function churnStore(): FathomStore {
  return createFathomStore(createProject(templates.get('churn'), { today: '2026-11-28' }));
}

/**
 * Renders a tab with its store and the app's services: an in-memory platform (whose files and
 * dialog choices the test sets) and a simulation that is never asked for in these tests.
 */
export function renderWithStore(
  ui: ReactNode,
  store: FathomStore = churnStore(),
  platform: MemoryPlatform = createMemoryAdapter(),
) {
  const services: Services = {
    platform,
    simulation: unusedSimulation,
    templates,
    today: () => '2026-11-28',
  };
  return {
    store,
    platform,
    ...render(
      <ServicesContext.Provider value={services}>
        <StoreContext.Provider value={store}>{ui}</StoreContext.Provider>
      </ServicesContext.Provider>,
    ),
  };
}

const unusedSimulation: SimulationClient = {
  estimate: () => {
    throw new Error('the tabs do not simulate in these tests');
  },
  compare: () => {
    throw new Error('the tabs do not compare in these tests');
  },
  cancel: () => undefined,
  dispose: () => undefined,
};

export function scenarioOf(store: FathomStore): Scenario {
  const { project, scenarioId } = store.getState();
  return currentScenario(project, scenarioId);
}

/** Simulates the store's document in-process with few iterations and hands the store the result. */
export function simulateInto(store: FathomStore, iterations = 400): void {
  const { project } = store.getState();
  const scenario = scenarioOf(store);
  const { built, options, deadlineWorkingDays } = prepareScenario(project, scenario, templates, {
    iterations,
  });
  const result = simulate(built.network, options);
  store
    .getState()
    .receiveResult(
      project,
      completeScenarioResult(project, scenario, built, result, deadlineWorkingDays),
      'full',
      1,
    );
}
