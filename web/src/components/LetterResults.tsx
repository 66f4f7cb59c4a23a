import { useState } from 'react';
import type { Letter } from '../api/operator';
import type { useCursorPages } from '../hooks/useCursorPages';
import type { useSelection } from '../hooks/useSelection';
import type { Column } from '../pages/letterColumns';
import { LetterDetail } from './LetterDetail';
import { LetterTable } from './LetterTable';
import { Pager } from './Pager';
import { ZipDownloadButton } from './ZipDownloadButton';

interface Props {
  companyId: string;
  pages: ReturnType<typeof useCursorPages<Letter>>;
  selection: ReturnType<typeof useSelection>;
  caption: string;
  columns: Column[];
  sort?: string;
  onSort?: (sort: string) => void;
  /** What the list says while its first page loads, and when it has no letter. */
  loading: string;
  empty: string;
  /** The outcome of a download, to show above the list. */
  onMessage: (message: { tone: 'success' | 'danger'; text: string }) => void;
  /** Letters were downloaded: what the list must read again (a download moves them between sections). */
  onDownloaded: () => void;
}

/**
 * Letters paged by cursor, as a section and the search show them (manual 6.1–6.5, 6.8): the ZIP of
 * the checked ones, the table with its single downloads, the pager, and the Dettaglio lettera.
 */
export function LetterResults({
  companyId,
  pages,
  selection,
  loading,
  empty,
  onMessage,
  onDownloaded,
  ...table
}: Props) {
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
            companyId={companyId}
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
