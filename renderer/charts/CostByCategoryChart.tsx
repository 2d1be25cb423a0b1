import { costByCategoryChart } from '../../engine/index.ts';
import { ChartView } from './ChartView.tsx';
import { useChartSpec, type ScenarioChartProps } from './use-chart-spec.ts';

/** The iceberg: visible model work above the waterline, the hidden work below. */
export function CostByCategoryChart(props: ScenarioChartProps) {
  const spec = useChartSpec(costByCategoryChart, props, { width: 720, height: 380 }, {});
  return <ChartView spec={spec} showTitle={props.showTitle ?? true} />;
}
