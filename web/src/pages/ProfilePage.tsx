import { Button, Container } from 'design-react-kit';
import { useEffect, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { getProfile, updateProfile, type Profile } from '../api/accounts';
import type { ProblemWarning } from '../api/problem';
import {
  AccountFields,
  FISCAL_CODE_INPUTS,
  FiscalCodeWarnings,
  missingFields,
  personData,
  PrivacyConsent,
  type AccountValues,
  type LockedField,
} from '../components/AccountFields';
import { MessageBox, problemOf, useMessageBox } from '../components/FormAlert';
import { useApi } from '../hooks/useApi';
import { todayIso } from '../rules/today';
import { usePageTitle } from '../usePageTitle';
import { INVALID_FORM } from './RegistrationPage';

const LOCKED: readonly LockedField[] = ['username', 'email', 'fiscalCode', 'mobile'];
export const PROFILE_SAVED = 'Profilo aggiornato. Le abbiamo inviato una email di conferma della modifica.';

function toValues(p: Profile): AccountValues {
  return {
    username: p.username,
    firstName: p.firstName,
    lastName: p.lastName,
    email: p.email,
    birthDate: p.birthDate,
    sex: p.sex,
    birthplace: { code: p.birthplaceCode, label: p.birthplaceLabel ?? p.birthplaceCode, province: p.birthProvince, region: p.birthRegion },
    fiscalCode: p.fiscalCode,
    mobile: p.mobile,
    landline: p.landline ?? '',
    howHeard: p.howHeard,
  };
}

/** Manual 3.3: "Modifica Profilo"; username, codice fiscale and email (and the mobile, see 5.1) stay as they are. */
export function ProfilePage() {
  usePageTitle('Modifica Profilo');
  const profile = useApi((signal) => getProfile(signal), []);
  const [values, setValues] = useState<AccountValues>();
  const [errors, setErrors] = useState<Record<string, string[]>>();
  const [warnings, setWarnings] = useState<ProblemWarning[]>();
  const [submitting, setSubmitting] = useState(false);
  const messages = useMessageBox();

  useEffect(() => {
    if (profile.data) setValues(toValues(profile.data));
  }, [profile.data]);

  function change<K extends keyof AccountValues>(field: K, value: AccountValues[K]) {
    setValues((v) => (v ? { ...v, [field]: value } : v));
    if (warnings && FISCAL_CODE_INPUTS.includes(field)) {
      setWarnings(undefined);
      messages.clear();
    }
  }

  async function save(fiscalCodeConfirmed: boolean) {
    if (!values || submitting) return;
    const missing = missingFields(values, LOCKED);
    if (Object.keys(missing).length > 0) {
      setErrors(missing);
      setWarnings(undefined);
      messages.show(INVALID_FORM);
      return;
    }
    setSubmitting(true);
    try {
      const saved = await updateProfile(personData(values, fiscalCodeConfirmed));
      setValues(toValues(saved));
      setErrors(undefined);
      setWarnings(undefined);
      messages.show(PROFILE_SAVED, 'success');
    } catch (error) {
      const problem = problemOf(error);
      setErrors(problem.errors);
      setWarnings(problem.code === 'fiscal-code-confirm' ? (problem.warnings ?? []) : undefined);
      messages.show(problem.title, problem.code === 'fiscal-code-confirm' ? 'warning' : 'danger');
    } finally {
      setSubmitting(false);
    }
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void save(false);
  }

  return (
    <Container className="py-4">
      <h1 className="h2 mb-3">Modifica Profilo</h1>
      <p className="alert alert-info">Attenzione: non è possibile modificare username, Codice Fiscale ed e-mail inserita.</p>
      <p>
        Nel caso sia necessario aggiornare i propri dati anagrafici, dopo aver cliccato sul pulsante Salva, si consiglia
        di effettuare il logout dal sistema per rendere effettivo l'aggiornamento dei dati anagrafici inseriti prima di
        inviare nuove pratiche allo Sportello.
      </p>
      {profile.loading && !values && <p role="status">Caricamento in corso…</p>}
      {profile.error && <div className="alert alert-danger">{profile.error}</div>}
      <MessageBox box={messages.box} message={messages.message} testId="profile-message">
        {warnings && <FiscalCodeWarnings warnings={warnings} disabled={submitting} onConfirm={() => void save(true)} />}
      </MessageBox>
      {values && (
        <form noValidate onSubmit={onSubmit} aria-label="Modifica Profilo">
          <AccountFields values={values} onChange={change} errors={errors} locked={LOCKED} today={todayIso()} />
          <p className="small">
            Per cambiare il recapito mobile: <Link to="/modifica-recapito-mobile">Hai cambiato il recapito mobile?</Link>
          </p>
          <PrivacyConsent checked />
          <p className="small">(*): dato obbligatorio</p>
          <div className="d-flex flex-wrap gap-2">
            <Button type="submit" color="primary" disabled={submitting}>
              {submitting ? 'Salvataggio in corso…' : 'Salva'}
            </Button>
            <Link to="/area" className="btn btn-outline-primary">
              Indietro
            </Link>
          </div>
        </form>
      )}
    </Container>
  );
}
