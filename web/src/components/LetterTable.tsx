import type { Letter } from '../api/operator';
import { letterPdfUrl } from '../api/operator';
import type { Column } from '../pages/letterColumns';
import { SortHeader } from './SortHeader';
import { ScrollingTable } from './ScrollingTable';
import { SelectPageCell, SelectRowCells } from './SelectionCells';

export interface LetterTableProps {
  companyId: string;
  caption: string;
  letters: Letter[];
  columns: Column[];
  sort?: string;
  /** Without it the headers are plain: the list keeps the order the API gives. */
  onSort?: (sort: string) => void;
  selected: ReadonlySet<string>;
  onSelect: (names: string[], checked: boolean) => void;
  onDetail: (name: string) => void;
  onDownloaded: () => void;
}

/**
 * The section's letters, scrolling horizontally as in the manual; one checkbox per letter. The box and
 * the letter's name stay in view while the table scrolls sideways, and the row's actions follow them.
 */
export function LetterTable({
  companyId,
  caption,
  letters,
  columns,
  sort,
  onSort,
  selected,
  onSelect,
  onDetail,
  onDownloaded,
}: LetterTableProps) {
  const names = letters.map((l) => l.name);
  const header = (c: { field: string; label: string }, className?: string) =>
    onSort ? (
      <SortHeader key={c.field} field={c.field} label={c.label} sort={sort} onSort={onSort} className={className} />
    ) : (
      <th key={c.field} scope="col" className={`text-nowrap ${className ?? ''}`}>
        {c.label}
      </th>
    );
  return (
    <ScrollingTable caption={caption}>
      <thead>
        <tr>
          <SelectPageCell
            label="Seleziona tutte le lettere della pagina"
            names={names}
            selected={selected}
            onSelect={onSelect}
          />
          {header({ field: 'name', label: 'Lettera' }, 'sticky-name')}
          <th scope="col">Azioni</th>
          {columns.map((c) => header(c))}
        </tr>
      </thead>
      <tbody>
        {letters.map((l, i) => (
          <tr key={l.name} data-testid="letter-row">
            <SelectRowCells index={i} name={l.name} selected={selected} onSelect={onSelect} />
            <td className="text-nowrap">
              <button type="button" className="btn btn-outline-primary btn-xs me-1" onClick={() => onDetail(l.name)}>
                Dettaglio<span className="visually-hidden"> {l.name}</span>
              </button>
              <a
                href={letterPdfUrl(companyId, l.name)}
                download={l.name}
                className="btn btn-primary btn-xs"
                onClick={() => window.setTimeout(onDownloaded, 1500)}
              >
                Scarica<span className="visually-hidden"> {l.name}</span>
              </a>
            </td>
            {columns.map((c) => (
              <td key={c.field} className={c.className}>
                {c.render(l, { openDetail: onDetail, companyId })}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </ScrollingTable>
  );
}
