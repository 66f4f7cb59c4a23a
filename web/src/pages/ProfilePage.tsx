import { Container } from 'design-react-kit';
import { useEffect, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { getProfile, updateProfile, type Profile } from '../api/accounts';
import {
  AccountFields,
  FiscalCodeWarnings,
  personData,
  PrivacyConsent,
  type AccountValues,
  type LockedField,
} from '../components/AccountFields';
import { MessageBox } from '../components/FormAlert';
import { useAccountForm } from '../hooks/useAccountForm';
import { useApi } from '../hooks/useApi';
import { formatDate } from '../format';
import { todayIso } from '../rules/today';
import { usePageTitle } from '../usePageTitle';
import { FormActions } from '../components/FormActions';

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
    birthplace: {
      code: p.birthplaceCode,
      label: p.birthplaceLabel ?? p.birthplaceCode,
      province: p.birthProvince,
      region: p.birthRegion,
    },
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
  const form = useAccountForm(undefined, LOCKED);
  const { values, setValues, errors, warnings, submitting, messages } = form;

  useEffect(() => {
    if (profile.data) setValues(toValues(profile.data));
  }, [profile.data, setValues]);

  async function save(fiscalCodeConfirmed: boolean) {
    const saved = await form.submit((v) => updateProfile(personData(v, fiscalCodeConfirmed)));
    if (saved) {
      setValues(toValues(saved));
      messages.show(PROFILE_SAVED, 'success');
    }
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void save(false);
  }

  return (
    <Container className="py-4">
      <h1 className="h2 mb-3">Modifica Profilo</h1>
      <p>
        <Link to="/area/profilo/password">Cambio Password</Link>
        {profile.data?.passwordExpiresAt && (
          <span className="ms-2 small" data-testid="password-expiry">
            (la password scade il {formatDate(profile.data.passwordExpiresAt)}: va aggiornata ogni 3 mesi)
          </span>
        )}
      </p>
      <p className="alert alert-info">
        Attenzione: non è possibile modificare username, Codice Fiscale ed e-mail inserita.
      </p>
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
          <AccountFields values={values} onChange={form.change} errors={errors} locked={LOCKED} today={todayIso()} />
          <p className="small">
            Per cambiare il recapito mobile:{' '}
            <Link to="/modifica-recapito-mobile">Hai cambiato il recapito mobile?</Link>
          </p>
          <PrivacyConsent checked />
          <p className="small">(*): dato obbligatorio</p>
          <FormActions label="Salva" busy={submitting} busyLabel="Salvataggio in corso…" back="/area" />
        </form>
      )}
    </Container>
  );
}
