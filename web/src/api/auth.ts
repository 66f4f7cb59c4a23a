import { apiFetch } from './client';
import type { Schemas } from './contract';

/** A step of the sign-in that still needs the challenge (manual ch. 5 and 5.1), after valid credentials too. */
export interface NextStep {
  next: 'otp' | 'change-password' | 'old-mobile' | 'new-mobile';
  challengeId: string;
  /** With old-mobile: from when the change opens without the current number's code; null: only the help desk. */
  mobileChangeOpensAt?: string | null;
}

export function login(request: Schemas['LoginRequest'], signal?: AbortSignal): Promise<NextStep> {
  return apiFetch<NextStep>('/auth/login', { method: 'POST', body: request, signal });
}

/** The sign-in step's change of password: with the challenge (the signed-in user's own has none). */
export function changePassword(request: Schemas['ChangePasswordRequest'] & { challengeId: string }): Promise<NextStep> {
  return apiFetch<NextStep>('/auth/password', { method: 'POST', body: request });
}

export interface SessionStarted {
  username: string;
  expiresAt: string;
}

/** The session, or (for the current number's code of a change of mobile) the step that follows. */
export function verifyOtp(challengeId: string, code: string): Promise<SessionStarted | NextStep> {
  const body: Schemas['OtpRequest'] = { challengeId, code };
  return apiFetch<SessionStarted | NextStep>('/auth/otp', { method: 'POST', body });
}

export function resendOtp(challengeId: string): Promise<NextStep> {
  const body: Schemas['ChallengeRequest'] = { challengeId };
  return apiFetch<NextStep>('/auth/otp/resend', { method: 'POST', body });
}

export function logout(): Promise<void> {
  return apiFetch<void>('/auth/logout', { method: 'POST' });
}
