import { Button, Container } from 'design-react-kit';
import { useState, type FormEvent } from 'react';
import { problemOf } from '../api/problem';
import { messagesOf, TextField } from '../components/FormField';
import { usePageTitle } from '../usePageTitle';
import { DoneMessage } from './StaffForm';
import { useStaff } from './StaffLayout';

type Action = 'unlock' | 'reactivate';

const DONE: Record<Action, (username: string) => string> = {
  unlock: (u) => `L'utente ${u} è stato sbloccato: può accedere di nuovo con le sue credenziali.`,
  reactivate: (u) => `L'utente ${u} è stato riattivato: il conteggio dei 6 mesi di inattività riparte da oggi.`,
};

/** Help desk (manual ch. 11): unlock an operator locked out, reactivate one deactivated after 6 months. */
export function UsersPage() {
  usePageTitle('Sblocco e riattivazione utenti');
  const { call } = useStaff();
  const [username, setUsername] = useState('');
  const [busy, setBusy] = useState<Action>();
  const [fieldErrors, setFieldErrors] = useState<string[]>([]);
  const [done, setDone] = useState<string>();

  async function run(action: Action, event?: FormEvent) {
    event?.preventDefault();
    const name = username.trim();
    setDone(undefined);
    if (!name) {
      setFieldErrors(['Indicare lo username dell’operatore.']);
      return;
    }
    setBusy(action);
    setFieldErrors([]);
    try {
      await call(`/backoffice/users/${encodeURIComponent(name)}/${action}`, { method: 'POST' });
      setDone(DONE[action](name));
    } catch (error) {
      // Every refusal is about the username (unknown user, role): shown under it, the field kept.
      const problem = problemOf(error);
      const messages = messagesOf(problem.errors, 'username');
      setFieldErrors(messages.length > 0 ? messages : [problem.title]);
    } finally {
      setBusy(undefined);
    }
  }

  return (
    <Container className="py-4">
      <h1 className="h2">Sblocco e riattivazione utenti</h1>
      <p className="mb-5">
        Un operatore che ha sbagliato 5 volte il codice o la password resta bloccato: «Sblocca» lo fa accedere di nuovo.
        Un account disattivato dopo 6 mesi senza accessi torna attivo con «Riattiva». Verificare prima l&apos;identità
        di chi chiede.
      </p>
      <form noValidate onSubmit={(e) => void run('unlock', e)} className="col-lg-6">
        <TextField
          id="username"
          label="Username dell’operatore"
          value={username}
          onChange={(value) => {
            setUsername(value);
            setDone(undefined);
          }}
          required
          autoComplete="off"
          errors={fieldErrors}
        />
        <div className="d-flex flex-wrap gap-2">
          <Button type="submit" color="primary" disabled={busy !== undefined}>
            {busy === 'unlock' ? 'Sblocco in corso…' : 'Sblocca'}
          </Button>
          <Button
            type="button"
            color="primary"
            outline
            disabled={busy !== undefined}
            onClick={() => void run('reactivate')}
          >
            {busy === 'reactivate' ? 'Riattivazione in corso…' : 'Riattiva'}
          </Button>
        </div>
      </form>
      <DoneMessage testId="users-done">{done}</DoneMessage>
    </Container>
  );
}
