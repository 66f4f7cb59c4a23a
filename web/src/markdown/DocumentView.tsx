import { Alert } from 'design-react-kit';
import { useEffect } from 'react';
import { useLocation } from 'react-router-dom';
import { MarkdownBlocks } from './markdown';
import { useDocument } from './useDocument';

/** A document of web/public/documenti shown as HTML; a #fragment in the address scrolls to its heading. */
export function DocumentView({ path, label, shift }: { path: string; label: string; shift?: 0 | 1 }) {
  const document = useDocument(path);
  const { hash } = useLocation();
  useEffect(() => {
    if (document.data && hash) window.document.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView();
  }, [document.data, hash]);
  if (document.error) return <Alert color="danger">{document.error}</Alert>;
  if (!document.data) return <p role="status">Caricamento in corso…</p>;
  return (
    <article className="markdown-document" aria-label={label}>
      <MarkdownBlocks blocks={document.data} shift={shift} />
    </article>
  );
}
