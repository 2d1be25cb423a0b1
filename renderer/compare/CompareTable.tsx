import type { Comparison, ScenarioComparison } from '../../engine/index.ts';
import { formatDate, formatMoney, formatPercent } from '../app/format.ts';
import { dateDelta, moneyDelta, pointsDelta, type DeltaView } from './delta-text.ts';

type Row = {
  label: string;
  cell(s: ScenarioComparison, c: Comparison): { value: string; delta?: DeltaView } | undefined;
};

const rows: Row[] = [
  {
    label: 'Cost P50',
    cell: (s, c) => ({
      value: formatMoney(s.cost.p50.value, c.currency),
      delta: moneyDelta(s.cost.p50, c.currency),
    }),
  },
  {
    label: 'Cost P80',
    cell: (s, c) => ({
      value: formatMoney(s.cost.p80.value, c.currency),
      delta: moneyDelta(s.cost.p80, c.currency),
    }),
  },
  {
    label: 'Launch P50',
    cell: (s) => ({ value: formatDate(s.finish.p50.date), delta: dateDelta(s.finish.p50) }),
  },
  {
    label: 'Launch P80',
    cell: (s) => ({ value: formatDate(s.finish.p80.date), delta: dateDelta(s.finish.p80) }),
  },
  {
    label: 'Hidden share (P50)',
    cell: (s) => ({
      value: formatPercent(s.hiddenShareP50.value),
      delta: pointsDelta(s.hiddenShareP50, true),
    }),
  },
  {
    label: 'Total cost of ownership P50',
    cell: (s, c) => ({
      value: formatMoney(s.tco.p50.value, c.currency),
      delta: moneyDelta(s.tco.p50, c.currency),
    }),
  },
  {
    label: 'Total cost of ownership P80',
    cell: (s, c) => ({
      value: formatMoney(s.tco.p80.value, c.currency),
      delta: moneyDelta(s.tco.p80, c.currency),
    }),
  },
  {
    label: 'Chance of meeting the budget',
    cell: (s) =>
      s.withinBudget
        ? { value: formatPercent(s.withinBudget.value), delta: pointsDelta(s.withinBudget, false) }
        : undefined,
  },
  {
    label: 'Chance of meeting the deadline',
    cell: (s) =>
      s.byDeadline
        ? { value: formatPercent(s.byDeadline.value), delta: pointsDelta(s.byDeadline, false) }
        : undefined,
  },
];

/** The scenarios side by side; every figure of a non-baseline scenario with its delta. */
export function CompareTable({ comparison }: { comparison: Comparison }) {
  return (
    <table className="compare-table">
      <caption>Scenarios against the baseline</caption>
      <thead>
        <tr>
          <td />
          {comparison.scenarios.map((s) => (
            <th key={s.id} scope="col">
              {s.name}
              {s.isBaseline ? <span className="baseline-mark"> (baseline)</span> : null}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.label}>
            <th scope="row">{row.label}</th>
            {comparison.scenarios.map((s) => {
              const cell = row.cell(s, comparison);
              return (
                <td key={s.id}>
                  {cell ? cell.value : '—'}
                  {cell?.delta && !s.isBaseline ? (
                    <span className={`delta delta-${cell.delta.tone}`}>{cell.delta.text}</span>
                  ) : null}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Mean build cost of each category, the scenarios side by side. */
export function CostByCategoryTable({ comparison }: { comparison: Comparison }) {
  return (
    <table className="compare-table">
      <caption>Cost by category (mean)</caption>
      <thead>
        <tr>
          <th scope="col">Category</th>
          {comparison.scenarios.map((s) => (
            <th key={s.id} scope="col">
              {s.name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {comparison.categories.map((category) => (
          <tr key={category}>
            <th scope="row">{category}</th>
            {comparison.scenarios.map((s) => {
              const cost = s.costByCategory[category];
              return (
                <td key={s.id}>
                  {cost ? formatMoney(cost.mean, comparison.currency) : '—'}
                  {cost && !s.isBaseline ? (
                    <span
                      className={`delta delta-${moneyDelta({ value: cost.mean, delta: cost.delta }, comparison.currency).tone}`}
                    >
                      {
                        moneyDelta({ value: cost.mean, delta: cost.delta }, comparison.currency)
                          .text
                      }
                    </span>
                  ) : null}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
