/** The engine's public API: what cli/, renderer/ and tests import. */
export * from './constants.ts';
export * from './errors.ts';
export type * from './distributions/distribution.ts';
export { distributionTypes } from './distributions/distribution.ts';
export { validateDistribution } from './distributions/validate.ts';
export {
  fillSamples,
  clampAtZero,
  normalFromInterval,
  pertShapes,
} from './distributions/sample.ts';
export { moments } from './distributions/moments.ts';
export {
  parseShorthand,
  formatShorthand,
  type ShorthandResult,
} from './distributions/shorthand.ts';
export { Sfc32 } from './random/sfc32.ts';
export { streamFor, hashKey } from './random/stream.ts';
export { standardNormal } from './random/normal.ts';
export type * from './network/network.ts';
export { compileNetwork, RISK_CATEGORY, type CompiledNetwork } from './network/compile.ts';
export type * from './simulation/options.ts';
export type * from './simulation/result.ts';
export type * from './simulation/chunk.ts';
export { simulateBlocks, blockCount, type KernelSettings } from './simulation/kernel.ts';
export { mergeChunks, type RunSamples } from './simulation/merge.ts';
export { summarize } from './simulation/summarize.ts';
export { validateOptions } from './simulation/validate-options.ts';
export {
  simulate,
  simulateCompiled,
  createInProcessRunner,
  planChunks,
  kernelSettings,
  SimulationCancelled,
  type SimulationRunner,
  type RunHooks,
  type CancelToken,
  type ChunkPlan,
} from './simulation/runner.ts';
export * from './statistics/percentile.ts';
export * from './statistics/summary.ts';
export * from './statistics/histogram.ts';
export * from './statistics/rank-correlation.ts';
export { parseCsv, type CsvRow } from './import/csv.ts';
export { normalizeHeader, type ImportResult } from './import/table.ts';
export { CSV_DISTRIBUTIONS, type CsvDistribution } from './import/range.ts';
export { parseTaskCsv, TASK_CSV_COLUMNS, DEPENDENCY_SEPARATOR } from './import/task-csv.ts';
export { parseRiskCsv, RISK_CSV_COLUMNS, type RiskCsvOptions } from './import/risk-csv.ts';
export * from './calendar/working-days.ts';
export * from './project/roles.ts';
export * from './project/inputs-schema.ts';
export * from './project/scenario-schema.ts';
export * from './project/project-schema.ts';
export * from './project/distribution-schema.ts';
export * from './project/load-project.ts';
export * from './project/create-project.ts';
export * from './project/default-figure.ts';
export * from './project/project-result.ts';
export * from './project/simulate-scenario.ts';
export * from './model/template-schema.ts';
export * from './model/compile-template.ts';
export * from './model/template-registry.ts';
export * from './model/built-scenario.ts';
export { buildScenario, REFERENCE_CLASS_SHOCK, POC_DRIVER_ID } from './model/build-scenario.ts';
export { deriveQuantities, type Derived } from './model/derived.ts';
export { phases, phaseName, phaseOrder } from './model/phases.ts';
export * from './advisor/finding.ts';
export { adviseScenario } from './advisor/advise.ts';
export { advisorRules } from './advisor/rules.ts';
export * from './presets/preset-schema.ts';
export { builtinPresets, usdTo, type Presets } from './presets/builtin.ts';
export * from './charts/index.ts';
export * from './project/scenario-operations.ts';
export * from './project/zod-issues.ts';
export type * from './compare/comparison.ts';
export { compareScenarioResults, delta } from './compare/compare-results.ts';
export { compareScenarios, type CompareOptions } from './compare/compare-scenarios.ts';
export {
  whatDiffers,
  type ScenarioDifference,
  type DifferenceKind,
} from './compare/what-differs.ts';
export { csvField, plainNumber, csvOf, type CsvCell, type CsvColumn } from './export/csv-writer.ts';
export { summaryCsv, SUMMARY_CSV_COLUMNS } from './export/summary-csv.ts';
export { taskStatisticsCsv, TASK_STATISTICS_CSV_COLUMNS } from './export/task-statistics-csv.ts';
export { simulationJson, summaryJson } from './export/simulation-json.ts';
export { resultJson } from './export/result-json.ts';
export {
  importTaskCsvIntoScenario,
  SCENARIO_TASK_CSV_COLUMNS,
  type TaskCsvImportOptions,
} from './import/task-csv-into-scenario.ts';
