import { runningCostChart } from '../../engine/index.ts';
import { ChartView } from './ChartView.tsx';
import { useChartSpec, type ScenarioChartProps } from './use-chart-spec.ts';

/** Running cost after launch: mean per month with a P80 tick. */
export function RunningCostChart(props: ScenarioChartProps) {
  const spec = useChartSpec(runningCostChart, props, { width: 720, height: 320 }, {});
  return <ChartView spec={spec} showTitle={props.showTitle ?? true} />;
}
