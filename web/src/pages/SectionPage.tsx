import { Alert, Container } from 'design-react-kit';
import { useCallback, useMemo, useState } from 'react';
import { Navigate, useParams } from 'react-router-dom';
import { listLetters } from '../api/operator';
import { AnswerUpload } from '../components/AnswerUpload';
import { Breadcrumb } from '../components/Breadcrumb';
import { LetterDetail } from '../components/LetterDetail';
import { LetterFilters, type Filters } from '../components/LetterFilters';
import { LetterTable } from '../components/LetterTable';
import { Pager } from '../components/Pager';
import { ZipDownloadButton } from '../components/ZipDownloadButton';
import { useApi } from '../hooks/useApi';
import { useSelection } from '../hooks/useSelection';
import { currentCursor, FIRST_PAGE, hasPrevious, next, pageIndex, previous, rangeLabel, type CursorStack } from '../rules/paging';
import { areaPath } from '../routes';
import { usePageTitle } from '../usePageTitle';
import { columnsFor } from './letterColumns';
import { useMe } from './OperatorLayout';
import { sectionAt } from './sections';

const INITIAL_FILTERS: Filters = { pageSize: 10, serviceType: '', recipient: '', q: '' };

/** A section's letters (manual 6.1–6.3, 6.5): server-side filters, sort and cursor paging; answers are uploaded in to-work and the archive (6.2.2, 6.5). */
export function SectionPage() {
  const { companyId = '', section: sectionId } = useParams();
  const section = sectionAt(sectionId);
  usePageTitle(section?.title ?? 'Sezione');
  const me = useMe();
  const [filters, setFiltersState] = useState(INITIAL_FILTERS);
  const [sort, setSortState] = useState<string>();
  const [stack, setStack] = useState<CursorStack>(FIRST_PAGE);
  const { selected, onSelect, clear: clearSelection } = useSelection();
  const [detail, setDetail] = useState<string>();
  const [message, setMessage] = useState<{ tone: 'success' | 'danger'; text: string }>();

  const restart = () => {
    setStack(FIRST_PAGE);
    clearSelection();
  };
  const setFilters = useCallback((f: Filters) => {
    setFiltersState(f);
    setStack(FIRST_PAGE);
    clearSelection();
  }, [clearSelection]);
  const setSort = (s: string) => {
    setSortState(s);
    restart();
  };

  const cursor = currentCursor(stack);
  const list = useApi(
    (signal) =>
      section
        ? listLetters(companyId, { section: section.id, ...filters, sort, cursor }, signal)
        : Promise.resolve(undefined),
    [companyId, section?.id, filters, sort, cursor],
  );
  const columns = useMemo(() => (section ? columnsFor(section.id) : []), [section]);

  if (!section) return <Navigate to={areaPath(companyId)} replace />;
  if (!me.companies.includes(companyId)) return <Navigate to="/area" replace />;

  const page = list.data;
  const items = page?.items ?? [];

  function afterDownload(count: number) {
    setMessage({
      tone: 'success',
      text: count === 1 ? 'Lettera scaricata.' : `${count} lettere scaricate.`,
    });
    restart();
    list.reload();
  }

  return (
    <Container fluid="xl" className="py-4">
      <Breadcrumb companyId={companyId} title={section.title} />
      <h1 className="h2 mb-1">{section.title}</h1>
      <p className="mb-3">Società: {companyId}</p>

      <LetterFilters filters={filters} showRecipient={section.id === 'new'} onChange={setFilters} />

      <div aria-live="polite">
        {message && (
          <Alert color={message.tone} data-testid="section-message">
            {message.text}
          </Alert>
        )}
        {list.error && <Alert color="danger">{list.error}</Alert>}
      </div>

      {(section.id === 'to-work' || section.id === 'archive') && (
        <AnswerUpload
          key={section.id}
          companyId={companyId}
          selected={[...selected]}
          replacement={section.id === 'archive'}
          onUploaded={() => {
            restart();
            list.reload();
          }}
        />
      )}

      <div className="d-flex flex-wrap gap-2 mb-2">
        <ZipDownloadButton
          companyId={companyId}
          names={[...selected]}
          onDone={afterDownload}
          onError={(text) => setMessage({ tone: 'danger', text })}
        />
      </div>

      {list.loading && !page ? (
        <p role="status">Caricamento in corso…</p>
      ) : (
        <>
          {items.length === 0 && !list.loading && <p data-testid="empty">Nessuna lettera da mostrare.</p>}
          <LetterTable
            companyId={companyId}
            caption={section.title}
            letters={items}
            columns={columns}
            sort={sort}
            onSort={setSort}
            selected={selected}
            onSelect={onSelect}
            onDetail={setDetail}
            onDownloaded={() => afterDownload(1)}
          />
          <Pager
            label={rangeLabel(stack, filters.pageSize, items.length, page?.total ?? 0)}
            page={pageIndex(stack) + 1}
            canPrevious={hasPrevious(stack)}
            canNext={Boolean(page?.nextCursor)}
            onPrevious={() => setStack(previous)}
            onNext={() => setStack((s) => next(s, page?.nextCursor))}
          />
        </>
      )}

      <LetterDetail companyId={companyId} name={detail} onClose={() => setDetail(undefined)} onChanged={list.reload} />
    </Container>
  );
}
