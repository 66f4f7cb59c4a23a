import { apiFetch, apiFetchBlob } from './client';
import { listQueryString, withoutEmpty, type Letter } from './operator';
import type { UploadKind } from './uploads';

/** A page of one of the portal's simple lists: newest first, opaque cursor, total (docs/api.md). */
export interface CursorPage<T> {
  items: T[];
  nextCursor?: string | null;
  total: number;
}

export interface PageQuery {
  pageSize: number;
  cursor?: string;
}

/** A row of "Nuovi solleciti ricevuti" (manual 6.4; ReminderJson.cs): the sollecito and its letter. */
export interface Reminder {
  name: string;
  publishedAt: string;
  letterName: string;
  letterPublishedAt?: string | null;
  hash: string;
  downloadedAt?: string | null;
  downloadedBy?: string | null;
  /** The letter's own fields; null if the letter is no longer in the company's lists. */
  letter?: Letter | null;
}

/** A communication sent to the Sportello (manual 6.6) or a TIRV rejection (ch. 7). */
export interface Communication {
  kind: Extract<UploadKind, 'communication' | 'tirv-rejection'>;
  label?: string | null;
  file: string;
  sentAt: string;
  user: string;
  hash: string;
  /** Its signed receipt (Ricevuta). */
  receiptId: string;
}

/** A row of "Invii falliti" (manual 6.7): File, Data Evento, Utente, Motivo Errore. */
export interface FailedUpload {
  file: string;
  eventAt: string;
  user: string;
  reason: string;
  /** The refusal's signed receipt, with the reason (Ricevuta). */
  receiptId: string;
}

const company = (c: string) => `/companies/${encodeURIComponent(c)}`;

function pageQuery({ pageSize, cursor }: PageQuery): string {
  const params = new URLSearchParams({ pageSize: String(pageSize) });
  if (cursor) params.set('cursor', cursor);
  return params.toString();
}

/** "Tipo servizio" and "Cerca:" of "Nuovi solleciti ricevuti" (fig. 9): the letter's type, text in either. */
export interface ReminderMatching {
  serviceType?: string;
  q?: string;
}

export const listReminders = (
  c: string,
  query: PageQuery & ReminderMatching & { sort?: string },
  signal?: AbortSignal,
) => apiFetch<CursorPage<Reminder>>(`${company(c)}/reminders?${listQueryString(query)}`, { signal });

/** The solleciti by name, or every one that matches the filters, in one .zip; each first download is recorded. */
export const downloadRemindersZip = (c: string, what: string[] | ReminderMatching) =>
  apiFetchBlob(`${company(c)}/reminders/download`, {
    method: 'POST',
    body: Array.isArray(what) ? { reminders: what } : { matching: withoutEmpty(what) },
  });

/** The sollecito's PDF; the first download records Data/Utente Download and clears it from the badge. */
export const downloadReminder = (c: string, name: string) =>
  apiFetchBlob(`${company(c)}/reminders/${encodeURIComponent(name)}/pdf`);

export const listCommunications = (c: string, query: PageQuery, signal?: AbortSignal) =>
  apiFetch<CursorPage<Communication>>(`${company(c)}/communications?${pageQuery(query)}`, { signal });

export const listFailedUploads = (c: string, query: PageQuery, signal?: AbortSignal) =>
  apiFetch<CursorPage<FailedUpload>>(`${company(c)}/failed-uploads?${pageQuery(query)}`, { signal });
