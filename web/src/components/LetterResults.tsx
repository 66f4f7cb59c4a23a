import { useState } from 'react';
import { downloadZip, type Letter, type Matching } from '../api/operator';
import type { useCursorPages } from '../hooks/useCursorPages';
import type { useSelection } from '../hooks/useSelection';
import { LetterDetail } from './LetterDetail';
import { LetterTable, type LetterTableProps } from './LetterTable';
import { Pager } from './Pager';
import { SelectionDownload } from './SelectionDownload';
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

  return (
    <>
      <SelectionDownload
        noun="lettere"
        selection={selection}
        pageNames={items.map((l) => l.name)}
        total={list.data?.total ?? 0}
        matchable={matching !== undefined}
        fetchZip={(names) => downloadZip(companyId, names ?? matching ?? [])}
        fileName={`lettere-${companyId}`}
        onDone={afterDownload}
        onError={(text) => onMessage({ tone: 'danger', text })}
      />
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
