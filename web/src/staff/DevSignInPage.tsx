import { Button } from 'design-react-kit';
import { useState, type FormEvent } from 'react';
import { useNavigate, useOutletContext } from 'react-router-dom';
import { errorTitle } from '../api/problem';
import { FieldError, TextField } from '../components/FormField';
import { NarrowPage } from '../components/NarrowPage';
import { usePageTitle } from '../usePageTitle';
import { staffPath } from './screens';
import { developmentSignIn, ROLE_NAMES, STAFF_ROLES, type StaffRole } from './session';
import type { StaffSignInContext } from './StaffLayout';

/**
 * Development only (never in `npm run build`): a name and roles, and the local host's
 * `POST /admin/token` signs a token for them, so the console can be tried without Entra ID.
 */
export default function DevSignInPage() {
  usePageTitle('Accesso di sviluppo alla console');
  const { signedIn } = useOutletContext<StaffSignInContext>();
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [roles, setRoles] = useState<StaffRole[]>([]);
  const [errors, setErrors] = useState<{ name?: string; roles?: string; form?: string }>({});
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = {
      name: name.trim() ? undefined : 'Indicare il nome della persona dello Sportello.',
      roles: roles.length > 0 ? undefined : 'Scegliere almeno un ruolo.',
    };
    setErrors(found);
    if (found.name || found.roles) return;
    setBusy(true);
    try {
      signedIn(await developmentSignIn(name.trim(), roles));
      navigate(staffPath(), { replace: true });
    } catch (e) {
      setErrors({ form: errorTitle(e) });
      setBusy(false);
    }
  }

  const toggle = (role: StaffRole, on: boolean) =>
    setRoles((current) => (on ? [...current, role] : current.filter((r) => r !== role)));

  return (
    <NarrowPage>
      <h1 className="h2">Accesso di sviluppo alla console</h1>
      <p className="mb-5">
        Solo in sviluppo: il portale locale firma un token con il nome e i ruoli scelti, al posto di Microsoft Entra ID.
      </p>
      <form noValidate onSubmit={(e) => void submit(e)}>
        <TextField
          id="staff-name"
          label="Nome"
          value={name}
          onChange={setName}
          required
          errors={errors.name ? [errors.name] : []}
        />
        <fieldset
          className="mb-4"
          aria-describedby={errors.roles ? 'staff-roles-error' : undefined}
          aria-invalid={errors.roles ? true : undefined}
        >
          <legend className="h6">Ruoli *</legend>
          {STAFF_ROLES.map((role) => (
            <div className="form-check" key={role}>
              <input
                id={`role-${role}`}
                type="checkbox"
                checked={roles.includes(role)}
                onChange={(e) => toggle(role, e.target.checked)}
              />
              <label htmlFor={`role-${role}`}>{ROLE_NAMES[role]}</label>
            </div>
          ))}
          <FieldError id="staff-roles" errors={errors.roles ? [errors.roles] : []} />
        </fieldset>
        <FieldError id="staff-sign-in" errors={errors.form ? [errors.form] : []} />
        <Button type="submit" color="primary" disabled={busy}>
          {busy ? 'Accesso in corso…' : 'Accedi'}
        </Button>
      </form>
    </NarrowPage>
  );
}
