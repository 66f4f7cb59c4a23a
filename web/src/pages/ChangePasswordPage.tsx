import { Alert, Button } from 'design-react-kit';
import { useRef, useState, type FormEvent } from 'react';
import { Link, Navigate, useLocation, useNavigate } from 'react-router-dom';
import { changePasswordInSession } from '../api/accounts';
import { changePassword } from '../api/auth';
import { problemOf } from '../api/problem';
import { PasswordStrengthMeter } from '../components/PasswordStrengthMeter';
import { usePageTitle } from '../usePageTitle';
import { nextStepPath, type SignInState } from './signInSteps';
import { NarrowPage } from '../components/NarrowPage';

type Field = 'currentPassword' | 'newPassword' | 'confirmPassword';

const RULES = [
  'La password deve contenere almeno un carattere minuscolo, un carattere maiuscolo, un numero e un carattere speciale',
  'La password non deve contenere username, nome o cognome',
  'La password non può essere uguale a una delle ultime tre inserite',
  'La password non deve superare la lunghezza di 20 caratteri',
  'La password non deve essere inferiore a 8 caratteri',
];

const LABELS: Record<Field, string> = {
  currentPassword: 'Password attuale',
  newPassword: 'Nuova password',
  confirmPassword: 'Conferma password',
};

const AUTOCOMPLETE: Record<Field, string> = {
  currentPassword: 'current-password',
  newPassword: 'new-password',
  confirmPassword: 'new-password',
};

function messagesFor(errors: Record<string, string[]> | undefined, field: Field): string[] {
  if (!errors) return [];
  const key = Object.keys(errors).find((k) => k.toLowerCase() === field.toLowerCase());
  return key ? errors[key] : [];
}

/**
 * Manual ch. 5: first access (or expired password) forces a new password before the OTP. With
 * `inSession`, manual 3.2: "Gestione profilo → Cambio Password" for the signed-in user.
 */
export function ChangePasswordPage({ inSession = false }: { inSession?: boolean }) {
  usePageTitle('Modifica Password');
  const navigate = useNavigate();
  const state = useLocation().state as SignInState | null;
  const [values, setValues] = useState<Record<Field, string>>({
    currentPassword: '',
    newPassword: '',
    confirmPassword: '',
  });
  const [errors, setErrors] = useState<Record<string, string[]>>();
  const [formError, setFormError] = useState<string>();
  const [submitting, setSubmitting] = useState(false);
  const [changed, setChanged] = useState<string>();
  const errorBox = useRef<HTMLDivElement>(null);

  if (!inSession && !state?.challengeId) return <Navigate to="/accedi" replace />;
  const { challengeId, username } = state ?? {};

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    setSubmitting(true);
    setFormError(undefined);
    setErrors(undefined);
    try {
      if (challengeId) {
        const step = await changePassword({ challengeId, ...values });
        navigate(nextStepPath(step.next), { state: { challengeId: step.challengeId, username } satisfies SignInState });
      } else {
        setChanged((await changePasswordInSession(values)).message);
      }
    } catch (error) {
      const problem = problemOf(error);
      setFormError(problem.title);
      setErrors(problem.errors);
      requestAnimationFrame(() => errorBox.current?.focus());
    } finally {
      setSubmitting(false);
    }
  }

  const otherErrors = Object.entries(errors ?? {})
    .filter(([k]) => !(Object.keys(LABELS) as string[]).some((f) => f.toLowerCase() === k.toLowerCase()))
    .flatMap(([, m]) => m);

  return (
    <NarrowPage>
      <h1 className="h2 mb-3">Modifica Password</h1>
      {changed ? (
        <>
          <div className="alert alert-success" role="status" data-testid="password-changed">
            {changed}
          </div>
          <p>
            Clicca <Link to="/area">qui</Link> e seleziona il servizio di interesse.
          </p>
        </>
      ) : inSession ? null : (
        <p className="lead">
          Primo accesso al Portale o password scaduta: è obbligatorio modificare la password per l'accesso ai servizi
          offerti.
        </p>
      )}
      <div ref={errorBox} tabIndex={-1} className="error-box">
        {formError && (
          <Alert color="danger" data-testid="password-error">
            {formError}
            {otherErrors.length > 0 && (
              <ul className="mb-0">
                {otherErrors.map((m) => (
                  <li key={m}>{m}</li>
                ))}
              </ul>
            )}
          </Alert>
        )}
      </div>
      {!changed && (
        <form noValidate onSubmit={onSubmit} aria-label="Modifica password">
          {username && (
            <div className="form-group mb-4">
              <label htmlFor="cp-username" className="active">
                Username
              </label>
              <input id="cp-username" className="form-control" value={username} readOnly autoComplete="username" />
            </div>
          )}
          {(Object.keys(LABELS) as Field[]).map((field) => {
            const fieldErrors = messagesFor(errors, field);
            return (
              <div className="form-group mb-4" key={field}>
                <label htmlFor={field} className="active">
                  {LABELS[field]} *
                </label>
                <input
                  id={field}
                  type="password"
                  className={`form-control${fieldErrors.length ? ' is-invalid' : ''}`}
                  autoComplete={AUTOCOMPLETE[field]}
                  required
                  aria-required="true"
                  aria-invalid={fieldErrors.length ? true : undefined}
                  aria-describedby={fieldErrors.length ? `${field}-error` : undefined}
                  value={values[field]}
                  onChange={(e) => setValues((v) => ({ ...v, [field]: e.target.value }))}
                />
                {fieldErrors.length > 0 && (
                  <div id={`${field}-error`} className="invalid-feedback d-block">
                    {fieldErrors.join(' ')}
                  </div>
                )}
                {field === 'newPassword' && <PasswordStrengthMeter password={values.newPassword} />}
              </div>
            );
          })}
          <ul className="small mb-4" aria-label="Regole della password">
            {RULES.map((rule) => (
              <li key={rule}>{rule}</li>
            ))}
          </ul>
          <Button type="submit" color="primary" disabled={submitting}>
            {submitting ? 'Salvataggio in corso…' : 'Modifica password'}
          </Button>
        </form>
      )}
    </NarrowPage>
  );
}
