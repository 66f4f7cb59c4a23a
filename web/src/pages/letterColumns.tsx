import type { ReactNode } from 'react';
import { answerPdfUrl, type Letter, type Section } from '../api/operator';
import { Completeness, DaysToDeadline } from '../components/LetterMarks';
import { ReceiptDownloads } from '../components/ReceiptDownloads';
import { ShortHash } from '../components/ShortHash';
import { formatDate, formatDateTime } from '../format';
import { BackdatingMark } from '../components/BackdatingMark';

export interface Column {
  /** The API's sort field. */
  field: string;
  /** The manual's column name, word for word. */
  label: string;
  render: (letter: Letter, actions: RowActions) => ReactNode;
  className?: string;
}

/** What a cell can ask of the page (e.g. "Richiedi" a proroga opens the letter's detail). */
export interface RowActions {
  openDetail: (name: string) => void;
  /** The company whose letters these are (links to their files). */
  companyId: string;
}

const PUBLISHED: Column = {
  field: 'publishedAt',
  label: 'Data Pubblicazione',
  render: (l) => formatDate(l.publishedAt),
};
const RECIPIENT: Column = {
  field: 'recipient',
  label: 'Destinatario Principale',
  render: (l) => (l.recipient === 'TO' ? 'SI' : 'NO'),
};

/** The letter's own fields after the dates, in the order of figs. 1–2 (from ID Caso to NOTA). */
const FIELDS: Column[] = [
  { field: 'caseId', label: 'ID Caso', render: (l) => l.caseId },
  { field: 'practiceType', label: 'Tipo Pratica', render: (l) => l.practiceType },
  { field: 'utility', label: 'Utenza', render: (l) => l.utility },
  { field: 'serviceType', label: 'Tipo Servizio', render: (l) => l.serviceTypeLabel },
  { field: 'topic', label: 'Argomento', render: (l) => l.topic },
  { field: 'subTopic', label: 'Sub Argomento', render: (l) => l.subTopic },
  { field: 'customerName', label: 'Denominazione Cliente', render: (l) => l.customerName },
  { field: 'supplyAddress', label: 'Indirizzo Fornitura', render: (l) => l.supplyAddress },
  { field: 'offlineOn', label: 'Data Offline', render: (l) => formatDate(l.offlineOn) },
  { field: 'hash', label: 'Hash Lettera', render: (l) => <ShortHash value={l.hash} /> },
  { field: 'note', label: 'NOTA', render: (l) => l.note ?? '', className: 'letter-note' },
];

const DOWNLOADED: Column[] = [
  { field: 'downloadedAt', label: 'Data Download', render: (l) => formatDateTime(l.downloadedAt) },
  { field: 'downloadedBy', label: 'Utente Download', render: (l) => l.downloadedBy ?? '' },
];

const TO_WORK: Column[] = [
  { field: 'daysToDeadline', label: 'Giorni a scadenza risposta', render: (l) => <DaysToDeadline letter={l} /> },
  {
    field: 'extensionDays',
    label: 'Proroga(gg)',
    render: (l, actions) =>
      l.extensionDays ??
      (l.extensionChoices.length > 0 ? (
        <button type="button" className="btn btn-outline-primary btn-xs" onClick={() => actions.openDetail(l.name)}>
          Richiedi<span className="visually-hidden"> proroga per {l.name}</span>
        </button>
      ) : (
        ''
      )),
  },
];

/** Manual 6.5: the answer's name (a link to its PDF) and its receipt, when, by whom, and its completeness. */
const ANSWER: Column[] = [
  {
    field: 'answerName',
    label: 'RISPOSTA',
    render: (l, actions) =>
      l.answerName ? (
        <>
          <a href={answerPdfUrl(actions.companyId, l.name)} download={l.answerName} className="text-nowrap">
            {l.answerName}
            <span className="visually-hidden"> (scarica la risposta)</span>
          </a>
          <br />
          <ReceiptDownloads
            companyId={actions.companyId}
            receiptId={l.answerReceiptId}
            subject={l.answerName}
            labelled
          />
        </>
      ) : (
        ''
      ),
  },
  {
    field: 'answeredAt',
    label: 'Data Risposta',
    render: (l) => (
      <>
        {formatDateTime(l.answeredAt)}
        <BackdatingMark letter={l} />
      </>
    ),
  },
  { field: 'answeredBy', label: 'Utente Risposta', render: (l) => l.answeredBy ?? '' },
  { field: 'completeness', label: 'Completezza Risposta', render: (l) => <Completeness value={l.completeness} /> },
];

/**
 * Columns after "Lettera", in the order of the manual's figures: fig. 1–2 (new), fig. 4 (to-work:
 * the download and the days to the deadline right after Data Pubblicazione), fig. 8 (cc), fig. 10
 * (archive). Destinatario Principale is shown only where both kinds of letter are listed.
 */
export function columnsFor(section: Section | 'search'): Column[] {
  if (section === 'new') return [PUBLISHED, RECIPIENT, ...FIELDS];
  if (section === 'to-work') return [PUBLISHED, ...DOWNLOADED, ...TO_WORK, ...FIELDS];
  if (section === 'cc') return [PUBLISHED, ...DOWNLOADED, ...FIELDS];
  if (section === 'archive') return [PUBLISHED, ...DOWNLOADED, ...ANSWER, ...FIELDS];
  return [PUBLISHED, RECIPIENT, ...DOWNLOADED, ...ANSWER, ...FIELDS];
}

/** "Tipo servizio": the API's code and the label the manual shows. */
const SERVICE_LABELS = {
  elettrico: 'Elettrico',
  gas: 'Gas',
  'dual-fuel': 'Dual-Fuel',
  idrico: 'Idrico',
  telecalore: 'Telecalore',
};
export const SERVICE_TYPES = Object.entries(SERVICE_LABELS).map(([value, label]) => ({ value, label }));

export const PAGE_SIZES = [10, 25, 50, 100] as const;
