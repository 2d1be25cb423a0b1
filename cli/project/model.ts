/**
 * The ML cost model as the CLI uses it. Commands load this module with `import()`, so the
 * task-list path never loads mathjs and zod (see cli/engine.ts).
 */
export {
  completeScenarioResult,
  compareScenarios,
  summaryCsv,
  type Comparison,
  createProject,
  createTemplateRegistry,
  findScenario,
  parseProject,
  prepareScenario,
  regions,
  serializeProject,
  builtinPresets,
  FathomInputError,
  type Project,
  type ScenarioResult,
  type TemplateRegistry,
  type Region,
} from '../../engine/index.ts';
