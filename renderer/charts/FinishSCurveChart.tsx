import { finishSCurveChart, type WorkCalendar } from '../../engine/index.ts';
import { ChartView } from './ChartView.tsx';
import { useChartSpec, type ScenarioChartProps } from './use-chart-spec.ts';

/** Launch date: the chance of launching by each date, with the P50 and P80 dates. */
export type FinishSCurveChartProps = ScenarioChartProps & {
  /** The project's working calendar (`calendarOf(project)`); Monday to Friday by default. */
  calendar?: WorkCalendar;
};

export function FinishSCurveChart(props: FinishSCurveChartProps) {
  const spec = useChartSpec(
    finishSCurveChart,
    props,
    { width: 720, height: 340 },
    props.calendar ? { calendar: props.calendar } : {},
  );
  return <ChartView spec={spec} showTitle={props.showTitle ?? true} />;
}
