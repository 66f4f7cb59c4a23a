import { Alert, Button, Container } from 'design-react-kit';
import { useMemo, useState, type FormEvent } from 'react';
import { Navigate, useParams } from 'react-router-dom';
import { searchLetters, type SearchQuery } from '../api/search';
import { SectionHeader } from '../components/SectionHeader';
import { messagesOf, SelectField, TextField } from '../components/FormField';
import { LetterResults } from '../components/LetterResults';
import { PageSizeSelect } from '../components/PageSizeSelect';
import { useCursorPages } from '../hooks/useCursorPages';
import { useSelection } from '../hooks/useSelection';
import {
  checkSearch,
  EMPTY_SEARCH,
  SEARCH_FIELDS,
  type SearchErrors,
  type SearchField,
  type SearchForm,
} from '../rules/letterSearch';
import { usePageTitle } from '../usePageTitle';
import { columnsFor, type Column } from './letterColumns';
import { useMe } from './OperatorLayout';
import { sectionOf } from './sections';
import { OutcomeAlert, type Outcome } from '../components/OutcomeAlert';

const TITLE = 'Ricerca lettere';

/**
 * Results come from every section: which one each letter is in, then the columns of every section
 * (the recipient, the download and the answer included).
 */
const SECTION_COLUMN: Column = {
  field: 'section',
  label: 'Sezione',
  render: (l) => sectionOf(l.section)?.title ?? l.section,
};

/** "Ricerca lettere" (manual 6.8): the company's letters of every section by the manual's 14 filters. */
export function LetterSearchPage() {
  const { companyId = '' } = useParams();
  usePageTitle(TITLE);
  const me = useMe();
  const [form, setForm] = useState<SearchForm>(EMPTY_SEARCH);
  const [localErrors, setLocalErrors] = useState<SearchErrors>({});
  const [params, setParams] = useState<SearchQuery['params']>();
  const [sort, setSort] = useState<string>();
  const selection = useSelection();
  const clearSelection = selection.clear;
  const [message, setMessage] = useState<Outcome>();
  const columns = useMemo(() => [SECTION_COLUMN, ...columnsFor('search')], []);

  const pages = useCursorPages(
    (page, signal) =>
      params ? searchLetters(companyId, { params, sort, ...page }, signal) : Promise.resolve(undefined),
    [companyId, params, sort],
  );
  const { list: result } = pages;

  if (!me.companies.includes(companyId)) return <Navigate to="/area" replace />;

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    setMessage(undefined);
    const checked = checkSearch(form);
    if ('errors' in checked) {
      setLocalErrors(checked.errors);
      setParams(undefined);
      return;
    }
    setLocalErrors({});
    setParams(checked.params);
    clearSelection();
    // "Ricerca" with the same filters reads the letters again, from the first page.
    pages.restart();
  }

  const errorsOf = (field: SearchField) => [
    ...(localErrors[field] ?? []),
    ...(params ? messagesOf(result.problem?.errors, field) : []),
  ];
  const set = (field: SearchField) => (value: string) => setForm((f) => ({ ...f, [field]: value }));
  const formMessage = localErrors.form?.[0] ?? (params ? result.error : undefined);

  return (
    <Container fluid="xl" className="py-4">
      <SectionHeader companyId={companyId} title={TITLE} />
      <p id="search-hint">
        Indicare uno o più filtri. Senza il carattere % il valore deve corrispondere all&apos;intero campo; con % la
        ricerca è estesa (ad esempio &quot;L-P-20%&quot; trova tutte le lettere il cui nome inizia con L-P-20).
      </p>

      <form
        noValidate
        onSubmit={onSubmit}
        aria-describedby="search-hint"
        className="letter-search"
        data-testid="search-form"
      >
        <div className="row g-3">
          {SEARCH_FIELDS.map(({ field, label, kind, options }) => (
            <div key={field} className="col-12 col-md-6 col-lg-4">
              {kind === 'yes-no' || kind === 'choice' ? (
                <SelectField
                  id={`search-${field}`}
                  label={label}
                  value={form[field]}
                  onChange={set(field)}
                  options={kind === 'yes-no' ? ['SI', 'NO'] : (options ?? [])}
                  errors={errorsOf(field)}
                />
              ) : (
                <TextField
                  id={`search-${field}`}
                  label={label}
                  value={form[field]}
                  onChange={set(field)}
                  hint={kind === 'date' ? 'gg/mm/aaaa' : undefined}
                  errors={errorsOf(field)}
                />
              )}
            </div>
          ))}
        </div>
        <div className="d-flex flex-wrap align-items-end gap-3 mb-3">
          <PageSizeSelect
            className=""
            value={pages.pageSize}
            onChange={(size) => {
              pages.setPageSize(size);
              clearSelection();
            }}
          />
          <Button color="primary" type="submit">
            Ricerca
          </Button>
        </div>
      </form>

      <div aria-live="polite">
        {formMessage && (
          <Alert color="danger" data-testid="search-error">
            {formMessage}
          </Alert>
        )}
        <OutcomeAlert outcome={message} testId="section-message" />
      </div>

      {params && !result.error && (
        <section aria-labelledby="search-results-title" data-testid="search-results">
          <h2 id="search-results-title" className="h4 mt-4">
            Risultati
          </h2>
          <LetterResults
            companyId={companyId}
            pages={pages}
            selection={selection}
            caption={`${TITLE}: risultati`}
            columns={columns}
            sort={sort}
            onSort={(s) => {
              setSort(s);
              clearSelection();
            }}
            loading="Ricerca in corso…"
            empty="Nessuna lettera corrisponde ai filtri indicati."
            onMessage={setMessage}
            onDownloaded={() => {
              clearSelection();
              result.reload();
            }}
          />
        </section>
      )}
    </Container>
  );
}
