import { Alert } from 'design-react-kit';
import type { CursorPage } from '../api/communications';
import { ListTable, type ListColumn } from '../components/ListTable';
import { Pager } from '../components/Pager';
import { useCursorPages } from '../hooks/useCursorPages';
import { useStaff } from './StaffLayout';

/** A staff list route paged with cursors: `params` (empty ones left out) plus `pageSize` and `cursor`. */
export function useStaffPages<T>(path: string, params: Record<string, string>) {
  const { call } = useStaff();
  return useCursorPages(
    (query, signal) => {
      const search = new URLSearchParams(Object.entries(params).filter(([, value]) => value !== ''));
      search.set('pageSize', String(query.pageSize));
      if (query.cursor) search.set('cursor', query.cursor);
      return call<CursorPage<T>>(`${path}?${search}`, { signal });
    },
    [path, JSON.stringify(params)],
  );
}

/** The list's table and pager, its error in Italian, or what to say when it is empty. */
export function StaffList<T>({
  pages,
  caption,
  empty,
  columns,
  rowKey,
  testId,
}: {
  pages: ReturnType<typeof useStaffPages<T>>;
  caption: string;
  empty: string;
  columns: ListColumn<T>[];
  rowKey: (row: T, index: number) => string;
  testId: string;
}) {
  if (pages.list.error) return <Alert color="danger">{pages.list.error}</Alert>;
  if (pages.list.data && pages.items.length === 0) return <p data-testid={`${testId}-empty`}>{empty}</p>;
  if (pages.items.length === 0) return <p role="status">Caricamento in corso…</p>;
  return (
    <>
      <ListTable<T>
        caption={caption}
        testId={testId}
        rows={pages.items}
        rowKey={rowKey}
        columns={columns}
        stackOnPhone
      />
      <Pager {...pages.pager} />
    </>
  );
}
