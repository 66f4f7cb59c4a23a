import { apiFetch, apiFetchBlob } from './client';

export interface Me {
  username: string;
  firstName: string;
  lastName: string;
  companies: string[];
  /** Each enabled company's name by id (the screens show the name, not the id). */
  companyNames: Record<string, string>;
}

export interface Badges {
  newLetters: number;
  toWork: number;
  cc: number;
  reminders: number;
}

export type Section = 'new' | 'to-work' | 'cc' | 'archive';

/**
 * A letter as the API lists it (docs/api.md, "Lists"; LetterJson.cs). A field that may be null may
 * also be missing: the API's JSON leaves nulls out (PortaleJson).
 */
export interface Letter {
  name: string;
  publishedAt: string;
  recipient: 'TO' | 'CC';
  section: string;
  caseId: string;
  practiceType: string;
  utility: string;
  serviceType: string;
  serviceTypeLabel: string;
  topic: string;
  subTopic: string;
  customerName: string;
  supplyAddress: string;
  note?: string | null;
  offlineOn?: string | null;
  hash: string;
  downloadedAt?: string | null;
  downloadedBy?: string | null;
  deadline?: string | null;
  daysToDeadline?: number | null;
  termWorkingDays: number;
  extensionDays?: number | null;
  extensionChoices: number[];
  specialProcedure: boolean;
  sector: 'energy' | 'water';
  /** Archive (manual 6.5): the latest answer, R-…, null before the letter is answered. */
  answerName?: string | null;
  /** The signed receipt of the answer (Ricevuta). */
  answerReceiptId?: string | null;
  answeredAt?: string | null;
  answeredBy?: string | null;
  /** "assente" / "Risposta incompleta" (6.5.1), null for a complete answer. */
  completeness?: string | null;
  /** Ch. 9: the Data Risposta given (the day of the failed attempt), null when it is the arrival's day. */
  answerBackdatedTo?: string | null;
  answerBackdatingReason?: string | null;
}

export interface LetterPage {
  items: Letter[];
  nextCursor?: string | null;
  total: number;
}

export interface ListQuery {
  section: Section;
  pageSize: number;
  sort?: string;
  serviceType?: string;
  recipient?: '' | 'TO' | 'CC';
  q?: string;
  cursor?: string;
}

/** The list's query string: empty filters are left out, so the server sees its defaults. */
export function listQueryString(query: Omit<ListQuery, 'section'> & { section?: Section }): string {
  const params = new URLSearchParams();
  if (query.section) params.set('section', query.section);
  params.set('pageSize', String(query.pageSize));
  if (query.sort) params.set('sort', query.sort);
  if (query.serviceType) params.set('serviceType', query.serviceType);
  if (query.recipient) params.set('recipient', query.recipient);
  const q = query.q?.trim();
  if (q) params.set('q', q);
  if (query.cursor) params.set('cursor', query.cursor);
  return params.toString();
}

const company = (c: string) => `/companies/${encodeURIComponent(c)}`;
const letter = (c: string, name: string) => `${company(c)}/letters/${encodeURIComponent(name)}`;

export const getMe = (signal?: AbortSignal) => apiFetch<Me>('/me', { signal });

export const getBadges = (c: string, signal?: AbortSignal) => apiFetch<Badges>(`${company(c)}/badges`, { signal });

export const listLetters = (c: string, query: ListQuery, signal?: AbortSignal) =>
  apiFetch<LetterPage>(`${company(c)}/letters?${listQueryString(query)}`, { signal });

export const getLetter = (c: string, name: string, signal?: AbortSignal) =>
  apiFetch<Letter>(letter(c, name), { signal });

/** A plain link: the browser downloads the PDF with the session cookie. */
export const letterPdfUrl = (c: string, name: string) => `/api${letter(c, name)}/pdf`;

/** The letter's latest answer (archive, manual 6.5), named R-…. */
export const answerPdfUrl = (c: string, name: string) => `/api${letter(c, name)}/answer/pdf`;

/** "Lettera" ticked for the whole section: its filters, as the list was asked for them. */
export interface Matching {
  section: Section;
  serviceType?: string;
  recipient?: '' | 'TO' | 'CC';
  q?: string;
}

/** The letters by name, or every letter of the section that matches the filters. */
export const downloadZip = (c: string, what: string[] | Matching) =>
  apiFetchBlob(`${company(c)}/letters/download`, {
    method: 'POST',
    body: Array.isArray(what) ? { letters: what } : { matching: withoutEmpty(what) },
  });

/** Empty filters are left out, as in the list's query string. */
export function withoutEmpty<T extends object>(m: T): T {
  return Object.fromEntries(Object.entries(m).filter(([, v]) => v !== '' && v !== undefined)) as T;
}

export const saveNote = (c: string, name: string, text: string) =>
  apiFetch<Letter>(`${letter(c, name)}/note`, { method: 'PUT', body: { text } });

export const requestExtension = (c: string, name: string, days: number) =>
  apiFetch<Letter>(`${letter(c, name)}/extension`, { method: 'POST', body: { days } });
