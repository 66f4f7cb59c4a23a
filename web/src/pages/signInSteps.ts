/** What the sign-in pages hand to each other in the router state (never in the URL). */
export interface SignInState {
  challengeId: string;
  username?: string;
}

/** The page for each step the API asks for after the password (manual ch. 5). */
export function nextStepPath(next: string): string {
  if (next === 'change-password') return '/accedi/cambio-password';
  if (next === 'new-mobile') return '/accedi/nuovo-cellulare';
  return '/accedi/otp';
}
