import type { ScenarioResult } from '../../engine/index.ts';
import { formatPercent } from '../app/format.ts';

/** The chance of meeting the budget, the deadline and both (set in Settings). */
export function Odds({ result }: { result: ScenarioResult }) {
  const { withinBudget, withinDeadline, both } = result.probabilities;
  if (withinBudget === undefined && withinDeadline === undefined) {
    return (
      <p className="odds-empty">
        Set a budget and a deadline in Settings to see the chance of meeting them.
      </p>
    );
  }
  return (
    <dl className="odds" aria-label="Chance of meeting the budget and the deadline">
      {withinBudget !== undefined ? (
        <div>
          <dt>Within budget</dt>
          <dd data-testid="odds-budget">{formatPercent(withinBudget)}</dd>
        </div>
      ) : null}
      {withinDeadline !== undefined ? (
        <div>
          <dt>By the deadline</dt>
          <dd data-testid="odds-deadline">{formatPercent(withinDeadline)}</dd>
        </div>
      ) : null}
      {both !== undefined ? (
        <div>
          <dt>Both</dt>
          <dd data-testid="odds-both">{formatPercent(both)}</dd>
        </div>
      ) : null}
    </dl>
  );
}
