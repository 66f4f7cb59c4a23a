import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { recoverPassword, recoverUsername, requestMobileChange, type Message } from '../api/accounts';
import { problemOf } from '../api/problem';
import { CAPTCHA_REQUIRED, CaptchaCheck } from '../components/CaptchaCheck';
import { MessageBox, useMessageBox } from '../components/FormAlert';
import { messagesOf, TextField } from '../components/FormField';
import { usePageTitle } from '../usePageTitle';
import { NarrowPage } from '../components/NarrowPage';
import { FormActions } from '../components/FormActions';

export const ACKNOWLEDGE_REQUIRED = 'Per proseguire con la modifica spuntare la casella "Conferma presa visione".';

interface Props {
  title: string;
  heading: string;
  intro: string;
  field: { id: string; apiName: string; label: string; type: 'text' | 'email'; autoComplete: string; required: string };
  submitLabel: string;
  send: (value: string, captcha: string, acknowledged: boolean) => Promise<Message>;
}

/**
 * One field and the captcha, always the same neutral answer (manual 3.1, 3.2, 5.1): whether the
 * username or email exists is never told. The change of mobile may first ask to acknowledge the
 * video-identification warning ("Conferma presa visione").
 */
function CaptchaRequestPage({ title, heading, intro, field, submitLabel, send }: Props) {
  usePageTitle(title);
  const [value, setValue] = useState('');
  const [captcha, setCaptcha] = useState<string>();
  const [captchaReset, setCaptchaReset] = useState(0);
  const [warning, setWarning] = useState<string>();
  const [acknowledged, setAcknowledged] = useState(false);
  const [errors, setErrors] = useState<Record<string, string[]>>();
  const [done, setDone] = useState<string>();
  const [submitting, setSubmitting] = useState(false);
  const messages = useMessageBox();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    const missing: Record<string, string[]> = {};
    if (value.trim() === '') missing[field.apiName] = [field.required];
    if (!captcha) missing.captcha = [CAPTCHA_REQUIRED];
    if (warning && !acknowledged) missing.acknowledged = [ACKNOWLEDGE_REQUIRED];
    setErrors(missing);
    if (Object.keys(missing).length > 0) {
      messages.show(Object.values(missing)[0][0]);
      return;
    }
    setSubmitting(true);
    try {
      const answer = await send(value.trim(), captcha ?? '', acknowledged);
      setDone(answer.message);
    } catch (error) {
      const problem = problemOf(error);
      setErrors(problem.errors);
      if (problem.code === 'acknowledgement-required') {
        setWarning(problem.warning ?? problem.title);
        messages.clear();
      } else {
        messages.show(problem.title);
      }
      // The captcha is checked first, and a solution is good once.
      setCaptchaReset((n) => n + 1);
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <NarrowPage>
      <p className="text-uppercase fw-semibold small mb-1">Registrazione unica</p>
      <h1 className="h2 mb-3">{heading}</h1>
      {done ? (
        <>
          <div className="alert alert-success" role="status" data-testid="request-done">
            {done}
          </div>
          <Link to="/accedi" className="btn btn-primary">
            Vai alla pagina di accesso
          </Link>
        </>
      ) : (
        <>
          <p className="lead">{intro}</p>
          <MessageBox box={messages.box} message={messages.message} testId="request-error" />
          <form noValidate onSubmit={onSubmit} aria-label={heading}>
            <TextField
              id={field.id}
              label={field.label}
              type={field.type}
              required
              autoComplete={field.autoComplete}
              value={value}
              onChange={(v) => {
                setValue(v);
                setWarning(undefined);
                setAcknowledged(false);
              }}
              errors={messagesOf(errors, field.apiName)}
            />
            {warning && (
              <div className="alert alert-warning" role="alert" data-testid="mobile-warning">
                {warning.split('\n').map((line) => (
                  <p key={line} className="mb-2">
                    {line}
                  </p>
                ))}
                <div className="form-check mb-0">
                  <input
                    id="acknowledged"
                    type="checkbox"
                    checked={acknowledged}
                    aria-invalid={messagesOf(errors, 'acknowledged').length ? true : undefined}
                    onChange={(e) => setAcknowledged(e.target.checked)}
                  />
                  <label htmlFor="acknowledged">Conferma presa visione</label>
                </div>
              </div>
            )}
            <CaptchaCheck onChange={setCaptcha} resetKey={captchaReset} errors={messagesOf(errors, 'captcha')} />
            <FormActions label={submitLabel} busy={submitting} back="/accedi" />
          </form>
        </>
      )}
    </NarrowPage>
  );
}

/** Manual 3.1: the email lists every username on that address. */
export function RecoverUsernamePage() {
  return (
    <CaptchaRequestPage
      title="Recupero username"
      heading="Recupera Username"
      intro={
        "Inserisca l'indirizzo email indicato in fase di registrazione e clicchi su Recupera: il sistema invierà a " +
        "quell'indirizzo un'email con l'elenco degli username associati."
      }
      field={{
        id: 'recover-email',
        apiName: 'email',
        label: 'Email',
        type: 'email',
        autoComplete: 'email',
        required: "Inserire l'indirizzo email",
      }}
      submitLabel="Recupera"
      send={(email, captcha) => recoverUsername(email, captcha)}
    />
  );
}

/** Manual 3.2: an email with a temporary password, to change at the next sign-in. */
export function RecoverPasswordPage() {
  return (
    <CaptchaRequestPage
      title="Recupero password"
      heading="Recupera Password"
      intro={
        "Inserisca lo username e clicchi su Recupera: il sistema invierà all'indirizzo email indicato in fase di " +
        'registrazione lo Username e una Password temporanea, da cambiare obbligatoriamente al successivo accesso.'
      }
      field={{
        id: 'recover-username',
        apiName: 'username',
        label: 'Username',
        type: 'text',
        autoComplete: 'username',
        required: 'Inserire lo username',
      }}
      submitLabel="Recupera"
      send={(username, captcha) => recoverPassword(username, captcha)}
    />
  );
}

/** Manual 5.1: "Hai cambiato il recapito mobile?": an email with the confirmation link. */
export function MobileChangePage() {
  return (
    <CaptchaRequestPage
      title="Modifica recapito mobile"
      heading="Modifica recapito mobile"
      intro={
        "Inserisca lo username e clicchi su Conferma: il sistema invierà all'indirizzo email indicato in fase di " +
        'registrazione il link «Conferma modifica recapito mobile». Al successivo accesso le sarà chiesto il nuovo ' +
        'recapito mobile.'
      }
      field={{
        id: 'mobile-username',
        apiName: 'username',
        label: 'Username',
        type: 'text',
        autoComplete: 'username',
        required: 'Inserire lo username',
      }}
      submitLabel="Conferma"
      send={requestMobileChange}
    />
  );
}
