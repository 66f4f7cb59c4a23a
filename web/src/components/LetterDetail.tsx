import { Alert, Button, Modal, ModalBody, ModalFooter, ModalHeader } from 'design-react-kit';
import { answerPdfUrl, getLetter, type Letter } from '../api/operator';
import { formatDate, formatDateTime } from '../format';
import { useApi } from '../hooks/useApi';
import { BackdatingMark } from './BackdatingMark';
import { ExtensionRequest } from './ExtensionRequest';
import { NoteEditor } from './NoteEditor';

interface Props {
  companyId: string;
  name: string | undefined;
  onClose: () => void;
  onChanged: () => void;
}

/** "Dettaglio lettera" (manual 6.1), with the note; in to-work the proroga, in the archive the answer (6.5). */
export function LetterDetail({ companyId, name, onClose, onChanged }: Props) {
  const detail = useApi(
    (signal) => (name ? getLetter(companyId, name, signal) : Promise.resolve(undefined)),
    [companyId, name],
  );
  const { error } = detail;
  // Never the previous letter's detail while the one asked for is loading.
  const letter = detail.data?.name === name ? detail.data : undefined;

  function changed(l: Letter) {
    detail.replace(l);
    onChanged();
  }

  return (
    <Modal isOpen={name !== undefined} toggle={onClose} labelledBy="letter-detail-title" scrollable>
      <ModalHeader id="letter-detail-title" toggle={onClose} closeAriaLabel="Chiudi">
        Dettaglio lettera
      </ModalHeader>
      <ModalBody>
        {error && <Alert color="danger">{error}</Alert>}
        {!letter && !error && <p role="status">Caricamento in corso…</p>}
        {letter && (
          <>
            <dl className="row mb-0 letter-detail">
              <dt className="col-sm-5">Lettera:</dt>
              <dd className="col-sm-7 text-break">{letter.name}</dd>
              <dt className="col-sm-5">Destinatario principale:</dt>
              <dd className="col-sm-7">{letter.recipient === 'TO' ? 'SI' : 'NO'}</dd>
              <dt className="col-sm-5">POD_PDR:</dt>
              <dd className="col-sm-7">{letter.utility}</dd>
              <dt className="col-sm-5">Tipo servizio:</dt>
              <dd className="col-sm-7">{letter.serviceTypeLabel}</dd>
              <dt className="col-sm-5">Denominazione cliente:</dt>
              <dd className="col-sm-7">{letter.customerName}</dd>
              <dt className="col-sm-5">Indirizzo fornitura:</dt>
              <dd className="col-sm-7">{letter.supplyAddress}</dd>
              {letter.section === 'to-work' && (
                <>
                  <dt className="col-sm-5">Scadenza risposta:</dt>
                  <dd className="col-sm-7">
                    {formatDate(letter.deadline)}
                    {typeof letter.daysToDeadline === 'number' && ` (${letter.daysToDeadline} giorni)`}
                  </dd>
                </>
              )}
              {letter.answerName && (
                <>
                  <dt className="col-sm-5">Risposta:</dt>
                  <dd className="col-sm-7 text-break">
                    <a href={answerPdfUrl(companyId, letter.name)} download={letter.answerName}>
                      {letter.answerName}
                      <span className="visually-hidden"> (scarica la risposta)</span>
                    </a>
                  </dd>
                  <dt className="col-sm-5">Data risposta:</dt>
                  <dd className="col-sm-7">
                    {formatDateTime(letter.answeredAt)}
                    <BackdatingMark letter={letter} detailed />
                  </dd>
                  <dt className="col-sm-5">Utente risposta:</dt>
                  <dd className="col-sm-7">{letter.answeredBy}</dd>
                  <dt className="col-sm-5">Completezza risposta:</dt>
                  <dd className="col-sm-7">{letter.completeness ?? ''}</dd>
                </>
              )}
            </dl>
            <NoteEditor key={letter.name} companyId={companyId} letter={letter} onSaved={changed} />
            {letter.section === 'to-work' && (
              <ExtensionRequest companyId={companyId} letter={letter} onGranted={changed} />
            )}
          </>
        )}
      </ModalBody>
      <ModalFooter>
        <Button color="secondary" outline onClick={onClose}>
          Chiudi
        </Button>
      </ModalFooter>
    </Modal>
  );
}
