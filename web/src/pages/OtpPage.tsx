import { Alert, Button } from 'design-react-kit';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, Navigate, useLocation, useNavigate } from 'react-router-dom';
import { resendOtp, verifyOtp } from '../api/auth';
import { problemOf } from '../api/problem';
import { usePageTitle } from '../usePageTitle';
import { nextStepPath, oldMobileInfo, stepState, type SignInState } from './signInSteps';
import { NarrowPage } from '../components/NarrowPage';

const OTP_PATTERN = /^\d{6}$/;

/** A wrong code says how many tries are left (the 5th wrong one locks the account). */
function otpErrorMessage(error: unknown): string {
  const problem = problemOf(error);
  const left = problem.attemptsLeft;
  if (typeof left === 'number') {
    return `${problem.title} Tentativi rimasti: ${left}.`;
  }
  return problem.title;
}

/** Manual ch. 5: "Inserire l'OTP" received by SMS, with at most three re-sends. */
export function OtpPage() {
  usePageTitle("Inserire l'OTP");
  const navigate = useNavigate();
  const state = useLocation().state as SignInState | null;
  const [challengeId, setChallengeId] = useState(state?.challengeId);
  const [code, setCode] = useState('');
  const [error, setError] = useState<string>();
  const [info, setInfo] = useState<string>();
  const [busy, setBusy] = useState(false);
  const messageBox = useRef<HTMLDivElement>(null);
  const codeInput = useRef<HTMLInputElement>(null);
  // The code is the only thing to do here: the field takes the focus on arrival.
  useEffect(() => codeInput.current?.focus(), []);

  if (!challengeId) return <Navigate to="/accedi" replace />;

  function show(message: { error?: string; info?: string }) {
    setError(message.error);
    setInfo(message.info);
    requestAnimationFrame(() => messageBox.current?.focus());
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy || !challengeId) return;
    if (!OTP_PATTERN.test(code)) {
      setError('Il codice OTP è composto da 6 cifre.');
      codeInput.current?.focus();
      return;
    }
    setBusy(true);
    try {
      const result = await verifyOtp(challengeId, code);
      if ('next' in result) {
        navigate(nextStepPath(result.next), { replace: true, state: stepState(result, state?.username) });
        return;
      }
      navigate('/area', { replace: true });
    } catch (e) {
      setCode('');
      show({ error: otpErrorMessage(e) });
    } finally {
      setBusy(false);
    }
  }

  async function onResend() {
    if (busy || !challengeId) return;
    setBusy(true);
    try {
      const step = await resendOtp(challengeId);
      setChallengeId(step.challengeId);
      show({ info: 'È stato inviato un nuovo codice OTP via SMS.' });
    } catch (e) {
      show({ error: problemOf(e).title });
    } finally {
      setBusy(false);
    }
  }

  return (
    <NarrowPage>
      <h1 className="h2 mb-3">Accesso al Portale dello Sportello per il consumatore Energia e Ambiente</h1>
      {state?.oldMobile && (
        <Alert color="info" data-testid="otp-old-mobile">
          {oldMobileInfo(state.mobileChangeOpensAt)}
        </Alert>
      )}
      <div ref={messageBox} tabIndex={-1} className="error-box">
        {error && (
          <Alert color="danger" data-testid="otp-error">
            {error}
          </Alert>
        )}
        {info && (
          <Alert color="success" data-testid="otp-info">
            {info}
          </Alert>
        )}
      </div>
      <form noValidate onSubmit={onSubmit} aria-label="Codice OTP" className="login-form">
        <div className="form-group mb-4">
          <label htmlFor="otp" className="active">
            Inserire l'OTP *
          </label>
          <input
            ref={codeInput}
            id="otp"
            name="otp"
            type="text"
            data-autofocus
            className="form-control otp-input"
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={6}
            pattern="\d{6}"
            required
            aria-required="true"
            aria-describedby="otp-help"
            value={code}
            onChange={(e) => setCode(e.target.value.replace(/\D/g, '').slice(0, 6))}
          />
          <p id="otp-help" className="form-text mb-0">
            Inserire in questo campo il codice OTP ricevuto tramite SMS dal mittente NamirialTSP. Dopo 5 tentativi
            errati l'autenticazione sarà bloccata per questioni di sicurezza.
          </p>
        </div>
        <div className="d-flex flex-wrap gap-2 align-items-center">
          <Button type="submit" color="primary" disabled={busy}>
            Prosegui
          </Button>
          <Button
            type="button"
            color="primary"
            outline
            disabled={busy}
            onClick={onResend}
            aria-describedby="otp-resend-help"
          >
            Reinvia codice OTP
          </Button>
        </div>
        <p id="otp-resend-help" className="small mt-2">
          Previsti massimo n.3 reinvii del codice OTP
        </p>
        <p className="small">
          <Link to="/modifica-recapito-mobile">Hai cambiato il recapito mobile?</Link>
        </p>
        {/* Manual ch. 5: the FAQ tell how to get a code that does not arrive and how to unlock the account. */}
        <p className="small">
          <Link to="/faq#codice-otp">Hai bisogno di assistenza tecnica per il codice OTP?</Link>
        </p>
      </form>
      <div className="login-warning mt-4" role="note">
        <strong>ATTENZIONE:</strong> per motivi di sicurezza è necessario uscire dal Portale e chiudere tutte le
        finestre del browser una volta terminato l'utilizzo dei servizi che necessitano di autenticazione!
      </div>
    </NarrowPage>
  );
}
