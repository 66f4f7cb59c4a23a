import { Alert, Button } from 'design-react-kit';
import { useState, type FormEvent } from 'react';
import { ApiError } from '../api/problem';
import { TextField } from '../components/FormField';
import { DoneMessage, PdfField, TextAreaField, useChosenFile, useStaffSubmit } from './StaffForm';
import { useStaff } from './StaffLayout';

type Action = 'enable' | 'disable';

/** Refusals about the person (unknown, not registered) under the username; about the modulo under it. */
const FIELD_OF_CODE = {
  'user-not-found': 'username',
  'not-found': 'username',
  'modulo-required': 'modulo',
  'modulo-invalid': 'modulo',
};

const DONE: Record<Action, (username: string, company: string) => string> = {
  enable: (u, c) => `L'utente ${u} è abilitato per la società ${c}: la vede nella sua area al prossimo accesso.`,
  disable: (u, c) => `L'utente ${u} non è più abilitato per la società ${c}: le sue sessioni sono terminate.`,
};

/**
 * Back office (manual ch. 3): a referent enabled, or disabled, for the company when its signed modulo
 * arrives; the modulo travels with the request and is kept with the record. Refused, all stays.
 */
export function EnablementForm({ companyId }: { companyId: string }) {
  const { call } = useStaff();
  const [username, setUsername] = useState('');
  const [note, setNote] = useState('');
  const [done, setDone] = useState<string>();
  const modulo = useChosenFile(() => setDone(undefined));
  const [running, setRunning] = useState<Action>();
  const { busy, formError, submit, fieldErrors } = useStaffSubmit(FIELD_OF_CODE);

  async function run(action: Action, event?: FormEvent) {
    event?.preventDefault();
    setDone(undefined);
    const name = username.trim();
    const form = new FormData();
    if (modulo.file) form.append('modulo', modulo.file, modulo.file.name);
    if (note.trim()) form.append('note', note.trim());
    const path = `/backoffice/companies/${encodeURIComponent(companyId)}/users/${encodeURIComponent(name)}`;
    setRunning(action);
    const answered = await submit(async () => {
      if (!name) throw usernameMissing();
      await call(action === 'enable' ? path : `${path}/disable`, {
        method: action === 'enable' ? 'PUT' : 'POST',
        body: form,
      });
      return true;
    });
    setRunning(undefined);
    if (!answered) return;
    setDone(DONE[action](name, companyId));
    setUsername('');
    setNote('');
    modulo.clear();
  }

  return (
    <form noValidate onSubmit={(e) => void run('enable', e)} className="col-lg-8" data-testid="enablement-form">
      <TextField
        id="enablement-username"
        label="Username dell’utente"
        value={username}
        onChange={setUsername}
        required
        autoComplete="off"
        errors={fieldErrors('username')}
      />
      <PdfField
        key={modulo.version}
        id="enablement-modulo"
        label="Modulo firmato (PDF)"
        hint="Il modulo di abilitazione (o di disabilitazione) firmato dal legale rappresentante, al massimo 10 MB."
        onChange={modulo.choose}
        errors={fieldErrors('modulo')}
      />
      <TextAreaField
        id="enablement-note"
        label="Nota"
        value={note}
        onChange={setNote}
        rows={2}
        errors={fieldErrors('note')}
      />
      {formError && <Alert color="danger">{formError}</Alert>}
      <div className="d-flex flex-wrap gap-2">
        <Button type="submit" color="primary" disabled={busy}>
          {running === 'enable' ? 'Abilitazione in corso…' : 'Abilita'}
        </Button>
        <Button type="button" color="danger" outline disabled={busy} onClick={() => void run('disable')}>
          {running === 'disable' ? 'Disabilitazione in corso…' : 'Disabilita'}
        </Button>
      </div>
      <DoneMessage testId="enablement-done">{done}</DoneMessage>
    </form>
  );
}

/** Said under the username before any call, as the API would say it. */
function usernameMissing() {
  return new ApiError({
    status: 422,
    code: 'validation-failed',
    title: 'I dati inviati non sono validi: correggere i campi indicati.',
    errors: { username: ['Indicare lo username dell’utente.'] },
  });
}
