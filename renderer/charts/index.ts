export { ChartView, chartColor, type ChartViewProps } from './ChartView.tsx';
export { ChartDataTable, type ChartDataTableProps } from './ChartDataTable.tsx';
export { CostHistogramChart } from './CostHistogramChart.tsx';
export { FinishSCurveChart, type FinishSCurveChartProps } from './FinishSCurveChart.tsx';
export { CostByCategoryChart } from './CostByCategoryChart.tsx';
export { PhaseGanttChart, type PhaseGanttChartProps } from './PhaseGanttChart.tsx';
export { TornadoChart, type TornadoChartProps } from './TornadoChart.tsx';
export { RunningCostChart } from './RunningCostChart.tsx';
export { defaultLocale, type ScenarioChartProps } from './use-chart-spec.ts';
