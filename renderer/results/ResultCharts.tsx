import { useMemo } from 'react';
import { calendarOf, type ScenarioResult } from '../../engine/index.ts';
import {
  CostByCategoryChart,
  CostHistogramChart,
  FinishSCurveChart,
  PhaseGanttChart,
  RunningCostChart,
  TornadoChart,
} from '../charts/index.ts';
import { useFathom } from '../state/use-fathom.ts';

/**
 * The result charts: what it will cost (histogram and S-curve), when it launches, where the money
 * goes (the iceberg of hidden work), the phases, what drives the uncertainty, and the running cost.
 */
export function ResultCharts({ result, currency }: { result: ScenarioResult; currency: string }) {
  const project = useFathom((s) => s.project);
  const calendar = useMemo(() => calendarOf(project), [project]);
  return (
    <section className="charts" aria-label="Charts">
      <CostByCategoryChart result={result} currency={currency} />
      <CostHistogramChart result={result} currency={currency} />
      <FinishSCurveChart result={result} currency={currency} calendar={calendar} />
      <PhaseGanttChart result={result} currency={currency} calendar={calendar} />
      {result.sensitivity.cost.length > 0 ? (
        <TornadoChart result={result} currency={currency} />
      ) : null}
      {result.runCostPerMonth && result.runCostPerMonth.length > 0 ? (
        <RunningCostChart result={result} currency={currency} />
      ) : null}
    </section>
  );
}
