import { apiFetch } from './client';

export interface LoginRequest {
  username: string;
  password: string;
}

/** What the portal asks next after valid credentials (manual ch. 5 and 5.1). */
export interface LoginResponse {
  next: 'otp' | 'change-password' | 'new-mobile';
  challengeId: string;
}

export function login(request: LoginRequest, signal?: AbortSignal): Promise<LoginResponse> {
  return apiFetch<LoginResponse>('/auth/login', { method: 'POST', body: request, signal });
}

/** A step of the sign-in that still needs the challenge (manual ch. 5). */
export interface NextStep {
  next: 'otp' | 'change-password' | 'new-mobile';
  challengeId: string;
}

export interface ChangePasswordRequest {
  challengeId: string;
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

export function changePassword(request: ChangePasswordRequest): Promise<NextStep> {
  return apiFetch<NextStep>('/auth/password', { method: 'POST', body: request });
}

export interface SessionStarted {
  username: string;
  expiresAt: string;
}

export function verifyOtp(challengeId: string, code: string): Promise<SessionStarted> {
  return apiFetch<SessionStarted>('/auth/otp', { method: 'POST', body: { challengeId, code } });
}

export function resendOtp(challengeId: string): Promise<NextStep> {
  return apiFetch<NextStep>('/auth/otp/resend', { method: 'POST', body: { challengeId } });
}

export function logout(): Promise<void> {
  return apiFetch<void>('/auth/logout', { method: 'POST' });
}
