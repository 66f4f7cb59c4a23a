import { Alert, Button } from 'design-react-kit';
import { useState, type FormEvent } from 'react';
import { listReportableOutages, reportUnuploadedAnswers, type Outage, type OutageReport } from '../api/outages';
import { problemOf } from '../api/problem';
import { formatDate, formatDateTimeMinutes, romeIsoDate } from '../format';
import { useApi } from '../hooks/useApi';
import { FieldError, messagesOf, TextField } from './FormField';

const ID = 'outage-report';

type Errors = Record<string, string[]>;

/** The names typed, one a line (or separated by commas, semicolons or spaces). */
const namesOf = (text: string) => text.split(/[\s,;]+/).filter((n) => n !== '');

const describe = (o: Outage) =>
  `dal ${formatDateTimeMinutes(o.startsAt)} ${o.endsAt ? `al ${formatDateTimeMinutes(o.endsAt)}` : '(in corso)'}`;

/**
 * Manual ch. 9: the report of the answers that could not be uploaded while the portal was unavailable,
 * typed or as the Excel file the manual asks for. Each one uploaded within 72 hours of the outage's end
 * takes as Data Risposta the day of the failed attempt.
 */
export function OutageReportForm({ companyId }: { companyId: string }) {
  const outages = useApi((signal) => listReportableOutages(signal), []);
  const [outageId, setOutageId] = useState('');
  const [attemptedOn, setAttemptedOn] = useState('');
  const [names, setNames] = useState('');
  const [file, setFile] = useState<File>();
  const [inputKey, setInputKey] = useState(0);
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string>();
  const [sent, setSent] = useState<OutageReport>();
  const [busy, setBusy] = useState(false);
  const list = outages.data?.items ?? [];
  const chosen = list.find((o) => o.id === outageId);

  function choose(id: string) {
    setOutageId(id);
    const outage = list.find((o) => o.id === id);
    if (outage && attemptedOn === '') setAttemptedOn(romeIsoDate(outage.startsAt));
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const found: Errors = {};
    if (outageId === '') found.outageId = ["Selezionare l'interruzione del Portale."];
    if (attemptedOn === '') found.attemptedOn = ['Indicare il giorno del tentativo di caricamento.'];
    if (!file && namesOf(names).length === 0)
      found.answers = ['Indicare i nomi delle risposte non caricate o allegare il file Excel che li elenca.'];
    setErrors(found);
    setFailure(undefined);
    setSent(undefined);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      const report = await reportUnuploadedAnswers(
        companyId,
        file ? { outageId, attemptedOn, file } : { outageId, attemptedOn, answers: namesOf(names) },
      );
      setSent(report);
      setNames('');
      setFile(undefined);
      setInputKey((k) => k + 1);
    } catch (e) {
      const problem = problemOf(e);
      setErrors(problem.errors ?? {});
      setFailure(problem.title);
    } finally {
      setBusy(false);
    }
  }

  const errorsOf = (field: string) => messagesOf(errors, field);
  const aria = (field: string, hint?: string) => ({
    'aria-invalid': errorsOf(field).length > 0 ? true : undefined,
    'aria-describedby':
      [hint, errorsOf(field).length > 0 ? `${ID}-${field}-error` : ''].filter(Boolean).join(' ') || undefined,
  });

  return (
    <section className="card card-bg shadow-sm p-3 mt-4" aria-labelledby={`${ID}-title`}>
      <h2 id={`${ID}-title`} className="h5">
        Segnala risposte non caricate per indisponibilità del Portale
      </h2>
      <p id={`${ID}-hint`}>
        Se il Portale è rimasto non disponibile per più di 3 ore continuative dalle 9:00 alle 18:00 di un giorno feriale
        (manutenzione programmata esclusa), è possibile segnalare le risposte che non è stato possibile caricare. Le
        risposte segnalate dovranno essere comunque caricate sul Portale entro le 72 ore successive alla risoluzione
        dell'anomalia: prenderanno come Data Risposta il giorno del tentativo di caricamento non andato a buon fine.
      </p>
      {outages.error && <Alert color="danger">{outages.error}</Alert>}
      {outages.data && list.length === 0 && (
        <p className="mb-0" data-testid="outage-none">
          Non ci sono interruzioni del Portale per cui è possibile inviare una segnalazione.
        </p>
      )}
      {list.length > 0 && (
        <form noValidate onSubmit={onSubmit} aria-describedby={`${ID}-hint`}>
          <div className="form-group mb-4">
            <label htmlFor={`${ID}-outageId`} className="active">
              Interruzione del Portale *
            </label>
            <select
              id={`${ID}-outageId`}
              className={`form-select${errorsOf('outageId').length ? ' is-invalid' : ''}`}
              aria-required
              value={outageId}
              disabled={busy}
              onChange={(e) => choose(e.target.value)}
              {...aria('outageId')}
            >
              <option value="">Selezionare</option>
              {list.map((o) => (
                <option key={o.id} value={o.id}>
                  {describe(o)}
                </option>
              ))}
            </select>
            <FieldError id={`${ID}-outageId`} errors={errorsOf('outageId')} />
            {chosen?.uploadBy && (
              <p className="form-text mb-0" data-testid="outage-upload-by">
                Caricare le risposte segnalate entro il {formatDateTimeMinutes(chosen.uploadBy)}.
              </p>
            )}
          </div>
          <TextField
            id={`${ID}-attemptedOn`}
            label="Giorno del tentativo di caricamento"
            type="date"
            required
            value={attemptedOn}
            onChange={setAttemptedOn}
            errors={errorsOf('attemptedOn')}
          />
          <div className="form-group mb-4">
            <label htmlFor={`${ID}-answers`} className="active">
              Nomi delle risposte (R-P-AA-NNNNNNN_NN.PDF, uno per riga)
            </label>
            <textarea
              id={`${ID}-answers`}
              className={`form-control${errorsOf('answers').length ? ' is-invalid' : ''}`}
              rows={4}
              value={names}
              disabled={busy || file !== undefined}
              onChange={(e) => setNames(e.target.value)}
              {...aria('answers')}
            />
            <FieldError id={`${ID}-answers`} errors={errorsOf('answers')} />
          </div>
          <div className="mb-3">
            <label htmlFor={`${ID}-file`} className="form-label d-block fw-semibold">
              Oppure file Excel con l'elenco delle risposte (.xlsx, al massimo 1 MB)
            </label>
            <input
              key={inputKey}
              id={`${ID}-file`}
              type="file"
              className={`form-control${errorsOf('file').length ? ' is-invalid' : ''}`}
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              disabled={busy}
              onChange={(e) => setFile(e.target.files?.[0])}
              {...aria('file', `${ID}-file-hint`)}
            />
            <p id={`${ID}-file-hint`} className="form-text mb-0">
              Si legge la prima colonna del primo foglio; una prima riga di intestazione è ammessa.
            </p>
            <FieldError id={`${ID}-file`} errors={errorsOf('file')} />
          </div>
          <Button type="submit" color="primary" disabled={busy} data-testid="outage-report-send">
            {busy ? 'Invio in corso…' : 'Invia la segnalazione'}
          </Button>
          <div aria-live="polite" data-testid="outage-report-status">
            {failure && (
              <Alert color="danger" className="mt-2 mb-0">
                {failure}
              </Alert>
            )}
            {sent && (
              <Alert color="success" className="mt-2 mb-0">
                Segnalazione registrata per il {formatDate(sent.attemptedOn)}: {sent.answers.join(', ')}.
              </Alert>
            )}
          </div>
        </form>
      )}
    </section>
  );
}
