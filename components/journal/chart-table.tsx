import { useT } from '../i18n';

/**
 * A chart's figures as a table, folded behind "Show as table": the text equivalent for screen
 * readers, and for anyone who would rather read numbers. The first cell of each row is its header.
 */
export function ChartTable({ caption, columns, rows }: { caption: string; columns: string[]; rows: string[][] }) {
  const t = useT();
  return (
    <details class="chart-table">
      <summary>{t('chartShowTable')}</summary>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th scope="col" key={column}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(([header, ...cells]) => (
            <tr key={header}>
              <th scope="row">{header}</th>
              {cells.map((cell, i) => (
                <td key={i}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
