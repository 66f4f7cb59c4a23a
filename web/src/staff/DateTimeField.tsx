import { FieldError } from '../components/FormField';

/** A `datetime-local` field read as Rome time, its hint above and its errors (and a warning) tied to it. */
export function DateTimeField({
  id,
  label,
  value,
  onChange,
  hint,
  warning,
  errors,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  warning?: string;
  errors: string[];
}) {
  const shown = warning ? [...errors, warning] : errors;
  const describedBy = [hint ? `${id}-hint` : '', shown.length ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className="form-group mb-4">
      {hint && (
        <p id={`${id}-hint`} className="form-hint small mb-1" data-testid={`${id}-hint`}>
          {hint}
        </p>
      )}
      <label htmlFor={id} className="active">
        {label}
      </label>
      <input
        id={id}
        type="datetime-local"
        className={`form-control${shown.length ? ' is-invalid' : ''}`}
        value={value}
        aria-invalid={shown.length ? true : undefined}
        aria-describedby={describedBy || undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      <FieldError id={id} errors={shown} />
    </div>
  );
}
