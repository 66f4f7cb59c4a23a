import { useEffect } from 'react';
import { APP_TITLE } from './content';

/** Each page names itself in the browser tab, so screen-reader users know where they landed. */
export function usePageTitle(page?: string): void {
  useEffect(() => {
    document.title = page ? `${page} - ${APP_TITLE}` : APP_TITLE;
  }, [page]);
}
