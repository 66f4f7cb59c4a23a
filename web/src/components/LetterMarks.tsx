import type { Letter } from '../api/operator';

/**
 * Working days past which an energy letter's answer is «assente» (manual 6.2: "superamento del
 * quindicesimo giorno lavorativo successivo alla data di scadenza").
 */
export const ABSENT_AFTER_DAYS = 15;

/**
 * "Giorni a scadenza risposta", with a word beside the number when the deadline has passed (and, for
 * energy, when the answer already counts as «assente»), so that it is not told by colour alone.
 */
export function DaysToDeadline({ letter }: { letter: Letter }) {
  const days = letter.daysToDeadline;
  if (typeof days !== 'number') return null;
  if (days >= 0) return <>{days}</>;
  const absent = letter.sector === 'energy' && days < -ABSENT_AFTER_DAYS;
  return (
    <span className="letter-overdue" data-testid="overdue">
      <span aria-hidden="true">⚠ </span>
      {days} <strong>{absent ? 'scaduta, risposta «assente»' : 'scaduta'}</strong>
    </span>
  );
}

/** "Completezza Risposta": «assente» and "Risposta incompleta" stand out by a mark and the word. */
export function Completeness({ value }: { value: string | null | undefined }) {
  if (!value) return null;
  return (
    <span className="letter-overdue">
      <span aria-hidden="true">⚠ </span>
      <strong>{value}</strong>
    </span>
  );
}
