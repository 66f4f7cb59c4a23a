import { Container } from 'design-react-kit';
import { DocumentView } from '../markdown/DocumentView';
import { usePageTitle } from '../usePageTitle';

/** A public page whose text is a Markdown file (the Informativa Privacy, the FAQ): its title is the file's. */
export function DocumentPage({ title, path }: { title: string; path: string }) {
  usePageTitle(title);
  return (
    <Container className="py-4 py-lg-5">
      <DocumentView path={path} label={title} />
    </Container>
  );
}
