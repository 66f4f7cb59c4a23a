import { Alert, Container } from 'design-react-kit';
import { useCallback, useMemo, useState } from 'react';
import { Navigate, useParams } from 'react-router-dom';
import { listLetters } from '../api/operator';
import { AnswerUpload } from '../components/AnswerUpload';
import { SectionHeader } from '../components/SectionHeader';
import { LetterFilters, type Filters } from '../components/LetterFilters';
import { LetterResults } from '../components/LetterResults';
import { useCursorPages } from '../hooks/useCursorPages';
import { matchingScope, useSelection } from '../hooks/useSelection';
import { areaPath } from '../routes';
import { usePageTitle } from '../usePageTitle';
import { columnsFor } from './letterColumns';
import { useMe } from './OperatorLayout';
import { sectionAt } from './sections';
import { OutcomeAlert, type Outcome } from '../components/OutcomeAlert';

const INITIAL_FILTERS: Filters = { serviceType: '', recipient: '', q: '' };

/**
 * A section's letters (manual 6.1–6.3, 6.5): server-side filters, sort and cursor paging; answers
 * are uploaded in to-work and the archive (6.2.2, 6.5).
 */
export function SectionPage() {
  const { companyId = '', section: sectionId } = useParams();
  const section = sectionAt(sectionId);
  usePageTitle(section?.title ?? 'Sezione');
  const me = useMe();
  const [filters, setFiltersState] = useState(INITIAL_FILTERS);
  const [sort, setSortState] = useState<string>();
  const selection = useSelection();
  const { selected, clear: clearSelection } = selection;
  const [message, setMessage] = useState<Outcome>();

  const pages = useCursorPages(
    (page, signal) =>
      section
        ? listLetters(companyId, { section: section.id, ...filters, sort, ...page }, signal)
        : Promise.resolve(undefined),
    [companyId, section?.id, filters, sort],
  );
  const { list } = pages;
  const setFilters = useCallback(
    (f: Filters) => {
      setFiltersState(f);
      clearSelection();
    },
    [clearSelection],
  );
  const columns = useMemo(() => (section ? columnsFor(section.id) : []), [section]);

  if (!section) return <Navigate to={areaPath(companyId)} replace />;
  if (!me.companies.includes(companyId)) return <Navigate to="/area" replace />;

  /** After something changed the list: back to its first page, nothing checked. */
  const total = list.data?.total ?? 0;
  const matching = { section: section.id, ...filters };
  const { allChosen } = matchingScope(
    selection,
    pages.items.map((l) => l.name),
    total,
    true,
  );

  function restart() {
    clearSelection();
    pages.restart();
  }

  return (
    <Container fluid="xl" className="py-4">
      <SectionHeader companyId={companyId} title={section.title} />

      <LetterFilters
        filters={filters}
        showRecipient={section.id === 'new'}
        onChange={setFilters}
        pageSize={pages.pageSize}
        onPageSize={(size) => {
          pages.setPageSize(size);
          clearSelection();
        }}
      />

      <div aria-live="polite">
        <OutcomeAlert outcome={message} testId="section-message" />
        {list.error && <Alert color="danger">{list.error}</Alert>}
      </div>

      {(section.id === 'to-work' || section.id === 'archive') && (
        <AnswerUpload
          key={section.id}
          companyId={companyId}
          selected={[...selected]}
          all={allChosen ? { matching, total } : undefined}
          replacement={section.id === 'archive'}
          onUploaded={restart}
        />
      )}

      <LetterResults
        companyId={companyId}
        pages={pages}
        selection={selection}
        caption={section.title}
        columns={columns}
        sort={sort}
        onSort={(s) => {
          setSortState(s);
          clearSelection();
        }}
        loading="Caricamento in corso…"
        empty="Nessuna lettera da mostrare."
        onMessage={setMessage}
        onDownloaded={restart}
        matching={matching}
      />
    </Container>
  );
}
