/**
 * The simulation worker, started when this module is evaluated. main.tsx imports it first, so the
 * worker fetches and loads its copy of the engine while the page evaluates React and the rest of
 * its bundle, instead of after them: the first estimate waits on the worker's start-up.
 */
export const simulationWorker = new Worker(new URL('./simulation.worker.ts', import.meta.url), {
  type: 'module',
});
