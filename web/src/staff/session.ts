import { apiFetch } from '../api/client';
import { ApiError, toProblem } from '../api/problem';
import type { Schemas } from '../api/contract';

/** The app roles of the staff registration (docs/api.md, "The Sportello's side"). */
export const STAFF_ROLES = ['BackOffice', 'HelpDesk', 'ReadOnly'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** How the manual and the Sportello call each role. */
export const ROLE_NAMES: Record<StaffRole, string> = {
  BackOffice: 'Back office',
  HelpDesk: 'Help desk',
  ReadOnly: 'Consultazione',
};

export type StaffConsoleSettings = Schemas['StaffConsoleSettings'];

/** A person of the Sportello signed in: the access token and what it says about them. */
export interface StaffSession {
  token: string;
  name: string;
  roles: StaffRole[];
  /** Milliseconds since the epoch when the token stops being accepted. */
  expiresAt: number;
  /** How the token was obtained: Entra ID (MSAL) or the development sign-in page. */
  via: 'entra' | 'development';
}

export const getConsoleSettings = (signal?: AbortSignal) =>
  apiFetch<StaffConsoleSettings>('/staff-console', { signal });

function base64UrlJson(part: string): Record<string, unknown> {
  const base64 = part.replace(/-/g, '+').replace(/_/g, '/');
  const bytes = Uint8Array.from(atob(base64.padEnd(base64.length + ((4 - (base64.length % 4)) % 4), '=')), (c) =>
    c.charCodeAt(0),
  );
  const value: unknown = JSON.parse(new TextDecoder().decode(bytes));
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

/**
 * The session a bearer token stands for: name, roles and expiry read from its claims. The console only
 * reads them to decide what to show; the API checks the signature and the roles on every call.
 */
export function sessionOf(token: string, via: StaffSession['via']): StaffSession | undefined {
  const payload = token.split('.')[1];
  if (!payload) return undefined;
  let claims: Record<string, unknown>;
  try {
    claims = base64UrlJson(payload);
  } catch {
    return undefined;
  }
  const roles = Array.isArray(claims.roles)
    ? claims.roles.filter((r): r is StaffRole => STAFF_ROLES.includes(r as StaffRole))
    : [];
  const name =
    typeof claims.name === 'string'
      ? claims.name
      : typeof claims.preferred_username === 'string'
        ? claims.preferred_username
        : 'Personale dello Sportello';
  const expiresAt = typeof claims.exp === 'number' ? claims.exp * 1000 : 0;
  return { token, name, roles, expiresAt, via };
}

const STORAGE_KEY = 'portale.sportello.token';

/** The development token kept for this tab (sessionStorage: closing the tab signs out). */
export function storedDevelopmentSession(now = Date.now()): StaffSession | undefined {
  const token = sessionStorage.getItem(STORAGE_KEY);
  const session = token ? sessionOf(token, 'development') : undefined;
  return session && session.expiresAt > now ? session : undefined;
}

export function forgetDevelopmentSession() {
  sessionStorage.removeItem(STORAGE_KEY);
}

/** Development only: a token for `name` with `roles` from the local host's `POST /admin/token`. */
export async function developmentSignIn(name: string, roles: StaffRole[]): Promise<StaffSession> {
  const response = await fetch('/admin/token', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ name, roles }),
  });
  const body = (await response.json().catch(() => undefined)) as { token?: string } | undefined;
  if (!response.ok) throw new ApiError(toProblem(response.status, body));
  const session = body?.token ? sessionOf(body.token, 'development') : undefined;
  if (!session) throw new ApiError({ status: 500, title: 'Il token di sviluppo non è leggibile.' });
  sessionStorage.setItem(STORAGE_KEY, session.token);
  return session;
}

export const hasAnyRole = (session: StaffSession, roles: readonly StaffRole[]) =>
  roles.some((role) => session.roles.includes(role));
