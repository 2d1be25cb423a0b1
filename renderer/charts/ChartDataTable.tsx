import type { ChartTable } from '../../engine/index.ts';

/** A cell that reads as a number (amount, share, date-less figure): right-aligned. */
function isNumeric(cell: string | number): boolean {
  return (
    typeof cell === 'number' ||
    /^[+\-−]?\p{Sc}?\s?\d[\d.,\s]*(\p{L}{1,4}\.?)?\s?(%|\p{Sc})?$/u.test(cell)
  );
}

export type ChartDataTableProps = {
  id: string;
  table: ChartTable;
  caption: string;
  hidden?: boolean;
};

/** The numbers behind a chart as a table: column headers, and each row headed by its first cell. */
export function ChartDataTable({ id, table, caption, hidden = false }: ChartDataTableProps) {
  return (
    <div className="fathom-chart__table-wrap" hidden={hidden}>
      <table id={id} className="fathom-chart__table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {table.columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, r) => (
            <tr key={r}>
              {row.map((cell, c) =>
                c === 0 ? (
                  <th key={c} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={c} className={isNumeric(cell) ? 'fathom-chart__number' : undefined}>
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
