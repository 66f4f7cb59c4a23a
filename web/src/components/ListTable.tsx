import type { ReactNode } from 'react';
import { ScrollingTable } from './ScrollingTable';

export interface ListColumn<T> {
  /** The manual's column name, word for word. */
  label: string;
  render: (row: T) => ReactNode;
  className?: string;
}

/**
 * A read-only list as the manual draws it (6.4, 6.6, 6.7): the first column names the row (a row
 * header for screen readers), the table scrolls sideways on narrow screens.
 */
export function ListTable<T>({
  caption,
  columns,
  rows,
  rowKey,
  testId,
  stackOnPhone,
}: {
  caption: string;
  columns: ListColumn<T>[];
  rows: T[];
  rowKey: (row: T, index: number) => string;
  testId: string;
  /** On a phone each row is a card of "label: value" lines instead of a table scrolled sideways. */
  stackOnPhone?: boolean;
}) {
  const [head, ...rest] = columns;
  return (
    <ScrollingTable caption={caption} className={stackOnPhone ? 'stacked-table' : undefined}>
      <thead>
        <tr>
          {columns.map((c) => (
            // Stacked lists let their headers wrap: at 1280 px a staff list fits without scrolling.
            <th key={c.label} scope="col" className={stackOnPhone ? 'align-bottom' : 'text-nowrap'}>
              {c.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => (
          <tr key={rowKey(row, i)} data-testid={testId}>
            <th scope="row" className="text-nowrap fw-normal" data-label={head.label}>
              {head.render(row)}
            </th>
            {rest.map((c) => (
              <td key={c.label} className={c.className} data-label={c.label}>
                {c.render(row)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </ScrollingTable>
  );
}
