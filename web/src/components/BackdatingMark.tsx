import type { Letter } from '../api/operator';
import { formatDate } from '../format';

/**
 * Manual ch. 9: an answer whose Data Risposta is the day of a failed attempt during a portal outage,
 * not its arrival. Says so beside the arrival, with the reason (visible, not only on hover).
 */
export function BackdatingMark({ letter, detailed = false }: { letter: Letter; detailed?: boolean }) {
  if (!letter.answerBackdatedTo) return null;
  const label = `Data Risposta attribuita: ${formatDate(letter.answerBackdatedTo)}`;
  return (
    <span className="d-block small" data-testid="answer-backdated" title={letter.answerBackdatingReason ?? undefined}>
      <strong>{label}</strong>
      {detailed ? (
        <span className="d-block">{letter.answerBackdatingReason}</span>
      ) : (
        <span className="visually-hidden"> ({letter.answerBackdatingReason})</span>
      )}
    </span>
  );
}
