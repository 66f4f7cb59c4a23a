import { useParams } from 'react-router-dom';
import type { CursorPage, PageQuery } from '../api/communications';
import { useCursorPages } from './useCursorPages';

/** One of the company's simple lists (solleciti, comunicazioni, invii falliti), for the company in the URL. */
export function useCompanyList<T>(
  list: (companyId: string, query: PageQuery, signal: AbortSignal) => Promise<CursorPage<T>>,
) {
  const { companyId = '' } = useParams();
  const pages = useCursorPages((query, signal) => list(companyId, query, signal), [companyId]);
  return { companyId, pages };
}
