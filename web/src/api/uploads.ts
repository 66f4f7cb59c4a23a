import { apiFetch } from './client';
import { withoutEmpty, type Matching } from './operator';

/** docs/api.md, "Uploads (issue #4)". */
export type UploadKind = 'answer' | 'answers-zip' | 'communication' | 'tirv-rejection';
export type UploadStatus = 'pending' | 'accepted' | 'rejected';

export interface UploadResult {
  file: string;
  letter?: string | null;
  outcome: 'accepted' | 'rejected';
  reason?: string | null;
}

/** The 202 of a new upload: the verdict comes later ({@link getUpload}). */
export interface UploadStarted {
  uploadId: string;
  status: UploadStatus;
}

export interface Upload {
  uploadId: string;
  kind: UploadKind;
  file: string;
  letters: string[];
  label?: string | null;
  uploadedAt: string;
  user: string;
  status: UploadStatus;
  results: UploadResult[];
}

/** MB = 1024 × 1024, as the API counts (UploadLimits.cs). */
export const MEGABYTE = 1024 * 1024;
export const ANSWER_MAX_BYTES = 15 * MEGABYTE;
export const ZIP_MAX_BYTES = 100 * MEGABYTE;

const uploads = (c: string) => `/companies/${encodeURIComponent(c)}/uploads`;

/**
 * Sends a file: the fields first and `file` LAST, as the API requires (it checks the fields before
 * reading a byte of the file). Answers 202 `{ uploadId }`; the verdict comes from {@link getUpload}.
 */
export function postUpload(
  companyId: string,
  upload: { kind: UploadKind; letters?: string[]; matching?: Matching; label?: string; file: File },
  signal?: AbortSignal,
) {
  const form = new FormData();
  form.append('kind', upload.kind);
  for (const name of upload.letters ?? []) form.append('letters', name);
  // "Lettera" ticked: every letter of the section that matches the list's filters (manual 6.2.2).
  if (upload.matching) form.append('matching', JSON.stringify(withoutEmpty(upload.matching)));
  if (upload.label !== undefined) form.append('label', upload.label);
  form.append('file', upload.file, upload.file.name);
  return apiFetch<UploadStarted>(uploads(companyId), {
    method: 'POST',
    body: form,
    signal,
  });
}

export const getUpload = (companyId: string, uploadId: string, signal?: AbortSignal) =>
  apiFetch<Upload>(`${uploads(companyId)}/${encodeURIComponent(uploadId)}`, { signal });

/** Waits between two status reads: quick at first, then every 5 seconds at most. */
export function pollDelay(attempt: number): number {
  return Math.min(500 * 2 ** attempt, 5000);
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new DOMException('Aborted', 'AbortError'));
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(new DOMException('Aborted', 'AbortError'));
      },
      { once: true },
    );
  });
}

/**
 * Reads the upload's status until the server has decided (accepted or rejected), backing off
 * between reads; gives up after `maxWaitMs` returning the last pending status. Aborting the
 * signal stops it (AbortError), e.g. when the page is left.
 */
export async function waitForUpload(
  companyId: string,
  uploadId: string,
  signal?: AbortSignal,
  maxWaitMs = 10 * 60 * 1000,
): Promise<Upload> {
  let waited = 0;
  for (let attempt = 0; ; attempt++) {
    const delay = pollDelay(attempt);
    await sleep(delay, signal);
    waited += delay;
    const upload = await getUpload(companyId, uploadId, signal);
    if (upload.status !== 'pending' || waited >= maxWaitMs) return upload;
  }
}
