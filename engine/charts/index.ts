/** Charts as pure data (ChartSpec): built here, drawn by the app (SVG) and the PDF report. */
import type { ScenarioResult } from '../project/project-result.ts';
import type { ChartOptions } from './chart-options.ts';
import type { ChartSpec } from './chart-spec.ts';
import { costByCategoryChart } from './cost-by-category.ts';
import { costHistogramChart } from './cost-histogram.ts';
import { finishSCurveChart } from './finish-s-curve.ts';
import { phaseGanttChart } from './phase-gantt.ts';
import { runningCostChart } from './running-cost.ts';
import { tornadoChart } from './tornado.ts';

export type * from './chart-spec.ts';
export {
  chartSize,
  MIN_CHART_HEIGHT,
  MIN_CHART_WIDTH,
  type ChartOptions,
} from './chart-options.ts';
export { costHistogramChart, type CostHistogramInput } from './cost-histogram.ts';
export {
  finishSCurveChart,
  type FinishSCurveInput,
  type FinishSCurveOptions,
} from './finish-s-curve.ts';
export { costByCategoryChart, categoryName, type CostByCategoryInput } from './cost-by-category.ts';
export { phaseGanttChart, type PhaseGanttInput, type PhaseGanttOptions } from './phase-gantt.ts';
export {
  tornadoChart,
  DEFAULT_TORNADO_TOP,
  type TornadoInput,
  type TornadoOptions,
} from './tornado.ts';
export { runningCostChart, type RunningCostInput } from './running-cost.ts';
export { formatDate, formatMoney, formatPercent, formatRho } from './format.ts';
export { textBox, textWidth, truncate, CHAR_WIDTH_EM } from './text.ts';

export type ChartId =
  | 'cost-histogram'
  | 'finish-s-curve'
  | 'cost-by-category'
  | 'phase-gantt'
  | 'tornado'
  | 'running-cost';

/** Every chart of a scenario by id, in reading order, with default options (report, previews). */
export const allCharts: Record<
  ChartId,
  (result: ScenarioResult, options: ChartOptions) => ChartSpec
> = {
  'cost-histogram': costHistogramChart,
  'finish-s-curve': finishSCurveChart,
  'cost-by-category': costByCategoryChart,
  'phase-gantt': phaseGanttChart,
  tornado: tornadoChart,
  'running-cost': runningCostChart,
};
export { compareCostSCurvesChart, compareFinishSCurvesChart } from './compare-s-curves.ts';
