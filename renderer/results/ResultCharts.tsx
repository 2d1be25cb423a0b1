import type { ScenarioResult } from '../../engine/index.ts';

/** The result charts (cost, dates, the iceberg, phases, drivers, running cost). */
export function ResultCharts({ result, currency }: { result: ScenarioResult; currency: string }) {
  return (
    <section className="charts" aria-label="Charts">
      <p>
        {result.phases.length} phases · {currency}
      </p>
    </section>
  );
}
