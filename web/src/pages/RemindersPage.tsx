import { Alert } from 'design-react-kit';
import { useCallback, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { downloadReminder, downloadRemindersZip, listReminders } from '../api/communications';
import { errorTitle } from '../api/problem';
import { LetterFilters, type Filters } from '../components/LetterFilters';
import { OutcomeAlert, type Outcome } from '../components/OutcomeAlert';
import { Pager } from '../components/Pager';
import { ReminderTable, type ReminderColumn } from '../components/ReminderTable';
import { SectionFrame } from '../components/SectionFrame';
import { SelectionDownload } from '../components/SelectionDownload';
import { saveBlob } from '../components/ZipDownloadButton';
import { formatDate, formatDateTime } from '../format';
import { useCursorPages } from '../hooks/useCursorPages';
import { useSelection } from '../hooks/useSelection';
import { areaPath } from '../routes';
import { columnsFor } from './letterColumns';

const TITLE = 'Nuovi solleciti ricevuti';
const INITIAL_FILTERS: Filters = { serviceType: '', recipient: '', q: '' };

/** The letter's own columns the manual shows beside the sollecito (fig. 9), as the letter lists render them. */
const LETTER_FIELDS = ['caseId', 'utility', 'serviceType', 'customerName', 'supplyAddress'];
function columns(companyId: string): ReminderColumn[] {
  // No detail to open from here; the company is what a cell may link with.
  const actions = { openDetail: () => {}, companyId };
  const letter: ReminderColumn[] = columnsFor('new')
    .filter((c) => LETTER_FIELDS.includes(c.field))
    .sort((a, b) => LETTER_FIELDS.indexOf(a.field) - LETTER_FIELDS.indexOf(b.field))
    .map((c) => ({ field: c.field, label: c.label, render: (r) => (r.letter ? c.render(r.letter, actions) : '') }));
  return [
    { field: 'publishedAt', label: 'Data Pubblicazione Sollecito', render: (r) => formatDate(r.publishedAt) },
    { field: 'letterName', label: 'Rif. Lettera', render: (r) => r.letterName },
    { field: 'letterPublishedAt', label: 'Data Pubblicazione Lettera', render: (r) => formatDate(r.letterPublishedAt) },
    ...letter,
    { field: 'downloadedAt', label: 'Data Download', render: (r) => formatDateTime(r.downloadedAt) },
    { field: 'downloadedBy', label: 'Utente Download', render: (r) => r.downloadedBy ?? '' },
  ];
}

/**
 * Manual 6.4, fig. 9: the solleciti sent by the Sportello for letters not worked within the SLA, with the
 * letter lists' "Tipo servizio", "Cerca:", sorting, selection and .zip (one sollecito, the checked ones, or
 * every one that matches).
 */
export function RemindersPage() {
  const { companyId = '' } = useParams();
  const [filters, setFiltersState] = useState(INITIAL_FILTERS);
  const [sort, setSortState] = useState<string>();
  const selection = useSelection();
  const { clear: clearSelection } = selection;
  const [message, setMessage] = useState<Outcome>();
  const [busy, setBusy] = useState<string>();
  const matching = { serviceType: filters.serviceType, q: filters.q };
  const pages = useCursorPages(
    (page, signal) => listReminders(companyId, { ...matching, sort, ...page }, signal),
    [companyId, filters, sort],
  );
  const { list, items } = pages;
  const setFilters = useCallback(
    (f: Filters) => {
      setFiltersState(f);
      clearSelection();
    },
    [clearSelection],
  );

  function downloaded(text: string) {
    setMessage({ tone: 'success', text });
    clearSelection();
    list.reload();
  }

  async function download(name: string) {
    setBusy(name);
    try {
      saveBlob(await downloadReminder(companyId, name), name);
      downloaded(`Sollecito ${name} scaricato.`);
    } catch (e) {
      setMessage({ tone: 'danger', text: errorTitle(e) });
    } finally {
      setBusy(undefined);
    }
  }

  return (
    <SectionFrame companyId={companyId} title={TITLE}>
      <p>
        Nella sezione vengono visualizzati i solleciti inviati dallo Sportello in caso di{' '}
        <strong>lettere non lavorate entro lo SLA previsto</strong>. Lo Sportello procede all'invio di{' '}
        <strong>un sollecito</strong> qualora l'azione riguardasse il settore energia; per il settore idrico lo
        Sportello procederà all'invio massimo di <strong>due solleciti</strong>.
      </p>
      <p data-testid="reminders-howto">
        Per effettuare l'<strong>upload della risposta</strong> è necessario prima procedere con il download della
        lettera alla quale il sollecito si riferisce dalla sezione{' '}
        <Link to={areaPath(companyId, 'new')}>«Nuove Lettere Ricevute»</Link> e successivamente effettuare l'upload
        della risposta attraverso la sezione{' '}
        <Link to={areaPath(companyId, 'to-work')}>«Lettere Scaricate da Lavorare»</Link>.
      </p>
      <LetterFilters
        filters={filters}
        showRecipient={false}
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
      <SelectionDownload
        noun="solleciti"
        selection={selection}
        pageNames={items.map((r) => r.name)}
        total={list.data?.total ?? 0}
        matchable
        fetchZip={(names) => downloadRemindersZip(companyId, names ?? matching)}
        fileName={`solleciti-${companyId}`}
        onDone={(count) => downloaded(count === 1 ? '1 sollecito scaricato.' : `${count} solleciti scaricati.`)}
        onError={(text) => setMessage({ tone: 'danger', text })}
      />
      {list.loading && !list.data ? (
        <p role="status">Caricamento in corso…</p>
      ) : items.length === 0 && !list.loading ? (
        <p data-testid="empty">Nessun sollecito da mostrare.</p>
      ) : (
        <>
          <ReminderTable
            caption={TITLE}
            reminders={items}
            columns={columns(companyId)}
            sort={sort}
            onSort={(s) => {
              setSortState(s);
              clearSelection();
            }}
            selected={selection.selected}
            onSelect={selection.onSelect}
            busy={busy}
            onDownload={download}
          />
          <Pager {...pages.pager} />
        </>
      )}
    </SectionFrame>
  );
}
