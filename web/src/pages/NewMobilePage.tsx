import { Button } from 'design-react-kit';
import { useState, type FormEvent } from 'react';
import { Link, Navigate, useLocation, useNavigate } from 'react-router-dom';
import { setNewMobile } from '../api/accounts';
import { problemOf } from '../api/problem';
import { MessageBox, useMessageBox } from '../components/FormAlert';
import { messagesOf, TextField } from '../components/FormField';
import { usePageTitle } from '../usePageTitle';
import { nextStepPath, type SignInState } from './signInSteps';
import { NarrowPage } from '../components/NarrowPage';

const MOBILE_REQUIRED = 'Inserire il recapito mobile';

/**
 * Manual 5.1: after a confirmed change of mobile, the sign-in asks for the new number; "Invia codice"
 * sends the verification code there, and the OTP page takes it.
 */
export function NewMobilePage() {
  usePageTitle('Nuovo recapito mobile');
  const navigate = useNavigate();
  const state = useLocation().state as SignInState | null;
  const [mobile, setMobile] = useState('');
  const [errors, setErrors] = useState<Record<string, string[]>>();
  const [submitting, setSubmitting] = useState(false);
  const messages = useMessageBox();

  if (!state?.challengeId) return <Navigate to="/accedi" replace />;
  const { challengeId, username } = state;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    if (mobile.trim() === '') {
      setErrors({ mobile: [MOBILE_REQUIRED] });
      messages.show(MOBILE_REQUIRED);
      return;
    }
    setSubmitting(true);
    try {
      const step = await setNewMobile(challengeId, mobile.trim());
      navigate(nextStepPath(step.next), { state: { challengeId: step.challengeId, username } satisfies SignInState });
    } catch (error) {
      const problem = problemOf(error);
      setErrors(problem.errors);
      messages.show(problem.title);
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <NarrowPage>
      <h1 className="h2 mb-3">Modifica recapito mobile</h1>
      <p className="lead">
        Per una questione di sicurezza inserisca il nuovo recapito mobile, da Lei prescelto e a Lei riconducibile, e
        clicchi su «Invia codice»: riceverà via SMS il codice di verifica da inserire nella pagina successiva.
      </p>
      <MessageBox box={messages.box} message={messages.message} testId="new-mobile-error">
        {messages.message && !errors && (
          <p className="mb-0 mt-2">
            <Link to="/accedi">Torna alla pagina di accesso</Link>
          </p>
        )}
      </MessageBox>
      <form noValidate onSubmit={onSubmit} aria-label="Nuovo recapito mobile">
        {username && <TextField id="nm-username" label="Username" readOnly autoComplete="username" value={username} />}
        <TextField
          id="nm-mobile"
          label="Recapito mobile"
          type="tel"
          inputMode="tel"
          autoComplete="tel"
          required
          hint={
            'Attenzione! NON inserire recapito fisso nel campo recapito mobile. Non è possibile abbinare lo ' +
            'stesso recapito mobile a più di un codice fiscale.'
          }
          value={mobile}
          onChange={setMobile}
          errors={messagesOf(errors, 'mobile')}
        />
        <Button type="submit" color="primary" disabled={submitting}>
          Invia codice
        </Button>
      </form>
      <p className="small mt-4">
        Per assistenza circa la mancata ricezione dell'SMS contenente il Codice di verifica scrivere a{' '}
        <a href="mailto:assistenzaotp-accesso@acquirenteunico.it">assistenzaotp-accesso@acquirenteunico.it</a>.
      </p>
    </NarrowPage>
  );
}
