/**
 * The stakeholder report's pure half (DESIGN §1): simulations and the report model. The PDF
 * renderer is a separate entry (engine/report/pdf/index.ts) so that importing the model never
 * loads jsPDF.
 */
export { buildReportModel, type ReportInput } from './build-report-model.ts';
export type * from './report-model.ts';
export { reportFormat, type ReportFormat } from './format.ts';
export {
  oneAfterAnother,
  simulateForReport,
  type ReportComparison,
  type ReportSimulations,
  type Simulate,
  type SimulateRuns,
  type SimulationRun,
} from './simulate-report.ts';
export { scenarioCurvesChart } from './scenario-curves.ts';
export { PAGE_SIZE, MARGIN, CHART_SCALE, contentWidth, chartPixels } from './page.ts';
