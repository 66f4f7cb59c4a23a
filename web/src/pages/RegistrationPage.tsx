import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { register } from '../api/accounts';
import {
  AccountFields,
  EMPTY_ACCOUNT,
  FiscalCodeWarnings,
  personData,
  PrivacyConsent,
} from '../components/AccountFields';
import { CAPTCHA_REQUIRED, CaptchaCheck } from '../components/CaptchaCheck';
import { MessageBox } from '../components/FormAlert';
import { messagesOf } from '../components/FormField';
import { useAccountForm } from '../hooks/useAccountForm';
import { todayIso } from '../rules/today';
import { usePageTitle } from '../usePageTitle';
import { NarrowPage } from '../components/NarrowPage';
import { FormActions } from '../components/FormActions';

const PRIVACY_REQUIRED = "Per procedere è necessario prendere visione dell'Informativa Privacy";

/** Manual ch. 2: "Registrazione nuovo utente"; no password (a temporary one comes by email). */
export function RegistrationPage() {
  usePageTitle('Nuova registrazione');
  const form = useAccountForm(EMPTY_ACCOUNT);
  const [privacy, setPrivacy] = useState(false);
  const [captcha, setCaptcha] = useState<string>();
  const [captchaReset, setCaptchaReset] = useState(0);
  const [done, setDone] = useState<string>();
  const { errors, warnings, submitting, messages } = form;

  async function submit(fiscalCodeConfirmed: boolean) {
    const missing: Record<string, string[]> = {};
    if (!privacy) missing.privacyConsent = [PRIVACY_REQUIRED];
    if (!captcha) missing.captcha = [CAPTCHA_REQUIRED];
    const answer = await form.submit(
      (values) =>
        register({
          ...personData(values, fiscalCodeConfirmed),
          username: values.username.trim(),
          email: values.email.trim(),
          fiscalCode: values.fiscalCode.trim(),
          mobile: values.mobile.trim(),
          privacyConsent: privacy,
          captcha: captcha ?? '',
        }),
      {
        missing,
        // Field rules and the codice fiscale are checked before the captcha: only then is the
        // solution still unused; after any other answer the person ticks the box again.
        onProblem: (problem) => {
          if (problem.status !== 422) setCaptchaReset((n) => n + 1);
        },
      },
    );
    if (answer) setDone(answer.message);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void submit(false);
  }

  if (done) return <RegistrationDone message={done} />;

  return (
    <NarrowPage wide>
      <h1 className="h2 mb-3">Registrazione nuovo utente</h1>
      <p className="lead">
        La registrazione è della persona fisica: solo dopo, la società per cui opera potrà abilitarla al Portale
        Operatori-Gestori. Non serve scegliere una password: quella provvisoria arriverà via email dopo la conferma.
      </p>
      <p className="small">(*): dato obbligatorio</p>
      <MessageBox box={messages.box} message={messages.message} testId="registration-message">
        {warnings && (
          <FiscalCodeWarnings warnings={warnings} disabled={submitting} onConfirm={() => void submit(true)} />
        )}
      </MessageBox>
      <form noValidate onSubmit={onSubmit} aria-label="Registrazione nuovo utente">
        <AccountFields
          values={form.values ?? EMPTY_ACCOUNT}
          onChange={form.change}
          errors={errors}
          today={todayIso()}
        />
        <PrivacyConsent checked={privacy} onChange={setPrivacy} errors={messagesOf(errors, 'privacyConsent')} />
        <CaptchaCheck onChange={setCaptcha} resetKey={captchaReset} errors={messagesOf(errors, 'captcha')} />
        <FormActions label="Salva" busy={submitting} busyLabel="Salvataggio in corso…" back="/accedi" />
      </form>
    </NarrowPage>
  );
}

/** Manual ch. 2 and FAQ 11.6–11.7: the account is created, what happens next. */
function RegistrationDone({ message }: { message: string }) {
  return (
    <NarrowPage wide>
      <h1 className="h2 mb-3">Registrazione nuovo utente</h1>
      <div className="alert alert-success" role="status" data-testid="registration-done">
        {message}
      </div>
      <p>
        Per completare la registrazione clicchi sul link <strong>Conferma Registrazione</strong> contenuto nel
        messaggio: riceverà poi una nuova email con lo Username e la Password temporanea, da modificare
        obbligatoriamente al primo accesso.
      </p>
      <p>
        Se il messaggio non arriva, controlli la casella di Spam e che il proprio server di posta non blocchi il dominio
        noreply@sportelloperilconsumatore.it.
      </p>
      <Link to="/accedi" className="btn btn-primary">
        Vai alla pagina di accesso
      </Link>
    </NarrowPage>
  );
}
