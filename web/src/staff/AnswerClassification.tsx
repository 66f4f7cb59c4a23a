import { useState } from 'react';
import type { Letter } from '../api/operator';
import { errorTitle } from '../api/problem';
import { FieldError } from '../components/FormField';
import { useStaff } from './StaffLayout';

/** Completezza Risposta's values by sector (manual 6.5.1); empty is a complete answer. */
export const COMPLETENESS = { water: 'Risposta incompleta', energy: 'assente' } as const;

/** Who may be classified: an answered letter, or an energy TO letter without an answer («assente»). */
export const classifiable = (letter: Letter) =>
  letter.recipient === 'TO' && (Boolean(letter.answerName) || letter.sector === 'energy');

/**
 * Back office: the letter's Completezza Risposta, chosen and saved in its row; the API's refusal is said
 * under the choice, which keeps what was chosen.
 */
export function AnswerClassification({
  companyId,
  letter,
  onSaved,
}: {
  companyId: string;
  letter: Letter;
  onSaved: (letter: Letter) => void;
}) {
  const { call } = useStaff();
  const [value, setValue] = useState(letter.completeness ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const id = `completeness-${letter.name}`;
  const sectorValue = COMPLETENESS[letter.sector];

  async function save() {
    setBusy(true);
    setError(undefined);
    try {
      const path = `/backoffice/companies/${encodeURIComponent(companyId)}/letters/${encodeURIComponent(letter.name)}`;
      const saved = await call<Letter>(`${path}/completeness`, {
        method: 'PUT',
        body: { completeness: value === '' ? null : value },
      });
      onSaved(saved);
    } catch (e) {
      setError(errorTitle(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="d-flex flex-wrap align-items-start gap-1">
      <label htmlFor={id} className="visually-hidden">
        Completezza Risposta della lettera {letter.name}
      </label>
      <select
        id={id}
        className="form-select form-select-sm w-auto"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => setValue(e.target.value)}
      >
        <option value="">{letter.answerName ? 'Risposta completa' : 'Non classificata'}</option>
        <option value={sectorValue}>{sectorValue}</option>
      </select>
      <button
        type="button"
        className="btn btn-outline-primary btn-xs"
        disabled={busy || value === (letter.completeness ?? '')}
        onClick={() => void save()}
      >
        {busy ? 'Salvataggio…' : 'Classifica'}
        <span className="visually-hidden"> la risposta della lettera {letter.name}</span>
      </button>
      <FieldError id={id} errors={error ? [error] : []} />
    </div>
  );
}
