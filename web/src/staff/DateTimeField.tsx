import { useState } from 'react';
import { FieldError } from '../components/FormField';
import { italianInput, parseItalianInput } from '../format';

/** A whole day as the API takes it (aaaa-mm-gg): a day field's value once it is one. */
export const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A day (`dateOnly`) or a day and time read as Rome time, typed in the Italian form gg/mm/aaaa hh:mm
 * whatever the browser's locale; its hint above and its errors (and a warning) tied to it. The value
 * is ISO (aaaa-mm-ggThh:mm or aaaa-mm-gg); while what is typed is not a date yet, it is passed on as
 * typed (so the form's checks refuse it) and the field says which form to use.
 */
export function DateTimeField({
  id,
  label,
  value,
  onChange,
  hint,
  warning,
  errors = [],
  dateOnly = false,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  warning?: string;
  errors?: string[];
  dateOnly?: boolean;
}) {
  const [text, setText] = useState(() => italianInput(value));
  const [seen, setSeen] = useState(value);
  const typed = parseItalianInput(text, !dateOnly) ?? text.trim();
  // A value the form sets itself (emptied after saving) shows in the field; one it ignores changes nothing.
  if (value !== seen) {
    setSeen(value);
    if (value !== typed) setText(italianInput(value));
  }
  const [left, setLeft] = useState(false);
  const form = dateOnly ? 'gg/mm/aaaa' : 'gg/mm/aaaa hh:mm';
  const malformed = left && text.trim() !== '' && parseItalianInput(text, !dateOnly) === undefined;
  const shown = [
    ...errors,
    ...(malformed ? [`Scrivere la data nella forma ${form}.`] : []),
    ...(warning ? [warning] : []),
  ];
  const describedBy = [hint ? `${id}-hint` : '', `${id}-form`, shown.length ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
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
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder={form}
        className={`form-control${shown.length ? ' is-invalid' : ''}`}
        value={text}
        aria-invalid={shown.length ? true : undefined}
        aria-describedby={describedBy}
        onChange={(e) => {
          setText(e.target.value);
          setLeft(false);
          onChange(parseItalianInput(e.target.value, !dateOnly) ?? e.target.value.trim());
        }}
        onBlur={() => setLeft(true)}
      />
      <span id={`${id}-form`} className="visually-hidden">
        Nella forma {form}.
      </span>
      <FieldError id={id} errors={shown} />
    </div>
  );
}
