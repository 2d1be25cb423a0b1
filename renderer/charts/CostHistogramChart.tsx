import { costHistogramChart } from '../../engine/index.ts';
import { ChartView } from './ChartView.tsx';
import { useChartSpec, type ScenarioChartProps } from './use-chart-spec.ts';

/** Build cost: histogram of the simulations with its S-curve and the P50 and P80 markers. */
export function CostHistogramChart(props: ScenarioChartProps) {
  const spec = useChartSpec(costHistogramChart, props, { width: 720, height: 360 }, {});
  return <ChartView spec={spec} showTitle={props.showTitle ?? true} />;
}
