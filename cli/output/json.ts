/**
 * The `simulate --json` object is built by the engine (engine/export/simulation-json.ts), which
 * also builds the project result JSON (`resultJson`) of the app's export on top of it: one
 * definition of the stable keys. That module imports types only, so the CLI stays light.
 */
export { simulationJson } from '../../engine/export/simulation-json.ts';
