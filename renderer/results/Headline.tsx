import type { ScenarioResult } from '../../engine/index.ts';
import { formatDate, formatMoney, formatPercent } from '../app/format.ts';

type Props = { result: ScenarioResult; currency: string };

/** The estimate in sentences a stakeholder understands. */
export function Headline({ result, currency }: Props) {
  const hidden = result.hiddenShare?.p50 ?? 0;
  return (
    <section className="headline" aria-labelledby="headline-title">
      <h2 id="headline-title" className="visually-hidden">
        Estimate
      </h2>
      <p className="headline-main" data-testid="headline">
        <strong>80% chance</strong> to launch by <strong>{formatDate(result.finish.p80)}</strong>{' '}
        for at most <strong data-testid="p80-cost">{formatMoney(result.cost.p80, currency)}</strong>
        .
      </p>
      <dl className="headline-figures">
        <div>
          <dt>Even odds (P50)</dt>
          <dd>
            {formatDate(result.finish.p50)} ·{' '}
            <span data-testid="p50-cost">{formatMoney(result.cost.p50, currency)}</span>
          </dd>
        </div>
        <div>
          <dt>Hidden work</dt>
          <dd>{formatPercent(hidden)} of the build cost is not the model</dd>
        </div>
        <div>
          <dt>PoC no-go</dt>
          <dd>
            {formatPercent(result.noGo ?? 0)} chance the PoC ends the project
            {result.costIfStopped
              ? ` (after about ${formatMoney(result.costIfStopped.p50, currency)})`
              : ''}
          </dd>
        </div>
        {result.tco ? (
          <div>
            <dt>Cost of ownership</dt>
            <dd>
              {formatMoney(result.tco.p50, currency)} incl.{' '}
              {formatMoney(result.runCost?.p50 ?? 0, currency)} running cost over the horizon
            </dd>
          </div>
        ) : null}
      </dl>
    </section>
  );
}
