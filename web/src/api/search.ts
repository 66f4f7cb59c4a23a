import { apiFetch } from './client';
import type { LetterPage } from './operator';

export interface SearchQuery {
  /** The filters as the API names them (rules/letterSearch.ts checkSearch). */
  params: Record<string, string>;
  pageSize: number;
  cursor?: string;
  /** `field:asc|desc`, sorted on the server over every result; absent, newest first. */
  sort?: string;
}

/** "Ricerca lettere" (manual 6.8): the company's letters of every section, newest first or sorted. */
export function searchLetters(companyId: string, query: SearchQuery, signal?: AbortSignal) {
  const params = new URLSearchParams(query.params);
  params.set('pageSize', String(query.pageSize));
  if (query.sort) params.set('sort', query.sort);
  if (query.cursor) params.set('cursor', query.cursor);
  return apiFetch<LetterPage>(`/companies/${encodeURIComponent(companyId)}/letters/search?${params.toString()}`, {
    signal,
  });
}
