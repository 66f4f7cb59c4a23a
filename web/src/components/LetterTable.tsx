import type { Letter } from '../api/operator';
import { letterPdfUrl } from '../api/operator';
import type { Column } from '../pages/letterColumns';
import { SortHeader } from './SortHeader';
import { ScrollingTable } from './ScrollingTable';

export interface LetterTableProps {
  companyId: string;
  caption: string;
  letters: Letter[];
  columns: Column[];
  sort?: string;
  /** Without it the headers are plain: the list has a fixed order (e.g. "Ricerca lettere", newest first). */
  onSort?: (sort: string) => void;
  selected: ReadonlySet<string>;
  onSelect: (names: string[], checked: boolean) => void;
  onDetail: (name: string) => void;
  onDownloaded: () => void;
}

/** The section's letters, scrolling horizontally as in the manual; one checkbox per letter. */
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
  const allChecked = names.length > 0 && names.every((n) => selected.has(n));
  return (
    <ScrollingTable caption={caption}>
      <thead>
        <tr>
          <th scope="col" className="text-nowrap">
            <div className="form-check m-0">
              <input
                id="select-all"
                type="checkbox"
                checked={allChecked}
                disabled={names.length === 0}
                onChange={(e) => onSelect(names, e.target.checked)}
              />
              <label htmlFor="select-all" className="visually-hidden">
                Seleziona tutte le lettere della pagina
              </label>
            </div>
          </th>
          {[{ field: 'name', label: 'Lettera' }, ...columns].map((c) =>
            onSort ? (
              <SortHeader key={c.field} field={c.field} label={c.label} sort={sort} onSort={onSort} />
            ) : (
              <th key={c.field} scope="col" className="text-nowrap">
                {c.label}
              </th>
            ),
          )}
          <th scope="col">Azioni</th>
        </tr>
      </thead>
      <tbody>
        {letters.map((l, i) => (
          <tr key={l.name} data-testid="letter-row">
            <td>
              <div className="form-check m-0">
                <input
                  id={`select-${i}`}
                  type="checkbox"
                  checked={selected.has(l.name)}
                  onChange={(e) => onSelect([l.name], e.target.checked)}
                />
                <label htmlFor={`select-${i}`} className="visually-hidden">
                  Seleziona {l.name}
                </label>
              </div>
            </td>
            <th scope="row" className="text-nowrap fw-normal">
              {l.name}
            </th>
            {columns.map((c) => (
              <td key={c.field} className={c.className}>
                {c.render(l, { openDetail: onDetail, companyId })}
              </td>
            ))}
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
          </tr>
        ))}
      </tbody>
    </ScrollingTable>
  );
}
