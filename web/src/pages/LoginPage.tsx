import { Alert, Button } from 'design-react-kit';
import { useRef, useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { login } from '../api/auth';
import { problemOf } from '../api/problem';
import { usePageTitle } from '../usePageTitle';
import { nextStepPath, stepState } from './signInSteps';
import { CaptchaCheck } from '../components/CaptchaCheck';
import { messagesOf } from '../components/FormField';
import { NarrowPage } from '../components/NarrowPage';

type Field = 'username' | 'password';
type FieldErrors = Partial<Record<Field, string>>;

const REQUIRED: Record<Field, string> = {
  username: 'Inserire lo username.',
  password: 'Inserire la password.',
};

function firstMessage(errors: Record<string, string[]> | undefined, field: Field): string | undefined {
  if (!errors) return undefined;
  const key = Object.keys(errors).find((k) => k.toLowerCase() === field);
  return key ? errors[key][0] : undefined;
}

export function LoginPage() {
  usePageTitle('Accedi');
  const navigate = useNavigate();
  const expired = (useLocation().state as { expired?: boolean } | null)?.expired === true;
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [showPassword, setShowPassword] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string>();
  const [submitting, setSubmitting] = useState(false);
  // After repeated failures for the username the API asks for the captcha (captcha-required), never a block.
  const [captchaNeeded, setCaptchaNeeded] = useState(false);
  const [captcha, setCaptcha] = useState<string>();
  const [captchaReset, setCaptchaReset] = useState(0);
  const [captchaErrors, setCaptchaErrors] = useState<Record<string, string[]>>();
  const usernameInput = useRef<HTMLInputElement>(null);
  const passwordInput = useRef<HTMLInputElement>(null);
  const errorBox = useRef<HTMLDivElement>(null);

  function focusFirstInvalid(errors: FieldErrors) {
    if (errors.username) usernameInput.current?.focus();
    else if (errors.password) passwordInput.current?.focus();
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    setFormError(undefined);

    const errors: FieldErrors = {};
    if (username.trim() === '') errors.username = REQUIRED.username;
    if (password === '') errors.password = REQUIRED.password;
    setFieldErrors(errors);
    if (Object.keys(errors).length > 0) {
      focusFirstInvalid(errors);
      return;
    }

    setSubmitting(true);
    try {
      const result = await login({ username: username.trim(), password, captcha: captchaNeeded ? captcha : undefined });
      navigate(nextStepPath(result.next), { state: stepState(result, username.trim()) });
    } catch (error) {
      const problem = problemOf(error);
      if (problem.code === 'captcha-required' || problem.code === 'captcha-invalid') setCaptchaNeeded(true);
      setCaptchaErrors(problem.errors);
      setCaptcha(undefined);
      setCaptchaReset((k) => k + 1);
      const serverErrors: FieldErrors = {
        username: firstMessage(problem.errors, 'username'),
        password: firstMessage(problem.errors, 'password'),
      };
      setFieldErrors(serverErrors);
      setFormError(problem.title);
      setPassword('');
      // Bring the message into view and to the screen reader's attention.
      requestAnimationFrame(() => errorBox.current?.focus());
    } finally {
      setSubmitting(false);
    }
  }

  const describedBy = (field: Field, help: string) =>
    [fieldErrors[field] ? `${field}-error` : '', help].filter(Boolean).join(' ');

  return (
    <NarrowPage>
      <h1 className="h2 mb-3">Accesso al Portale dello Sportello per il consumatore Energia e Ambiente</h1>
      <p className="lead">
        Area riservata agli utenti che operano per conto di un operatore o di un gestore. Dopo username e password sarà
        richiesto il codice OTP inviato via SMS al recapito mobile registrato.
      </p>
      <p className="small">I campi contrassegnati da * sono obbligatori.</p>

      <div ref={errorBox} tabIndex={-1} className="error-box">
        {expired && !formError && (
          <Alert color="warning" data-testid="session-expired">
            La sessione è scaduta: è necessario accedere di nuovo.
          </Alert>
        )}
        {formError && (
          <Alert color="danger" data-testid="login-error">
            {formError}
          </Alert>
        )}
      </div>

      <form noValidate onSubmit={onSubmit} aria-label="Accesso al portale" className="login-form">
        <div className="form-group mb-4">
          <label htmlFor="username" className="active">
            Username *
          </label>
          <input
            ref={usernameInput}
            id="username"
            name="username"
            type="text"
            className={`form-control${fieldErrors.username ? ' is-invalid' : ''}`}
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            required
            aria-required="true"
            aria-invalid={fieldErrors.username ? true : undefined}
            aria-describedby={describedBy('username', 'username-help')}
            value={username}
            onChange={(e) => setUsername(e.target.value)}
          />
          {fieldErrors.username && (
            <div id="username-error" className="invalid-feedback d-block">
              {fieldErrors.username}
            </div>
          )}
          <p id="username-help" className="form-text mb-0">
            <Link to="/recupero-username">Hai dimenticato lo username?</Link>
          </p>
        </div>

        <div className="form-group mb-4">
          <label htmlFor="password" className="active">
            Password *
          </label>
          <div className="password-row">
            <input
              ref={passwordInput}
              id="password"
              name="password"
              type={showPassword ? 'text' : 'password'}
              className={`form-control${fieldErrors.password ? ' is-invalid' : ''}`}
              autoComplete="current-password"
              required
              aria-required="true"
              aria-invalid={fieldErrors.password ? true : undefined}
              aria-describedby={describedBy('password', 'password-help')}
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
            <button
              type="button"
              className="btn btn-outline-primary btn-sm password-toggle"
              aria-controls="password"
              aria-pressed={showPassword}
              onClick={() => setShowPassword((v) => !v)}
            >
              {showPassword ? 'Nascondi password' : 'Mostra password'}
            </button>
          </div>
          {fieldErrors.password && (
            <div id="password-error" className="invalid-feedback d-block">
              {fieldErrors.password}
            </div>
          )}
          <p id="password-help" className="form-text mb-0">
            <Link to="/recupero-password">Hai dimenticato la password o la tua password è scaduta?</Link>
          </p>
        </div>

        {captchaNeeded && (
          <CaptchaCheck onChange={setCaptcha} resetKey={captchaReset} errors={messagesOf(captchaErrors, 'captcha')} />
        )}

        <div className="login-warning mb-4" role="note">
          <strong>Attenzione:</strong> per motivi di sicurezza, terminato l'utilizzo dei servizi che richiedono
          l'autenticazione è necessario uscire dal portale e chiudere tutte le finestre del browser.
        </div>

        <div className="d-flex flex-wrap gap-2">
          <Button type="submit" color="primary" disabled={submitting} aria-disabled={submitting}>
            {submitting ? 'Verifica in corso…' : 'Accedi'}
          </Button>
          <Link to="/registrazione" className="btn btn-outline-primary">
            Nuova registrazione
          </Link>
          <Link to="/" className="btn btn-outline-secondary">
            Annulla
          </Link>
        </div>
      </form>
    </NarrowPage>
  );
}
