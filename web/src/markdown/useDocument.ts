import { useApi } from '../hooks/useApi';
import { parseMarkdown } from './markdown';

/** Where the portal's documents are served (web/public/documenti; the PDFs are written there at build time). */
export const DOCUMENTS_PATH = '/documenti';

export const DOCUMENTS = {
  manual: `${DOCUMENTS_PATH}/manuale-portale-operatori-gestori.md`,
  manualPdf: `${DOCUMENTS_PATH}/manuale-portale-operatori-gestori.pdf`,
  form: `${DOCUMENTS_PATH}/modulo-abilitazione-referenti.pdf`,
  privacy: `${DOCUMENTS_PATH}/informativa-privacy.md`,
  faq: `${DOCUMENTS_PATH}/faq.md`,
} as const;

/**
 * A Markdown document read when the page opens, not built into the bundle: the Sportello can replace the
 * file (e.g. the Informativa Privacy) on the site without a new build of the web app.
 */
export function useDocument(path: string) {
  return useApi(
    async (signal) => {
      const response = await fetch(path, { signal, headers: { Accept: 'text/markdown, text/plain' } });
      const type = response.headers.get('content-type') ?? '';
      // A missing file comes back as the app's index.html from the site's fallback: not the document.
      if (!response.ok || type.includes('html')) throw new Error(`${path}: ${response.status} ${type}`);
      return parseMarkdown(await response.text());
    },
    [path],
  );
}
