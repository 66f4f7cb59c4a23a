import { useState } from 'react';
import type { Letter, Matching } from '../api/operator';
import type { useCursorPages } from '../hooks/useCursorPages';
import type { useSelection } from '../hooks/useSelection';
import { LetterDetail } from './LetterDetail';
import { LetterTable, type LetterTableProps } from './LetterTable';
import { Pager } from './Pager';
import { ZipDownloadButton } from './ZipDownloadButton';
import type { Outcome } from './OutcomeAlert';

interface Props extends Pick<LetterTableProps, 'companyId' | 'caption' | 'columns' | 'sort' | 'onSort'> {
  pages: ReturnType<typeof useCursorPages<Letter>>;
  selection: ReturnType<typeof useSelection>;
  /** What the list says while its first page loads, and when it has no letter. */
  loading: string;
  empty: string;
  /** The outcome of a download, to show above the list. */
  onMessage: (message: Outcome) => void;
  /** Letters were downloaded: what the list must read again (a download moves them between sections). */
  onDownloaded: () => void;
  /** A section's list: its filters, so that "Lettera" ticked can mean every matching letter, on every page. */
  matching?: Matching;
}

/**
 * Letters paged by cursor, as a section and the search show them (manual 6.1–6.5, 6.8): the ZIP of
 * the checked ones, the table with its single downloads, the pager, and the Dettaglio lettera.
 */
export function LetterResults({
  pages,
  selection,
  loading,
  empty,
  onMessage,
  onDownloaded,
  matching,
  ...table
}: Props) {
  const { companyId } = table;
  const [detail, setDetail] = useState<string>();
  const { list, items } = pages;

  function afterDownload(count: number) {
    onMessage({ tone: 'success', text: count === 1 ? 'Lettera scaricata.' : `${count} lettere scaricate.` });
    onDownloaded();
  }

  const total = list.data?.total ?? 0;
  const pageChecked = items.length > 0 && items.every((l) => selection.selected.has(l.name));
  // More letters match than the page shows: the whole section may be chosen, its count said first.
  const canChooseAll = matching !== undefined && pageChecked && total > items.length;
  const all = matching && selection.allMatching && canChooseAll ? { query: matching, total } : undefined;

  return (
    <>
      <div className="d-flex flex-wrap gap-2 mb-2">
        <ZipDownloadButton
          companyId={companyId}
          names={[...selection.selected]}
          matching={all}
          onDone={afterDownload}
          onError={(text) => onMessage({ tone: 'danger', text })}
        />
      </div>
      {canChooseAll && (
        <p className="select-all-note small mb-2" data-testid="select-all-note" aria-live="polite">
          {all ? (
            <>
              Sono selezionate tutte le {total} lettere della sezione che corrispondono ai filtri.{' '}
              <button type="button" className="btn btn-link btn-xs p-0" onClick={() => selection.setAllMatching(false)}>
                Selezionare solo le lettere di questa pagina
              </button>
            </>
          ) : (
            <>
              {items.length === 1 ? 'È selezionata 1 lettera' : `Sono selezionate le ${items.length} lettere`} di questa
              pagina.{' '}
              <button type="button" className="btn btn-link btn-xs p-0" onClick={() => selection.setAllMatching(true)}>
                Selezionare tutte le {total} lettere della sezione che corrispondono ai filtri
              </button>
            </>
          )}
        </p>
      )}
      {list.loading && !list.data ? (
        <p role="status">{loading}</p>
      ) : (
        <>
          {/* An empty list says so, without an empty header row. */}
          {items.length === 0 && !list.loading ? (
            <p data-testid="empty">{empty}</p>
          ) : (
            <>
              <LetterTable
                {...table}
                letters={items}
                selected={selection.selected}
                onSelect={selection.onSelect}
                onDetail={setDetail}
                onDownloaded={() => afterDownload(1)}
              />
              <Pager {...pages.pager} />
            </>
          )}
        </>
      )}
      <LetterDetail companyId={companyId} name={detail} onClose={() => setDetail(undefined)} onChanged={list.reload} />
    </>
  );
}
