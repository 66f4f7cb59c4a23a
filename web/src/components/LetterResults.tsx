import { useState } from 'react';
import type { Letter } from '../api/operator';
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
}

/**
 * Letters paged by cursor, as a section and the search show them (manual 6.1–6.5, 6.8): the ZIP of
 * the checked ones, the table with its single downloads, the pager, and the Dettaglio lettera.
 */
export function LetterResults({ pages, selection, loading, empty, onMessage, onDownloaded, ...table }: Props) {
  const { companyId } = table;
  const [detail, setDetail] = useState<string>();
  const { list, items } = pages;

  function afterDownload(count: number) {
    onMessage({ tone: 'success', text: count === 1 ? 'Lettera scaricata.' : `${count} lettere scaricate.` });
    onDownloaded();
  }

  return (
    <>
      <div className="d-flex flex-wrap gap-2 mb-2">
        <ZipDownloadButton
          companyId={companyId}
          names={[...selection.selected]}
          onDone={afterDownload}
          onError={(text) => onMessage({ tone: 'danger', text })}
        />
      </div>
      {list.loading && !list.data ? (
        <p role="status">{loading}</p>
      ) : (
        <>
          {items.length === 0 && !list.loading && <p data-testid="empty">{empty}</p>}
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
      <LetterDetail companyId={companyId} name={detail} onClose={() => setDetail(undefined)} onChanged={list.reload} />
    </>
  );
}
