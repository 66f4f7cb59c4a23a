import { Alert } from 'design-react-kit';
import type { useCursorPages } from '../hooks/useCursorPages';
import { ListTable, type ListColumn } from './ListTable';
import { PageSizeSelect } from './PageSizeSelect';
import { Pager } from './Pager';

/** "Visualizza N elementi", the table, "Vista da X a Y di N elementi" and the pager of a cursor-paged list. */
export function PagedList<T>({
  pages,
  caption,
  columns,
  rowKey,
  testId,
  empty,
}: {
  pages: ReturnType<typeof useCursorPages<T>>;
  caption: string;
  columns: ListColumn<T>[];
  rowKey: (row: T, index: number) => string;
  testId: string;
  empty: string;
}) {
  const { list, items } = pages;
  return (
    <>
      <PageSizeSelect value={pages.pageSize} onChange={pages.setPageSize} />
      <div aria-live="polite">{list.error && <Alert color="danger">{list.error}</Alert>}</div>
      {list.loading && !list.data ? (
        <p role="status">Caricamento in corso…</p>
      ) : (
        <>
          {items.length === 0 && !list.loading ? (
            <p data-testid="empty">{empty}</p>
          ) : (
            <>
              <ListTable caption={caption} columns={columns} rows={items} rowKey={rowKey} testId={testId} />
              <Pager {...pages.pager} />
            </>
          )}
        </>
      )}
    </>
  );
}
