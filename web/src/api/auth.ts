import { apiFetch } from './client';

export interface LoginRequest {
  username: string;
  password: string;
}

/** What the portal asks next after valid credentials (manual ch. 5 and 5.1). */
export interface LoginResponse {
  next: 'otp' | 'change-password';
  challengeId: string;
}

export function login(request: LoginRequest, signal?: AbortSignal): Promise<LoginResponse> {
  return apiFetch<LoginResponse>('/auth/login', { method: 'POST', body: request, signal });
}
