import type { ReactNode } from 'react';

export type FieldErrors = Record<string, string[] | undefined>;

/** The API's field errors (`errors` of a problem), looked up whatever the key's case. */
export function messagesOf(errors: Record<string, string[]> | undefined, field: string): string[] {
  if (!errors) return [];
  const key = Object.keys(errors).find((k) => k.toLowerCase() === field.toLowerCase());
  return key ? errors[key] : [];
}

/** A field's label, with the manual's " *" when it is mandatory. */
export function FieldLabel({ id, label, required }: { id: string; label: string; required?: boolean }) {
  return (
    <label htmlFor={id} className="active">
      {label}
      {required ? ' *' : ''}
    </label>
  );
}

/** A field's error messages, tied to it by `aria-describedby="<id>-error"`. */
export function FieldError({ id, errors }: { id: string; errors: string[] }) {
  if (errors.length === 0) return null;
  return (
    <div id={`${id}-error`} className="invalid-feedback d-block">
      {errors.join(' ')}
    </div>
  );
}

interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onChange?: (value: string) => void;
  required?: boolean;
  readOnly?: boolean;
  type?: 'text' | 'email' | 'tel' | 'date';
  autoComplete?: string;
  /** Shown above the field, as the manual's warnings are ("Non inserire email PEC nel campo email"). */
  hint?: ReactNode;
  errors?: string[];
  inputMode?: 'text' | 'email' | 'tel' | 'numeric';
  max?: string;
}

/** A labelled input with its hint and its errors tied to it for screen readers. */
export function TextField({
  id,
  label,
  value,
  onChange,
  required,
  readOnly,
  type = 'text',
  autoComplete,
  hint,
  errors = [],
  inputMode,
  max,
}: TextFieldProps) {
  const invalid = errors.length > 0;
  const describedBy = [hint ? `${id}-hint` : '', invalid ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className="form-group mb-4">
      {hint && (
        <p id={`${id}-hint`} className="form-hint small mb-1">
          {hint}
        </p>
      )}
      <FieldLabel id={id} label={label} required={required} />
      <input
        id={id}
        name={id}
        type={type}
        className={`form-control${invalid ? ' is-invalid' : ''}`}
        value={value}
        readOnly={readOnly}
        required={required && !readOnly}
        aria-required={required && !readOnly ? true : undefined}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={describedBy}
        autoComplete={autoComplete}
        inputMode={inputMode}
        max={max}
        onChange={(e) => onChange?.(e.target.value)}
      />
      <FieldError id={id} errors={errors} />
    </div>
  );
}

interface SelectFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly string[];
  required?: boolean;
  errors?: string[];
}

/** A labelled list with a "Selezionare" first choice and its errors tied to it. */
export function SelectField({ id, label, value, onChange, options, required, errors = [] }: SelectFieldProps) {
  const invalid = errors.length > 0;
  return (
    <div className="form-group mb-4">
      <FieldLabel id={id} label={label} required={required} />
      <select
        id={id}
        className={`form-select${invalid ? ' is-invalid' : ''}`}
        required={required}
        aria-required={required ? true : undefined}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={invalid ? `${id}-error` : undefined}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      >
        <option value="">Selezionare</option>
        {options.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>
      <FieldError id={id} errors={errors} />
    </div>
  );
}
