import { listCommunications, type Communication } from '../api/communications';
import { CommunicationForm } from '../components/CommunicationForm';
import type { ListColumn } from '../components/ListTable';
import { PagedList } from '../components/PagedList';
import { ReceiptDownloads } from '../components/ReceiptDownloads';
import { SectionFrame } from '../components/SectionFrame';
import { formatDateTime } from '../format';
import { useCompanyList } from '../hooks/useCompanyList';

const TITLE = 'Comunicazioni libere';

/** The manual names these columns in the daily report's "Comunicazioni inviate dall'Esercente" (ch. 10). */
const columns = (companyId: string): ListColumn<Communication>[] => [
  { label: 'Comunicazione', render: (c) => c.file },
  { label: 'Etichetta', render: (c) => c.label ?? '' },
  { label: 'Tipo', render: (c) => (c.kind === 'tirv-rejection' ? 'Rigetto TIRV' : 'Comunicazione libera') },
  { label: 'Data Caricamento', render: (c) => formatDateTime(c.sentAt), className: 'text-nowrap' },
  { label: 'Utente Caricamento', render: (c) => c.user },
  { label: 'HASH', render: (c) => <code className="letter-hash">{c.hash}</code> },
  {
    label: 'Ricevuta',
    render: (c) => <ReceiptDownloads companyId={companyId} receiptId={c.receiptId} subject={c.file} />,
  },
];

/** Manual 6.6 and ch. 7: send a communication or a TIRV rejection; below, those already sent, newest first. */
export function CommunicationsPage() {
  const { companyId, pages } = useCompanyList(listCommunications);
  return (
    <SectionFrame companyId={companyId} title={TITLE}>
      <p>
        Nella sezione sono visualizzate tutte le eventuali ulteriori comunicazioni inviate dall'Operatore-Gestore allo
        Sportello. La comunicazione dei <strong>reclami rigettati</strong> relativi al TIRV deve essere inserita in
        questa sezione (Procedura TIRV).
      </p>
      <CommunicationForm companyId={companyId} onSent={pages.restart} />
      <h2 className="h4">Comunicazioni inviate</h2>
      <PagedList
        pages={pages}
        caption="Comunicazioni inviate"
        columns={columns(companyId)}
        rowKey={(c, i) => `${c.sentAt}-${c.file}-${i}`}
        testId="communication-row"
        empty="Nessuna comunicazione inviata."
      />
    </SectionFrame>
  );
}
