import { listFailedUploads, type FailedUpload } from '../api/communications';
import type { ListColumn } from '../components/ListTable';
import { OutageReportForm } from '../components/OutageReportForm';
import { PagedList } from '../components/PagedList';
import { ReceiptDownloads } from '../components/ReceiptDownloads';
import { SectionFrame } from '../components/SectionFrame';
import { formatDateTime } from '../format';
import { useCompanyList } from '../hooks/useCompanyList';

const TITLE = 'Invii falliti';

/** Manual 6.7 (fig. 13), word for word; then the refusal's receipt (issue 16). */
const columns = (companyId: string): ListColumn<FailedUpload>[] => [
  { label: 'File', render: (f) => f.file },
  { label: 'Data Evento', render: (f) => formatDateTime(f.eventAt), className: 'text-nowrap' },
  { label: 'Utente', render: (f) => f.user },
  { label: 'Motivo Errore', render: (f) => f.reason },
  {
    label: 'Ricevuta',
    render: (f) => <ReceiptDownloads companyId={companyId} receiptId={f.receiptId} subject={f.file} />,
  },
];

/** Manual 6.7: the errors of uploads to the portal, newest first. */
export function FailedUploadsPage() {
  const { companyId, pages } = useCompanyList(listFailedUploads);
  return (
    <SectionFrame companyId={companyId} title={TITLE}>
      <p>
        In questa sezione è possibile visualizzare eventuali errori generati nel caso di Upload al Portale. Gli errori
        possono dipendere da motivi tecnici, risposte non riconciliabili con alcuna lettera, risposte integrative
        presenti e fuori tempo massimo.
      </p>
      <PagedList
        pages={pages}
        caption={TITLE}
        columns={columns(companyId)}
        rowKey={(f, i) => `${f.eventAt}-${f.file}-${i}`}
        testId="failed-row"
        empty="Nessun invio fallito da mostrare."
      />
      <OutageReportForm companyId={companyId} />
    </SectionFrame>
  );
}
