import { Alert, Button } from 'design-react-kit';
import { useState, type ReactNode } from 'react';
import { problemOf } from '../api/problem';
import { FieldError, FieldLabel, messagesOf } from '../components/FormField';

/**
 * A staff form's call: busy while it runs; refused, each message goes under its field (or above the
 * button when the refusal names none) and the fields keep what was written. `fieldOfCode` puts a
 * refusal without field errors under the field it is about (e.g. `letter-exists` under the file).
 */
export function useStaffSubmit(fieldOfCode: Record<string, string> = {}) {
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
      const field = problem.code ? fieldOfCode[problem.code] : undefined;
      setErrors(problem.errors ?? (field ? { [field]: [problem.title] } : undefined));
      if (!problem.errors && !field) setFormError(problem.title);
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

/** A labelled PDF picker with its errors tied to it; the file chosen stays when a form is refused. */
export function PdfField({
  id,
  label,
  onChange,
  errors,
  hint,
  disabled,
  accept = '.pdf,application/pdf',
}: {
  id: string;
  label: string;
  onChange: (file: File | undefined) => void;
  errors: string[];
  hint?: string;
  disabled?: boolean;
  /** What the picker offers: PDFs unless said otherwise (the batch's ZIP). */
  accept?: string;
}) {
  const invalid = errors.length > 0;
  const describedBy = [hint ? `${id}-hint` : '', invalid ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className="form-group mb-4">
      <FieldLabel id={id} label={label} required />
      <input
        id={id}
        type="file"
        className={`form-control${invalid ? ' is-invalid' : ''}`}
        accept={accept}
        disabled={disabled}
        aria-required="true"
        aria-invalid={invalid ? true : undefined}
        aria-describedby={describedBy}
        onChange={(e) => onChange(e.target.files?.[0])}
      />
      {hint && (
        <p id={`${id}-hint`} className="form-text mb-0">
          {hint}
        </p>
      )}
      <FieldError id={id} errors={errors} />
    </div>
  );
}

/** The form a PDF and its `metadata` JSON travel in (staging of letters and solleciti). */
export function pdfForm(file: File | undefined, metadata: unknown, extra: Record<string, string> = {}): FormData {
  const form = new FormData();
  if (file) form.append('file', file, file.name);
  form.append('metadata', JSON.stringify(metadata));
  for (const [key, value] of Object.entries(extra)) form.append(key, value);
  return form;
}

/** A staff form's end: the refusal that names no field, and the submit button saying when it is busy. */
export function SubmitRow({
  formError,
  busy,
  label,
  busyLabel = 'Invio in corso…',
}: {
  formError?: string;
  busy: boolean;
  label: string;
  busyLabel?: string;
}) {
  return (
    <>
      {formError && <Alert color="danger">{formError}</Alert>}
      <Button type="submit" color="primary" disabled={busy}>
        {busy ? busyLabel : label}
      </Button>
    </>
  );
}

/** The file chosen in a form (a PDF, the batch's ZIP): kept when the form is refused, a new empty picker once sent. */
export function useChosenFile(onChoose: () => void) {
  const [file, setFile] = useState<File>();
  const [version, setVersion] = useState(0);
  return {
    file,
    version,
    choose: (chosen: File | undefined) => {
      setFile(chosen);
      onChoose();
    },
    clear: () => {
      setFile(undefined);
      setVersion((v) => v + 1);
    },
  };
}
