import { passwordStrength, type PasswordStrength } from '../rules/passwordStrength';

const TONE: Record<PasswordStrength, string> = {
  Forte: 'success',
  Media: 'body',
  Debole: 'danger',
  'Molto debole': 'danger',
  'Troppo corta': 'danger',
  'Troppo lunga': 'danger',
};

/** Manual ch. 5 "Forza password": advice only, the server decides. Announced politely. */
export function PasswordStrengthMeter({ password }: { password: string }) {
  const strength = password === '' ? undefined : passwordStrength(password);
  return (
    <p className="form-text mb-0" aria-live="polite" data-testid="password-strength">
      Forza password: {strength ? <strong className={`text-${TONE[strength]}`}>{strength}</strong> : <span>—</span>}
    </p>
  );
}
