import { apiFetch } from './client';

/** A portal outage (manual ch. 9) as an operator sees it: its off-line days and until when to upload. */
export interface Outage {
  id: string;
  startsAt: string;
  endsAt?: string | null;
  planned: boolean;
  note?: string | null;
  offlineDays: string[];
  qualifies: boolean;
  /** End + 72 hours; null while the outage is going on. */
  uploadBy?: string | null;
}

/** A report of the answers that could not be uploaded during an outage. */
export interface OutageReport {
  id: string;
  outageId: string;
  attemptedOn: string;
  answers: string[];
  reportedAt: string;
  reportedBy: string;
  bySportello: boolean;
}

/** The names typed, or the Excel file the manual asks for (sent as multipart, the file last). */
export type OutageReportInput = { outageId: string; attemptedOn: string } & (
  { answers: string[]; file?: undefined } | { file: File; answers?: undefined }
);

const reports = (c: string) => `/companies/${encodeURIComponent(c)}/outage-reports`;

/** The outages answers can still be reported for: qualifying, ended at most 72 hours ago. */
export const listReportableOutages = (signal?: AbortSignal) => apiFetch<{ items: Outage[] }>('/outages', { signal });

export function reportUnuploadedAnswers(companyId: string, input: OutageReportInput): Promise<OutageReport> {
  if (input.file === undefined) {
    const { outageId, attemptedOn, answers } = input;
    return apiFetch<OutageReport>(reports(companyId), { method: 'POST', body: { outageId, attemptedOn, answers } });
  }
  const form = new FormData();
  form.append('outageId', input.outageId);
  form.append('attemptedOn', input.attemptedOn);
  form.append('file', input.file, input.file.name);
  return apiFetch<OutageReport>(reports(companyId), { method: 'POST', body: form });
}
