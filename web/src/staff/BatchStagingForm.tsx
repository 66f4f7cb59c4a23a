import { useState, type FormEvent } from 'react';
import { ListTable } from '../components/ListTable';
import type { Schemas } from '../api/contract';
import { DoneMessage, PdfField, SubmitRow, useChosenFile, useStaffSubmit } from './StaffForm';
import { useStaff } from './StaffLayout';
import { uploadWithProgress } from './uploadWithProgress';

type BatchStagingResult = Schemas['BatchStagingResult'];
type BatchItem = BatchStagingResult['items'][number];

/** Why a letter of the batch was refused: the API's title and its field messages. */
export const refusalText = (item: BatchItem) =>
  item.problem ? [item.problem.title, ...Object.values(item.problem.errors ?? {}).flat()].join(' ') : '';

/**
 * Back office (issue 13, item 3): many letters at once, a ZIP holding manifest.json and the PDFs. The
 * upload shows how far it is; then each letter's outcome, in the manifest's order (each all or nothing).
 */
export function BatchStagingForm() {
  const { session } = useStaff();
  const [done, setDone] = useState<string>();
  const zip = useChosenFile(() => setDone(undefined));
  const [sent, setSent] = useState<number>();
  const [result, setResult] = useState<BatchStagingResult>();
  const { busy, formError, submit, fieldErrors } = useStaffSubmit();

  async function stage(event: FormEvent) {
    event.preventDefault();
    setResult(undefined);
    const form = new FormData();
    if (zip.file) form.append('file', zip.file, zip.file.name);
    setSent(0);
    const answer = await submit(() =>
      uploadWithProgress<BatchStagingResult>('/backoffice/letters/batch', form, session.token, (loaded, total) =>
        setSent(Math.floor((loaded / total) * 100)),
      ),
    );
    setSent(undefined);
    if (!answer) return;
    setResult(answer);
    setDone(`Lettere preparate: ${answer.staged}; rifiutate: ${answer.refused}.`);
    zip.clear();
  }

  return (
    <form noValidate onSubmit={(e) => void stage(e)} className="col-lg-8" data-testid="batch-staging-form">
      <PdfField
        key={zip.version}
        id="batch-file"
        label="Archivio delle lettere (.zip)"
        accept=".zip,application/zip"
        hint="Un archivio ZIP con manifest.json (per ogni lettera: file e i suoi campi) e i PDF delle lettere."
        onChange={zip.choose}
        errors={[...fieldErrors('file'), ...fieldErrors('manifest')]}
      />
      {sent !== undefined && (
        <div className="mb-3">
          <label htmlFor="batch-progress" className="form-label">
            Invio dell’archivio: {sent}%
          </label>
          <progress id="batch-progress" className="w-100" max={100} value={sent} />
        </div>
      )}
      <SubmitRow formError={formError} busy={busy} label="Prepara le lettere" />
      <DoneMessage testId="batch-staged" color={result?.refused ? 'warning' : 'success'}>
        {done}
      </DoneMessage>
      {result && (
        <ListTable<BatchItem>
          caption="Esito di ogni lettera dell'archivio"
          testId="batch-result"
          rows={result.items}
          rowKey={(item, i) => `${i}-${item.name}`}
          stackOnPhone
          columns={[
            { label: 'Lettera', render: (item) => item.name },
            { label: 'Esito', render: (item) => (item.status === 'staged' ? 'Preparata' : 'Rifiutata') },
            { label: 'Motivo', render: refusalText },
          ]}
        />
      )}
    </form>
  );
}
