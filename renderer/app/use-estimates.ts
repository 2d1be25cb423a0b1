import { useEffect, useLayoutEffect } from 'react';
import { useFathom, useFathomStore } from '../state/use-fathom.ts';
import { useServices } from './services.ts';
import { builtScenarioOf } from './use-built-scenario.ts';

/** Re-estimates whenever the document or the scenario changes; a new edit cancels the run in flight. */
export function useEstimates(): void {
  const store = useFathomStore();
  const { simulation } = useServices();
  const project = useFathom((s) => s.project);
  const scenarioId = useFathom((s) => s.scenarioId);
  // A layout effect posts to the worker as soon as React commits, not after the browser paints
  // (40-70 ms on the first load in Chromium): posting is cheap, and the worker then simulates
  // while the page paints.
  useLayoutEffect(() => {
    const state = store.getState();
    state.startEstimate();
    // The views have usually built this scenario already; handing it over spares the worker
    // loading the cost model. When it cannot be built, the worker builds it and says why.
    const built = builtScenarioOf(project, scenarioId);
    simulation.estimate(
      project,
      scenarioId,
      {
        onResult: (result, pass, elapsedMs) =>
          store.getState().receiveResult(project, result, pass, elapsedMs),
        onProgress: (fraction) => store.getState().receiveProgress(fraction),
        onError: (message, issues) => store.getState().receiveError(message, issues),
      },
      built.ok ? built.value : undefined,
    );
  }, [project, scenarioId, simulation, store]);
  useEffect(() => () => simulation.cancel(), [simulation]);
}
