import type { ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { confirmMobileChange, confirmRegistration, type Message } from '../api/accounts';
import { useApi } from '../hooks/useApi';
import { usePageTitle } from '../usePageTitle';
import { NarrowPage } from '../components/NarrowPage';

type Confirm = (token: string) => Promise<Message>;

// A link works once: the same token is sent once per page load, even if the page renders twice.
const sent = new Map<string, Promise<Message>>();
function once(kind: string, token: string, confirm: Confirm): Promise<Message> {
  const key = `${kind}:${token}`;
  let answer = sent.get(key);
  if (!answer) {
    answer = confirm(token);
    sent.set(key, answer);
  }
  return answer;
}

interface Props {
  kind: string;
  title: string;
  confirm: Confirm;
  next: ReactNode;
}

/** The page an email link opens: it calls the API with the link's token and says what happened. */
function ConfirmLinkPage({ kind, title, confirm, next }: Props) {
  usePageTitle(title);
  const token = useSearchParams()[0].get('token') ?? '';
  const result = useApi(() => once(kind, token, confirm), [token]);
  return (
    <NarrowPage>
      <h1 className="h2 mb-3">{title}</h1>
      <div aria-live="polite">
        {result.loading && <p role="status">Verifica del link in corso…</p>}
        {result.data && (
          <>
            <div className="alert alert-success" data-testid="confirm-message">
              {result.data.message}
            </div>
            {next}
          </>
        )}
        {result.error && (
          <>
            <div className="alert alert-danger" data-testid="confirm-error">
              {result.error}
            </div>
            <Link to="/">Torna alla pagina iniziale</Link>
          </>
        )}
      </div>
    </NarrowPage>
  );
}

/** "Conferma Registrazione" (manual ch. 2): the account is active, the temporary password comes by email. */
export function ConfirmRegistrationPage() {
  return (
    <ConfirmLinkPage
      kind="registration"
      title="Conferma registrazione"
      confirm={(token) => confirmRegistration(token)}
      next={
        <Link to="/accedi" className="btn btn-primary">
          Vai alla pagina di accesso
        </Link>
      }
    />
  );
}

/** "Conferma modifica recapito mobile" (manual 5.1): back to the sign-in, which will ask for the new number. */
export function ConfirmMobileChangePage() {
  return (
    <ConfirmLinkPage
      kind="mobile"
      title="Conferma modifica recapito mobile"
      confirm={(token) => confirmMobileChange(token)}
      next={
        <Link to="/accedi" className="btn btn-primary">
          Accedi al Portale
        </Link>
      }
    />
  );
}
