import type { NextStep } from './auth';
import { apiFetch } from './client';
import type { Schemas } from './contract';

/** An ALTCHA-compatible proof-of-work challenge (GET /api/captcha). */
export interface CaptchaChallenge {
  algorithm: string;
  challenge: string;
  maxnumber: number;
  salt: string;
  signature: string;
}

export const getCaptcha = (signal?: AbortSignal) => apiFetch<CaptchaChallenge>('/captcha', { signal });

/** A comune or foreign state for the birthplace autocomplete (GET /api/places). */
export interface Place {
  code: string;
  label: string;
  kind: 'comune' | 'foreign-state';
  name: string;
  province?: string | null;
  region?: string | null;
  active: boolean;
}

export interface PlaceSearch {
  items: Place[];
  attribution: string;
}

export const searchPlaces = (q: string, signal?: AbortSignal) =>
  apiFetch<PlaceSearch>(`/places?q=${encodeURIComponent(q)}`, { signal });

export interface Message {
  message: string;
}

/** The personal data shared by the registration and the profile (manual ch. 2 and 3.3). */
export type PersonData = Schemas['ProfileUpdate'];

export const register = (request: Schemas['RegistrationRequest']) =>
  apiFetch<Message>('/accounts', { method: 'POST', body: request });

export const confirmRegistration = (token: string, signal?: AbortSignal) =>
  apiFetch<Message>(`/accounts/confirm?token=${encodeURIComponent(token)}`, { signal });

const post = <Body>(path: string, body: Body) => apiFetch<Message>(path, { method: 'POST', body });

export const recoverUsername = (email: string, captcha: string) =>
  post<Schemas['RecoverUsernameRequest']>('/accounts/recover-username', { email, captcha });

export const recoverPassword = (username: string, captcha: string) =>
  post<Schemas['RecoverPasswordRequest']>('/accounts/recover-password', { username, captcha });

export const requestMobileChange = (username: string, captcha: string, acknowledged: boolean) =>
  post<Schemas['MobileChangeRequest']>('/accounts/mobile-change', { username, captcha, acknowledged });

export const confirmMobileChange = (token: string, signal?: AbortSignal) =>
  apiFetch<Message>(`/accounts/mobile-change/confirm?token=${encodeURIComponent(token)}`, { signal });

/** Sign-in step after a confirmed change of mobile: the new number, to which the code is sent. */
export const setNewMobile = (challengeId: string, mobile: string) => {
  const body: Schemas['NewMobileRequest'] = { challengeId, mobile };
  return apiFetch<NextStep>('/auth/mobile', { method: 'POST', body });
};

/** The whole profile (GET /api/me). */
export interface Profile {
  username: string;
  firstName: string;
  lastName: string;
  email: string;
  birthDate: string;
  sex: 'M' | 'F';
  birthplaceCode: string;
  birthplaceLabel?: string | null;
  birthProvince?: string | null;
  birthRegion?: string | null;
  fiscalCode: string;
  mobile: string;
  landline?: string | null;
  howHeard: string;
  videoIdentified: boolean;
  passwordExpiresAt?: string | null;
  companies: string[];
}

/** Manual 3.2, "Gestione profilo → Cambio Password": the signed-in user's own change (session and CSRF header). */
export const changePasswordInSession = (body: Omit<Schemas['ChangePasswordRequest'], 'challengeId'>) =>
  post('/auth/password', body);

export const getProfile = (signal?: AbortSignal) => apiFetch<Profile>('/me', { signal });

export const updateProfile = (data: PersonData) => apiFetch<Profile>('/me', { method: 'PUT', body: data });

/** "Come sei venuto a conoscenza del servizio?": the manual's 14 answers, as the API expects them (ch. 2). */
export const HOW_HEARD_CHOICES = [
  'Contact Center autorità',
  'Sito Autorità',
  'Bolletta',
  'Contratto fornitura',
  'Sito internet Operatore',
  'Risposta Operatore',
  'TV',
  'Radio',
  'Stampa',
  'Internet/blog',
  'Associazione Consumatori/categoria',
  'Passaparola',
  'Facebook',
  'Altro',
] as const;
