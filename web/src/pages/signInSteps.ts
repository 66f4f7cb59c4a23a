import type { NextStep } from '../api/auth';

/** What the sign-in pages hand to each other in the router state (never in the URL). */
export interface SignInState {
  challengeId: string;
  username?: string;
  /** The OTP page asks for the current number's code of a confirmed change of mobile. */
  oldMobile?: boolean;
  /** With oldMobile: from when the change opens without that code; null when only the help desk can. */
  mobileChangeOpensAt?: string | null;
}

/** The router state for a step the API answered with. */
export function stepState(step: NextStep, username?: string): SignInState {
  return step.next === 'old-mobile'
    ? {
        challengeId: step.challengeId,
        username,
        oldMobile: true,
        mobileChangeOpensAt: step.mobileChangeOpensAt ?? null,
      }
    : { challengeId: step.challengeId, username };
}

/** What the OTP page says when the code asked for is the current number's, for a change of mobile. */
export function oldMobileInfo(opensAt: string | null | undefined): string {
  const wait = opensAt
    ? `se questo non è più raggiungibile, la modifica sarà possibile dal ${formatRomeMinute(opensAt)}.`
    : "se questo non è più raggiungibile, la modifica richiede l'approvazione dell'Help Desk " +
      '(assistenzaotp-accesso@acquirenteunico.it).';
  return (
    'È stata confermata la modifica del recapito mobile: inserire il codice inviato via SMS al recapito mobile ' +
    `attuale; ${wait}`
  );
}

function formatRomeMinute(instant: string): string {
  const parts = new Intl.DateTimeFormat('it-IT', {
    timeZone: 'Europe/Rome',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(new Date(instant));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('day')}/${part('month')}/${part('year')} alle ${part('hour')}:${part('minute')}`;
}

/** The page for each step the API asks for after the password (manual ch. 5). */
export function nextStepPath(next: string): string {
  if (next === 'change-password') return '/accedi/cambio-password';
  if (next === 'new-mobile') return '/accedi/nuovo-cellulare';
  // old-mobile: the OTP page, asking for the current number's code.
  return '/accedi/otp';
}
