import type { BuiltTask, RiskStatistics } from '../../engine/index.ts';
import type { RiskRow as Row } from './risk-rows.ts';
import { RiskRow } from './RiskRow.tsx';
import type { ScenarioEdit } from './use-scenario-edit.ts';

type Props = {
  rows: readonly Row[];
  tasks: readonly BuiltTask[];
  fired: ReadonlyMap<string, RiskStatistics>;
  /** The counts are from the document before the last edit. */
  stale: boolean;
  /** Whether the latest simulation ran with the mitigations in place. */
  mitigated: boolean | undefined;
  currency: string;
  edit: ScenarioEdit;
  onRemoved(name: string): void;
};

/** The risk register: each risk before mitigation beside its mitigation, and how often it fired. */
export function RiskTable({
  rows,
  tasks,
  fired,
  stale,
  mitigated,
  currency,
  edit,
  onRemoved,
}: Props) {
  return (
    <div className="table-scroll" role="region" aria-label="Risk table" tabIndex={0}>
      <table className={`data-table risks-table${stale ? ' stats-stale' : ''}`}>
        <caption>
          {rows.length} risks. Probabilities in %; delays in working days and costs in {currency},
          as <code>5</code>, <code>3 to 8</code> or <code>2, 4, 9</code>; a negative cost is an
          opportunity.
        </caption>
        <thead>
          <tr>
            <th scope="col" rowSpan={2} className="col-risk">
              Risk
            </th>
            <th scope="colgroup" colSpan={4} className="group-head">
              Without mitigation
            </th>
            <th scope="colgroup" colSpan={3} className="group-head mitigation-start">
              With mitigation
            </th>
            <th scope="col" rowSpan={2} className="number">
              Fired <span className="unit">{mitigated ? 'of runs, mitigated' : 'of runs'}</span>
            </th>
          </tr>
          <tr>
            <th scope="col">Probability</th>
            <th scope="col">Delays task</th>
            <th scope="col">
              Delay <span className="unit">working days</span>
            </th>
            <th scope="col">
              Cost impact <span className="unit">{currency}</span>
            </th>
            <th scope="col" className="mitigation-start">
              Mitigation
            </th>
            <th scope="col">
              Its cost <span className="unit">{currency}</span>
            </th>
            <th scope="col">Probability after</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <RiskRow
              key={row.risk.id}
              row={row}
              tasks={tasks}
              fired={fired.get(row.risk.id)?.firedFraction}
              edit={edit}
              onRemoved={onRemoved}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
