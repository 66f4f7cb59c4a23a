import { useState } from 'react';
import type { CursorPage, PageQuery } from '../api/communications';
import {
  currentCursor,
  FIRST_PAGE,
  hasPrevious,
  next,
  pageIndex,
  previous,
  rangeLabel,
  type CursorStack,
} from '../rules/paging';
import { useApi } from './useApi';

/**
 * A list paged with the API's cursors (docs/api.md): "Visualizza N elementi" and Precedente /
 * Successivo with "Vista da X a Y di N elementi". A new page size, or a new `deps` (the company,
 * the filters, the sort), starts again from the first page. `load` may answer undefined while
 * there is nothing to ask yet (a search not made).
 */
export function useCursorPages<T>(
  load: (query: PageQuery, signal: AbortSignal) => Promise<CursorPage<T> | undefined>,
  deps: unknown[],
) {
  const [pageSize, setPageSize] = useState(10);
  const [pages, setPages] = useState<{ key: string; stack: CursorStack }>({ key: '', stack: FIRST_PAGE });
  const key = JSON.stringify([...deps, pageSize]);
  const stack = pages.key === key ? pages.stack : FIRST_PAGE;
  const cursor = currentCursor(stack);
  const list = useApi((signal) => load({ pageSize, cursor }, signal), [key, cursor]);
  const items = list.data?.items ?? [];
  const move = (to: CursorStack) => setPages({ key, stack: to });

  return {
    list,
    items,
    pageSize,
    setPageSize,
    /** Back to the first page, read again (after something changed the list, or the same search again). */
    restart: () => {
      if (pageIndex(stack) === 0) list.reload();
      else move(FIRST_PAGE);
    },
    pager: {
      label: rangeLabel(stack, pageSize, items.length, list.data?.total ?? 0),
      page: pageIndex(stack) + 1,
      canPrevious: hasPrevious(stack),
      canNext: Boolean(list.data?.nextCursor),
      onPrevious: () => move(previous(stack)),
      onNext: () => move(next(stack, list.data?.nextCursor)),
    },
  };
}
