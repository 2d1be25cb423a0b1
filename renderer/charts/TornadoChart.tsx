import { tornadoChart } from '../../engine/index.ts';
import { ChartView } from './ChartView.tsx';
import { useChartSpec, type ScenarioChartProps } from './use-chart-spec.ts';

/** What drives the cost (or the schedule): the inputs with the strongest rank correlation. */
export type TornadoChartProps = ScenarioChartProps & {
  /** How many inputs to show (default 8). */
  top?: number;
  /** Correlations with the build cost (default) or the duration. */
  measure?: 'cost' | 'duration';
};

export function TornadoChart(props: TornadoChartProps) {
  const spec = useChartSpec(
    tornadoChart,
    props,
    { width: 720, height: 360 },
    {
      ...(props.top !== undefined ? { top: props.top } : {}),
      ...(props.measure ? { measure: props.measure } : {}),
    },
  );
  return <ChartView spec={spec} showTitle={props.showTitle ?? true} />;
}
