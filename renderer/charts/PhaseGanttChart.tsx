import { phaseGanttChart, type WorkCalendar } from '../../engine/index.ts';
import { ChartView } from './ChartView.tsx';
import { useChartSpec, type ScenarioChartProps } from './use-chart-spec.ts';

/** Schedule: one bar per phase from its P50 start to its P50 finish, extended to its P80 finish. */
export type PhaseGanttChartProps = ScenarioChartProps & {
  /** The project's working calendar (`calendarOf(project)`); Monday to Friday by default. */
  calendar?: WorkCalendar;
};

export function PhaseGanttChart(props: PhaseGanttChartProps) {
  const spec = useChartSpec(
    phaseGanttChart,
    props,
    { width: 720, height: 420 },
    props.calendar ? { calendar: props.calendar } : {},
  );
  return <ChartView spec={spec} showTitle={props.showTitle ?? true} />;
}
