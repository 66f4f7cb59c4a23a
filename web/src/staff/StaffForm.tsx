import { Alert } from 'design-react-kit';
import { useState, type ReactNode } from 'react';
import { problemOf } from '../api/problem';
import { messagesOf } from '../components/FormField';

/**
 * A staff form's call: busy while it runs; refused, each message goes under its field (or above the
 * button when the refusal names none) and the fields keep what was written.
 */
export function useStaffSubmit() {
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<Record<string, string[]>>();
  const [formError, setFormError] = useState<string>();

  async function submit<T>(work: () => Promise<T>): Promise<T | undefined> {
    setBusy(true);
    setErrors(undefined);
    setFormError(undefined);
    try {
      return await work();
    } catch (error) {
      const problem = problemOf(error);
      setErrors(problem.errors);
      if (!problem.errors) setFormError(problem.title);
      return undefined;
    } finally {
      setBusy(false);
    }
  }

  return { busy, formError, submit, fieldErrors: (field: string) => messagesOf(errors, field) };
}

/** What a form did, read out when it appears (a live region that is there before its message). */
export function DoneMessage({
  testId,
  color = 'success',
  children,
}: {
  testId: string;
  color?: 'success' | 'warning';
  children?: ReactNode;
}) {
  return (
    <div role="status" className="mt-3">
      {children && (
        <Alert color={color} data-testid={testId}>
          {children}
        </Alert>
      )}
    </div>
  );
}

/** A labelled list of choices given as value → Italian label. */
export function ChoiceField({
  id,
  label,
  value,
  onChange,
  choices,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  choices: Record<string, string>;
}) {
  return (
    <div className="form-group mb-4">
      <label htmlFor={id} className="active">
        {label}
      </label>
      <select id={id} className="form-select" value={value} onChange={(e) => onChange(e.target.value)}>
        {Object.entries(choices).map(([choice, text]) => (
          <option key={choice} value={choice}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A labelled multi-line field with its errors tied to it. */
export function TextAreaField({
  id,
  label,
  value,
  onChange,
  rows,
  required,
  errors,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  rows: number;
  required?: boolean;
  errors: string[];
}) {
  const invalid = errors.length > 0;
  return (
    <div className="form-group mb-4">
      <label htmlFor={id} className="active">
        {label}
        {required ? ' *' : ''}
      </label>
      <textarea
        id={id}
        className={`form-control${invalid ? ' is-invalid' : ''}`}
        rows={rows}
        value={value}
        required={required}
        aria-required={required ? true : undefined}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={invalid ? `${id}-error` : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      {invalid && (
        <div id={`${id}-error`} className="invalid-feedback d-block">
          {errors.join(' ')}
        </div>
      )}
    </div>
  );
}
