import { useState } from 'react';
import { Link } from 'react-router-dom';
import { downloadReminder, listReminders, type Reminder } from '../api/communications';
import { errorTitle } from '../api/problem';
import type { ListColumn } from '../components/ListTable';
import { PagedList } from '../components/PagedList';
import { SectionFrame } from '../components/SectionFrame';
import { saveBlob } from '../components/ZipDownloadButton';
import { formatDate, formatDateTime } from '../format';
import { useCompanyList } from '../hooks/useCompanyList';
import { areaPath } from '../routes';
import { columnsFor } from './letterColumns';
import { OutcomeAlert, type Outcome } from '../components/OutcomeAlert';

const TITLE = 'Nuovi solleciti ricevuti';

/** The letter's own columns the manual shows beside the sollecito (fig. 9), as the letter lists render them. */
const LETTER_FIELDS = ['caseId', 'utility', 'serviceType', 'customerName', 'supplyAddress'];
function letterColumns(companyId: string): ListColumn<Reminder>[] {
  // No detail to open from here; the company is what a cell may link with.
  const actions = { openDetail: () => {}, companyId };
  return columnsFor('new')
    .filter((c) => LETTER_FIELDS.includes(c.field))
    .sort((a, b) => LETTER_FIELDS.indexOf(a.field) - LETTER_FIELDS.indexOf(b.field))
    .map((c) => ({ label: c.label, render: (r) => (r.letter ? c.render(r.letter, actions) : '') }));
}

/** Manual 6.4: the solleciti sent by the Sportello for letters not worked within the SLA. */
export function RemindersPage() {
  const { companyId, pages } = useCompanyList(listReminders);
  const [message, setMessage] = useState<Outcome>();
  const [busy, setBusy] = useState<string>();

  async function download(name: string) {
    setBusy(name);
    try {
      saveBlob(await downloadReminder(companyId, name), name);
      setMessage({ tone: 'success', text: `Sollecito ${name} scaricato.` });
      pages.list.reload();
    } catch (e) {
      setMessage({ tone: 'danger', text: errorTitle(e) });
    } finally {
      setBusy(undefined);
    }
  }

  const columns: ListColumn<Reminder>[] = [
    { label: 'Sollecito', render: (r) => r.name },
    { label: 'Data Pubblicazione Sollecito', render: (r) => formatDate(r.publishedAt) },
    { label: 'Rif. Lettera', render: (r) => r.letterName },
    { label: 'Data Pubblicazione Lettera', render: (r) => formatDate(r.letterPublishedAt) },
    ...letterColumns(companyId),
    { label: 'Data Download', render: (r) => formatDateTime(r.downloadedAt) },
    { label: 'Utente Download', render: (r) => r.downloadedBy ?? '' },
    {
      label: 'Azioni',
      className: 'text-nowrap',
      render: (r) => (
        <button
          type="button"
          className="btn btn-primary btn-xs"
          disabled={busy === r.name}
          onClick={() => download(r.name)}
        >
          Scarica<span className="visually-hidden"> {r.name}</span>
        </button>
      ),
    },
  ];

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
      <div aria-live="polite">
        <OutcomeAlert outcome={message} testId="section-message" />
      </div>
      <PagedList
        pages={pages}
        caption={TITLE}
        columns={columns}
        rowKey={(r) => r.name}
        testId="reminder-row"
        empty="Nessun sollecito da mostrare."
      />
    </SectionFrame>
  );
}
