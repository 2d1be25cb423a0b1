import { useMemo } from 'react';
import {
  compareCostSCurvesChart,
  compareFinishSCurvesChart,
  type Comparison,
} from '../../engine/index.ts';
import { ChartView } from '../charts/ChartView.tsx';

const SIZE = { width: 560, height: 300 };

/** Overlaid S-curves of cost and of launch date for the compared scenarios. */
export function CompareCharts({ comparison }: { comparison: Comparison }) {
  const locale = navigator.language || 'en-GB';
  const cost = useMemo(
    () => compareCostSCurvesChart(comparison, { ...SIZE, currency: comparison.currency, locale }),
    [comparison, locale],
  );
  const finish = useMemo(
    () => compareFinishSCurvesChart(comparison, { ...SIZE, currency: comparison.currency, locale }),
    [comparison, locale],
  );
  return (
    <div className="compare-charts">
      <ChartView spec={cost} showTitle />
      <ChartView spec={finish} showTitle />
    </div>
  );
}
