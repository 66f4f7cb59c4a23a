/**
 * Cursor paging for the server-side lists: the API only gives the next page's cursor, so the
 * cursors of the pages already seen are kept in a stack for "Precedente". The first page has no
 * cursor. Any change of query (filters, sort, page size) starts again from the first page.
 */
export type CursorStack = ReadonlyArray<string | undefined>;

export const FIRST_PAGE: CursorStack = [undefined];

export const currentCursor = (stack: CursorStack) => stack[stack.length - 1];

export const pageIndex = (stack: CursorStack) => stack.length - 1;

export const hasPrevious = (stack: CursorStack) => stack.length > 1;

export function next(stack: CursorStack, nextCursor: string | null | undefined): CursorStack {
  return nextCursor ? [...stack, nextCursor] : stack;
}

export function previous(stack: CursorStack): CursorStack {
  return stack.length > 1 ? stack.slice(0, -1) : stack;
}

/** The manual's "Vista da X a Y di N elementi". */
export function rangeLabel(stack: CursorStack, pageSize: number, shown: number, total: number): string {
  if (shown === 0) return `Vista da 0 a 0 di ${total} elementi`;
  const from = pageIndex(stack) * pageSize + 1;
  return `Vista da ${from} a ${from + shown - 1} di ${total} elementi`;
}

/** Clicking a column header: first ascending, then descending, then ascending again. */
export function toggleSort(current: string | undefined, field: string): string {
  return current === `${field}:asc` ? `${field}:desc` : `${field}:asc`;
}

export function sortDirection(current: string | undefined, field: string): 'ascending' | 'descending' | undefined {
  if (current === `${field}:asc`) return 'ascending';
  if (current === `${field}:desc`) return 'descending';
  return undefined;
}
