import { Alert, Button } from 'design-react-kit';
import { useState } from 'react';
import type { Matching } from '../api/operator';
import type { Upload } from '../api/uploads';
import { useUpload } from '../hooks/useUpload';
import { checkAnswerFile } from '../rules/answerUpload';
import { MessageList } from './MessageList';

interface Props {
  companyId: string;
  /** The letters checked in the table. */
  selected: string[];
  /** "Lettera" ticked for every match: the section's filters and how many letters they match. */
  all?: { matching: Matching; total: number };
  /** Archive (manual 6.5): the one further answer that replaces the first within 72 hours. */
  replacement?: boolean;
  /** Something was filed: the list (and its badges) must be read again. */
  onUploaded: () => void;
}

const TEXT = {
  toWork: {
    title: 'Upload lettere lavorate',
    intro: [
      "Per l'upload della risposta selezionare il box a sinistra della singola lettera e caricare un singolo file " +
        'in formato .PDF: sarà il Portale a rinominarlo automaticamente in base alla nomenclatura prevista.',
      "Per l'upload multiplo selezionare i box delle lettere e caricare l'archivio in formato .zip delle risposte: " +
        'per consentire al Portale di associarle occorre rinominare le lettere da L-P-xx-xxxxxxx.PDF a ' +
        'R-P-xx-xxxxxxx.PDF lasciando inalterati gli altri campi.',
    ],
  },
  archive: {
    title: 'Upload risposta ulteriore',
    intro: [
      'In caso di errori materiali nella Lettera di risposta è possibile associare ad una medesima richiesta solo ' +
        'una risposta ulteriore rispetto a quella già fornita, che potrà essere caricata sul Portale entro e non ' +
        "oltre 72h dall'inserimento della prima risposta già fornita. Sarà visualizzata solo l'ultima risposta " +
        'associata.',
      'Selezionare la lettera e caricare la risposta in formato .PDF.',
    ],
  },
} as const;

const STILL_PENDING =
  "L'elaborazione del file è ancora in corso: l'esito sarà visibile in Archivio lettere con risposta o in Invii " +
  'falliti.';

/** Upload of worked letters (manual 6.2.2) and of the further answer (6.5): the server's verdict is shown per file. */
export function AnswerUpload({ companyId, selected, all, replacement = false, onUploaded }: Props) {
  const count = all ? all.total : selected.length;
  const text = replacement ? TEXT.archive : TEXT.toWork;
  const [file, setFile] = useState<File>();
  const [inputKey, setInputKey] = useState(0);
  /** Why the browser did not send the file (the API's own wording, rules/answerUpload.ts). */
  const [invalid, setInvalid] = useState<string>();
  const [confirming, setConfirming] = useState(false);
  const upload = useUpload(companyId);
  const { state, sending } = upload;
  const isZip = file?.name.toLowerCase().endsWith('.zip') ?? false;

  async function send(confirmed = false) {
    if (sending) return;
    const check = checkAnswerFile(file, count, !replacement);
    setInvalid('error' in check ? check.error : undefined);
    if ('error' in check) {
      upload.reset();
      setConfirming(false);
      return;
    }
    // The one further answer cannot be taken back: say what will happen and ask first.
    if (replacement && !confirmed) {
      upload.reset();
      setConfirming(true);
      return;
    }
    setConfirming(false);
    const letters = all ? { matching: all.matching } : { letters: selected };
    const done = await upload.send({ kind: check.kind, ...letters, file: file! });
    if (!done) return;
    if (done.status !== 'pending') {
      setFile(undefined);
      setInputKey((k) => k + 1);
    }
    if (done.results.some((r) => r.outcome === 'accepted')) onUploaded();
  }

  return (
    <section className="answer-upload card card-bg shadow-sm px-3 py-2 mb-3" aria-labelledby="answer-upload-title">
      <h2 id="answer-upload-title" className="h5 mb-2">
        {text.title}
      </h2>
      {/* The instructions on demand: the panel stays small and the letters show on the first screen. */}
      <details className="answer-upload-help mb-2">
        <summary className="small">Come caricare le risposte</summary>
        {text.intro.map((p) => (
          <p key={p} className="small mb-2 mt-1">
            {p}
          </p>
        ))}
      </details>
      <div className="d-flex flex-wrap align-items-end gap-3">
        <div className="answer-upload-file">
          <label htmlFor="answer-file" className="form-label d-block fw-semibold">
            {replacement ? 'File della risposta (.PDF)' : 'File della risposta (.PDF) o archivio delle risposte (.zip)'}
          </label>
          <input
            key={inputKey}
            id="answer-file"
            type="file"
            className="form-control"
            accept={replacement ? '.pdf,application/pdf' : '.pdf,.zip,application/pdf,application/zip'}
            disabled={sending}
            aria-describedby="answer-selected"
            onChange={(e) => {
              setFile(e.target.files?.[0]);
              if (sending) return;
              setInvalid(undefined);
              setConfirming(false);
              upload.reset();
            }}
          />
        </div>
        <Button
          type="button"
          color="primary"
          onClick={() => send()}
          disabled={sending || confirming}
          data-testid="answer-upload-send"
        >
          {state.step === 'sending'
            ? 'Invio in corso…'
            : state.step === 'processing'
              ? 'Elaborazione in corso…'
              : isZip
                ? 'Upload multiplo (.zip)'
                : 'Upload risposta'}
        </Button>
      </div>
      <p id="answer-selected" className="small mt-2 mb-0">
        {all
          ? `Tutte le ${all.total} lettere della sezione che corrispondono ai filtri.`
          : count === 0
            ? 'Nessuna lettera selezionata: selezionare il box a sinistra della lettera.'
            : count === 1
              ? '1 lettera selezionata.'
              : `${count} lettere selezionate.`}
      </p>
      {confirming && (
        <div className="callout warning mt-3 mb-0 p-3" role="group" aria-labelledby="answer-confirm-text">
          <p id="answer-confirm-text" className="mb-2" data-testid="answer-confirm">
            La risposta già caricata per {selected[0]} sarà sostituita da «{file?.name}»: è possibile caricare una sola
            risposta ulteriore, entro 72 ore dalla prima, e non sarà possibile sostituirla di nuovo.
          </p>
          <div className="d-flex flex-wrap gap-2">
            <Button type="button" color="primary" size="sm" onClick={() => send(true)}>
              Conferma la sostituzione
            </Button>
            <Button type="button" color="primary" outline size="sm" onClick={() => setConfirming(false)}>
              Annulla
            </Button>
          </div>
        </div>
      )}
      <div aria-live="polite" data-testid="answer-upload-status">
        {invalid && (
          <Alert color="danger" className="mt-2 mb-0">
            {invalid}
          </Alert>
        )}
        {state.step === 'sending' && <p className="mt-2 mb-0">Invio del file in corso…</p>}
        {state.step === 'processing' && <p className="mt-2 mb-0">File ricevuto: verifica delle risposte in corso…</p>}
        {state.step === 'failed' && (
          <Alert color="danger" className="mt-2 mb-0">
            {state.title}
            <MessageList
              messages={Object.values(state.errors)
                .flat()
                .filter((d) => d !== state.title)}
            />
          </Alert>
        )}
        {state.step === 'done' && <UploadOutcome upload={state.upload} />}
      </div>
    </section>
  );
}

function UploadOutcome({ upload }: { upload: Upload }) {
  if (upload.status === 'pending') {
    return (
      <Alert color="info" className="mt-2 mb-0">
        {STILL_PENDING}
      </Alert>
    );
  }
  const accepted = upload.results.filter((r) => r.outcome === 'accepted').length;
  const rejected = upload.results.length - accepted;
  const summary = [
    accepted > 0 && (accepted === 1 ? '1 risposta caricata' : `${accepted} risposte caricate`),
    rejected > 0 && (rejected === 1 ? '1 file rifiutato' : `${rejected} file rifiutati`),
  ]
    .filter(Boolean)
    .join(', ');
  return (
    <Alert
      color={rejected === 0 ? 'success' : accepted === 0 ? 'danger' : 'warning'}
      className="mt-2 mb-0"
      data-testid="upload-outcome"
      data-status={upload.status}
    >
      <p className="mb-1 fw-semibold">
        {upload.status === 'accepted' ? 'Upload completato' : 'Upload non riuscito'} ({upload.file}): {summary}.
      </p>
      <ul className="mb-0">
        {upload.results.map((r, i) => (
          <li key={`${r.file}-${i}`} data-testid="upload-result" data-outcome={r.outcome}>
            {r.outcome === 'accepted'
              ? `${r.file}: risposta caricata${r.letter ? ` per la lettera ${r.letter}` : ''}.`
              : `${r.file}: ${r.reason ?? 'file rifiutato.'}`}
          </li>
        ))}
      </ul>
    </Alert>
  );
}
