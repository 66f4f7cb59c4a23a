import { Button } from 'design-react-kit';
import { HOW_HEARD_CHOICES, type PersonData } from '../api/accounts';
import type { ProblemWarning } from '../api/problem';
import { FieldError, messagesOf, SelectField, TextField } from './FormField';
import { PlaceCombobox, type ChosenPlace } from './PlaceCombobox';
import './accounts.css';

/** What the registration form and the profile hold (manual ch. 2 and 3.3). */
export interface AccountValues {
  username: string;
  firstName: string;
  lastName: string;
  email: string;
  birthDate: string;
  sex: '' | 'M' | 'F';
  birthplace: ChosenPlace | undefined;
  fiscalCode: string;
  mobile: string;
  landline: string;
  howHeard: string;
}

export const EMPTY_ACCOUNT: AccountValues = {
  username: '',
  firstName: '',
  lastName: '',
  email: '',
  birthDate: '',
  sex: '',
  birthplace: undefined,
  fiscalCode: '',
  mobile: '',
  landline: '',
  howHeard: '',
};

/** The fields the profile shows but cannot change (manual 3.3; the mobile changes through 5.1). */
export type LockedField = 'username' | 'email' | 'fiscalCode' | 'mobile';

/** The API's own wording for a missing field (RegistrationValidator and friends). */
const REQUIRED: Partial<Record<keyof AccountValues, string>> = {
  username: 'Inserire lo username',
  firstName: 'Inserire il nome',
  lastName: 'Inserire il cognome',
  email: "Inserire l'indirizzo email",
  birthDate: 'Inserire la data di nascita',
  sex: 'Selezionare il sesso',
  birthplace: "Selezionare il comune di nascita o lo stato estero dall'elenco",
  fiscalCode: 'Inserire il codice fiscale',
  mobile: 'Inserire il recapito mobile',
  howHeard: 'Indicare come si è venuti a conoscenza del servizio',
};

/** API field name of each value (the birthplace is sent as its code). */
export const API_FIELD: Record<keyof AccountValues, string> = {
  username: 'username',
  firstName: 'firstName',
  lastName: 'lastName',
  email: 'email',
  birthDate: 'birthDate',
  sex: 'sex',
  birthplace: 'birthplaceCode',
  fiscalCode: 'fiscalCode',
  mobile: 'mobile',
  landline: 'landline',
  howHeard: 'howHeard',
};

/** Missing mandatory fields, keyed by API field name, as the API would report them. */
export function missingFields(values: AccountValues, locked: readonly LockedField[] = []): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const [field, message] of Object.entries(REQUIRED) as Array<[keyof AccountValues, string]>) {
    if ((locked as readonly string[]).includes(field)) continue;
    const value = values[field];
    const empty = value === undefined || (typeof value === 'string' && value.trim() === '');
    if (empty) errors[API_FIELD[field]] = [message];
  }
  return errors;
}

/** Fields whose change makes an earlier codice fiscale confirmation meaningless. */
export const FISCAL_CODE_INPUTS: ReadonlyArray<keyof AccountValues> = [
  'firstName',
  'lastName',
  'birthDate',
  'sex',
  'birthplace',
  'fiscalCode',
];

interface Props {
  values: AccountValues;
  onChange: <K extends keyof AccountValues>(field: K, value: AccountValues[K]) => void;
  errors?: Record<string, string[]>;
  locked?: readonly LockedField[];
  /** Today as yyyy-mm-dd: the birth date cannot be later. */
  today: string;
}

/** The fields of "Registrazione nuovo utente" / "Modifica Profilo", in the manual's order and words. */
export function AccountFields({ values, onChange, errors, locked = [], today }: Props) {
  const isLocked = (f: LockedField) => locked.includes(f);
  const err = (f: keyof AccountValues) => messagesOf(errors, API_FIELD[f]);
  return (
    <>
      <TextField
        id="reg-username"
        label="Username"
        required
        readOnly={isLocked('username')}
        autoComplete="username"
        value={values.username}
        onChange={(v) => onChange('username', v)}
        errors={err('username')}
        hint={isLocked('username') ? undefined : 'Da 3 a 30 caratteri tra a-z, A-Z, 0-9 e - _ $ @ * ! . senza spazi'}
      />
      <div className="row">
        <div className="col-md-6">
          <TextField
            id="reg-first-name"
            label="Nome"
            required
            autoComplete="given-name"
            value={values.firstName}
            onChange={(v) => onChange('firstName', v)}
            errors={err('firstName')}
          />
        </div>
        <div className="col-md-6">
          <TextField
            id="reg-last-name"
            label="Cognome"
            required
            autoComplete="family-name"
            value={values.lastName}
            onChange={(v) => onChange('lastName', v)}
            errors={err('lastName')}
          />
        </div>
      </div>
      <TextField
        id="reg-email"
        label="Email"
        type="email"
        required
        readOnly={isLocked('email')}
        autoComplete="email"
        inputMode="email"
        hint="Non inserire email PEC nel campo email"
        value={values.email}
        onChange={(v) => onChange('email', v)}
        errors={err('email')}
      />
      <div className="row">
        <div className="col-md-6">
          <TextField
            id="reg-birth-date"
            label="Data di nascita"
            type="date"
            required
            max={today}
            autoComplete="bday"
            value={values.birthDate}
            onChange={(v) => onChange('birthDate', v)}
            errors={err('birthDate')}
          />
        </div>
        <div className="col-md-6">
          <SelectField
            id="reg-sex"
            label="Sesso"
            required
            options={['M', 'F']}
            value={values.sex}
            onChange={(v) => onChange('sex', v as AccountValues['sex'])}
            errors={err('sex')}
          />
        </div>
      </div>
      <PlaceCombobox
        id="reg-birthplace"
        label="Comune di nascita / Stato estero"
        required
        value={values.birthplace}
        onChange={(p) => onChange('birthplace', p)}
        errors={err('birthplace')}
      />
      <div className="row">
        <div className="col-md-6">
          <TextField
            id="reg-birth-province"
            label="Provincia di nascita"
            readOnly
            value={values.birthplace?.province ?? ''}
          />
        </div>
        <div className="col-md-6">
          <TextField
            id="reg-birth-region"
            label="Regione di nascita"
            readOnly
            value={values.birthplace?.region ?? ''}
          />
        </div>
      </div>
      <TextField
        id="reg-fiscal-code"
        label="Codice Fiscale"
        required
        readOnly={isLocked('fiscalCode')}
        autoComplete="off"
        value={values.fiscalCode}
        onChange={(v) => onChange('fiscalCode', v.toUpperCase())}
        errors={err('fiscalCode')}
      />
      <TextField
        id="reg-mobile"
        label="Recapito mobile"
        type="tel"
        required
        readOnly={isLocked('mobile')}
        autoComplete="tel"
        inputMode="tel"
        hint="Attenzione! NON inserire recapito fisso nel campo recapito mobile"
        value={values.mobile}
        onChange={(v) => onChange('mobile', v)}
        errors={err('mobile')}
      />
      <TextField
        id="reg-landline"
        label="Recapito fisso"
        type="tel"
        inputMode="tel"
        value={values.landline}
        onChange={(v) => onChange('landline', v)}
        errors={err('landline')}
      />
      <SelectField
        id="reg-how-heard"
        label="Come sei venuto a conoscenza del servizio?"
        required
        options={HOW_HEARD_CHOICES}
        value={values.howHeard}
        onChange={(v) => onChange('howHeard', v)}
        errors={err('howHeard')}
      />
    </>
  );
}

/** Manual ch. 2 and FAQ 11.4: an inconsistent codice fiscale is not refused; the person confirms it. */
export function FiscalCodeWarnings({
  warnings,
  onConfirm,
  disabled,
}: {
  warnings: ProblemWarning[];
  onConfirm: () => void;
  disabled: boolean;
}) {
  return (
    <>
      {warnings.length > 0 && (
        <ul className="mb-2">
          {warnings.map((w) => (
            <li key={w.message}>{w.message}</li>
          ))}
        </ul>
      )}
      <Button type="button" color="primary" size="sm" disabled={disabled} onClick={onConfirm}>
        Confermo il Codice Fiscale e salvo
      </Button>
    </>
  );
}

/** The API body of the personal data, from the form's values. */
export function personData(values: AccountValues, fiscalCodeConfirmed: boolean): PersonData {
  return {
    firstName: values.firstName.trim(),
    lastName: values.lastName.trim(),
    birthDate: values.birthDate,
    // missingFields has refused an empty one before anything is sent.
    sex: values.sex as PersonData['sex'],
    birthplaceCode: values.birthplace?.code ?? '',
    landline: values.landline.trim() || undefined,
    howHeard: values.howHeard,
    fiscalCodeConfirmed,
  };
}

/** "Ho preso visione dell'Informativa Privacy*" with its link (manual ch. 2; ticked and fixed in the profile). */
export function PrivacyConsent({
  checked,
  onChange,
  errors = [],
}: {
  checked: boolean;
  onChange?: (checked: boolean) => void;
  errors?: string[];
}) {
  const invalid = errors.length > 0;
  return (
    <div className="form-group mb-4">
      <div className="form-check">
        <input
          id="reg-privacy"
          type="checkbox"
          checked={checked}
          disabled={!onChange}
          required
          aria-required="true"
          aria-invalid={invalid ? true : undefined}
          aria-describedby={invalid ? 'reg-privacy-error' : undefined}
          onChange={(e) => onChange?.(e.target.checked)}
        />
        <label htmlFor="reg-privacy">Ho preso visione dell'Informativa Privacy *</label>
      </div>
      <p className="small mb-0">
        <a href="/informativa-privacy" target="_blank" rel="noopener">
          Informativa Privacy<span className="visually-hidden"> (si apre in una nuova finestra)</span>
        </a>
      </p>
      <FieldError id="reg-privacy" errors={errors} />
    </div>
  );
}
