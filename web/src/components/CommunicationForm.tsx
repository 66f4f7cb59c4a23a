import { Alert, Button } from 'design-react-kit';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import type { Upload } from '../api/uploads';
import { areaPath } from '../routes';
import { useUpload } from '../hooks/useUpload';
import {
  checkCommunication,
  LABEL_MAX_LENGTH,
  labelLength,
  type CommunicationKind,
} from '../rules/communicationUpload';
import { MessageList } from './MessageList';

const KINDS: ReadonlyArray<{ value: CommunicationKind; label: string; hint: string }> = [
  {
    value: 'communication',
    label: 'Comunicazione libera',
    hint:
      'È possibile caricare comunicazioni con etichetta avente meno di 17 caratteri; la dimensione del file non ' +
      'deve superare il limite di 15 MB. ' +
      'I file allegati devono essere inseriti all’interno del file .PDF.',
  },
  {
    value: 'tirv-rejection',
    label: 'Rigetto TIRV',
    hint:
      'Il file .PDF deve essere denominato RIGETTO_TIRV (sono disponibili ulteriori 10 caratteri liberi - spazi ed ' +
      'estensione inclusa - ad uso dell’esercente); ' +
      'la dimensione del file non deve superare il limite di 8 Mb. I file allegati devono essere inseriti ' +
      'all’interno del file .PDF.',
  },
];

type FieldErrors = { label?: string; file?: string };

/**
 * Upload of a free communication (manual 6.6) or of a TIRV rejection (ch. 7): the browser checks
 * what it can first, then the server's verdict is awaited and shown, with its reason when refused.
 */
export function CommunicationForm({ companyId, onSent }: { companyId: string; onSent: () => void }) {
  const [kind, setKind] = useState<CommunicationKind>('communication');
  const [label, setLabel] = useState('');
  const [file, setFile] = useState<File>();
  const [inputKey, setInputKey] = useState(0);
  const [errors, setErrors] = useState<FieldErrors>({});
  const upload = useUpload(companyId);
  const hint = KINDS.find((k) => k.value === kind)!.hint;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (upload.sending) return;
    const found = checkCommunication(kind, label, file);
    setErrors(found);
    if (found.label || found.file) {
      upload.reset();
      return;
    }
    const done = await upload.send({ kind, label: label.trim() === '' ? undefined : label.trim(), file: file! });
    if (done?.status === 'accepted') {
      setLabel('');
      setFile(undefined);
      setInputKey((k) => k + 1);
      onSent();
    }
  }

  const state = upload.state;
  const serverErrors = state.step === 'failed' ? state.errors : {};
  const fieldError = (field: 'label' | 'file') => errors[field] ?? serverErrors[field]?.[0];
  const describedBy = (field: 'label' | 'file', help: string) =>
    fieldError(field) ? `comm-${field}-error ${help}` : help;
  const labelRequired = kind === 'communication';

  return (
    <form noValidate onSubmit={onSubmit} className="card card-bg shadow-sm p-3 mb-4" aria-labelledby="comm-form-title">
      <h2 id="comm-form-title" className="h5">
        Carica una comunicazione
      </h2>
      <fieldset className="mb-3">
        <legend className="form-label fs-6 fw-semibold">Tipo di comunicazione</legend>
        {KINDS.map((k) => (
          <div key={k.value} className="form-check form-check-inline">
            <input
              id={`comm-kind-${k.value}`}
              type="radio"
              name="comm-kind"
              value={k.value}
              checked={kind === k.value}
              disabled={upload.sending}
              onChange={() => {
                setKind(k.value);
                setErrors({});
              }}
            />
            <label htmlFor={`comm-kind-${k.value}`}>{k.label}</label>
          </div>
        ))}
        <p className="form-text mb-0" id="comm-kind-hint">
          {hint}
        </p>
      </fieldset>

      <div className="form-group mb-3">
        <label htmlFor="comm-label" className="active">
          {labelRequired ? 'Etichetta *' : 'Etichetta (facoltativa)'}
        </label>
        <input
          id="comm-label"
          type="text"
          className={`form-control${fieldError('label') ? ' is-invalid' : ''}`}
          value={label}
          disabled={upload.sending}
          aria-required={labelRequired}
          aria-invalid={fieldError('label') ? true : undefined}
          aria-describedby={describedBy('label', 'comm-label-help')}
          onChange={(e) => setLabel(e.target.value)}
        />
        {fieldError('label') && (
          <div id="comm-label-error" className="invalid-feedback d-block">
            {fieldError('label')}
          </div>
        )}
        <p id="comm-label-help" className="form-text mb-0">
          Meno di 17 caratteri: {labelLength(label)}/{LABEL_MAX_LENGTH}
        </p>
      </div>

      <div className="mb-3">
        <label htmlFor="comm-file" className="form-label d-block fw-semibold">
          File (.PDF) *
        </label>
        <input
          key={inputKey}
          id="comm-file"
          type="file"
          className={`form-control${fieldError('file') ? ' is-invalid' : ''}`}
          accept=".pdf,application/pdf"
          disabled={upload.sending}
          aria-required="true"
          aria-invalid={fieldError('file') ? true : undefined}
          aria-describedby={describedBy('file', 'comm-kind-hint')}
          onChange={(e) => {
            setFile(e.target.files?.[0]);
            setErrors((prev) => ({ ...prev, file: undefined }));
          }}
        />
        {fieldError('file') && (
          <div id="comm-file-error" className="invalid-feedback d-block">
            {fieldError('file')}
          </div>
        )}
      </div>

      <div>
        <Button type="submit" color="primary" disabled={upload.sending} data-testid="comm-send">
          {state.step === 'sending' ? 'Invio in corso…' : state.step === 'processing' ? 'Verifica in corso…' : 'Invia'}
        </Button>
      </div>

      <div aria-live="polite" data-testid="comm-status">
        {state.step === 'sending' && <p className="mt-2 mb-0">Invio del file in corso…</p>}
        {state.step === 'processing' && <p className="mt-2 mb-0">File ricevuto: verifica in corso…</p>}
        {state.step === 'failed' && (
          <Alert color="danger" className="mt-2 mb-0" data-testid="comm-outcome" data-status="failed">
            {state.title}
            <MessageList messages={otherErrors(state.errors)} />
          </Alert>
        )}
        {state.step === 'done' && <Verdict companyId={companyId} upload={state.upload} />}
      </div>
    </form>
  );
}

/** Field errors the form cannot show beside a field of its own (e.g. the kind). */
const otherErrors = (errors: Record<string, string[]>) =>
  Object.entries(errors)
    .filter(([field]) => field !== 'label' && field !== 'file')
    .flatMap(([, m]) => m);

function Verdict({ companyId, upload }: { companyId: string; upload: Upload }) {
  const sent = upload.kind === 'tirv-rejection' ? 'Rigetto TIRV inviato' : 'Comunicazione inviata';
  if (upload.status === 'pending') {
    return (
      <Alert color="info" className="mt-2 mb-0" data-testid="comm-outcome" data-status="pending">
        L'elaborazione del file '{upload.file}' è ancora in corso: l'esito sarà visibile in Comunicazioni libere o in
        Invii falliti.
      </Alert>
    );
  }
  if (upload.status === 'accepted') {
    return (
      <Alert color="success" className="mt-2 mb-0" data-testid="comm-outcome" data-status="accepted">
        {sent}: il file '{upload.file}' è stato accettato.
      </Alert>
    );
  }
  const reason = upload.results.find((r) => r.outcome === 'rejected')?.reason;
  return (
    <Alert color="danger" className="mt-2 mb-0" data-testid="comm-outcome" data-status="rejected">
      <p className="mb-1">
        Il file '{upload.file}' non è stato accettato: {reason ?? 'file rifiutato.'}
      </p>
      <p className="mb-0">
        L'errore è riportato in <Link to={areaPath(companyId, 'failed-uploads')}>Invii falliti</Link>.
      </p>
    </Alert>
  );
}
