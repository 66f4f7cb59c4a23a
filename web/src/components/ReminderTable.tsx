import type { ReactNode } from 'react';
import type { Reminder } from '../api/communications';
import { ScrollingTable } from './ScrollingTable';
import { SelectPageCell, SelectRowCells } from './SelectionCells';
import { SortHeader } from './SortHeader';

export interface ReminderColumn {
  /** The API's sort field. */
  field: string;
  /** The manual's column name (fig. 9). */
  label: string;
  render: (reminder: Reminder) => ReactNode;
}

/**
 * "Nuovi solleciti ricevuti" as the letter lists draw theirs (LetterTable): a box per sollecito and one for
 * the page, the sollecito's name and its "Scarica" kept in view while the table scrolls sideways, every
 * column sortable on the server.
 */
export function ReminderTable({
  caption,
  reminders,
  columns,
  sort,
  onSort,
  selected,
  onSelect,
  busy,
  onDownload,
}: {
  caption: string;
  reminders: Reminder[];
  columns: ReminderColumn[];
  sort?: string;
  onSort: (sort: string) => void;
  selected: ReadonlySet<string>;
  onSelect: (names: string[], checked: boolean) => void;
  /** The sollecito being downloaded, if any. */
  busy?: string;
  onDownload: (name: string) => void;
}) {
  const names = reminders.map((r) => r.name);
  return (
    <ScrollingTable caption={caption}>
      <thead>
        <tr>
          <SelectPageCell
            label="Seleziona tutti i solleciti della pagina"
            names={names}
            selected={selected}
            onSelect={onSelect}
          />
          <SortHeader field="name" label="Sollecito" sort={sort} onSort={onSort} className="sticky-name" />
          <th scope="col">Azioni</th>
          {columns.map((c) => (
            <SortHeader key={c.field} field={c.field} label={c.label} sort={sort} onSort={onSort} />
          ))}
        </tr>
      </thead>
      <tbody>
        {reminders.map((r, i) => (
          <tr key={r.name} data-testid="reminder-row">
            <SelectRowCells index={i} name={r.name} selected={selected} onSelect={onSelect} />
            <td className="text-nowrap">
              <button
                type="button"
                className="btn btn-primary btn-xs"
                disabled={busy === r.name}
                onClick={() => onDownload(r.name)}
              >
                Scarica<span className="visually-hidden"> {r.name}</span>
              </button>
            </td>
            {columns.map((c) => (
              <td key={c.field}>{c.render(r)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </ScrollingTable>
  );
}
