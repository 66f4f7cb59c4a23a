import { ApiError, NOT_AVAILABLE_TITLE, toProblem } from './problem';

/** Same-origin API root: the Static Web App (and the local host) serve /api beside the site. */
export const API_BASE = '/api';

type UnauthorizedListener = () => void;
let unauthorizedListener: UnauthorizedListener | undefined;

/**
 * Registers what to do when an operator call answers 401 (the session expired or was closed):
 * the app sends the user back to the sign-in page. Sign-in calls themselves (/auth/*) are
 * excluded: their 401 is a wrong password or an expired challenge, shown on the form.
 */
export function onUnauthorized(listener: UnauthorizedListener | undefined): void {
  unauthorizedListener = listener;
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  body?: unknown;
  signal?: AbortSignal;
  /** A staff call (/backoffice): the Entra ID access token, sent as `Authorization: Bearer`. */
  bearer?: string;
}

/** The headers every call carries: what it accepts, the CSRF guard on changes, the staff token. */
function baseHeaders(method: string, accept: string, bearer: string | undefined): Record<string, string> {
  const headers: Record<string, string> = { Accept: accept };
  // CSRF guard expected by the API on state-changing calls (API.md, "Conventions").
  if (method !== 'GET') headers['X-Requested-With'] = 'portale';
  if (bearer) headers.Authorization = `Bearer ${bearer}`;
  return headers;
}

/** An operator's 401 (the session ended) goes to the listener; a staff call's is the console's to handle. */
function unauthorized(path: string, options: RequestOptions) {
  if (!options.bearer && !path.startsWith('/auth/')) unauthorizedListener?.();
}

function isJson(contentType: string | null): boolean {
  return contentType !== null && /[/+]json\b/i.test(contentType);
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Calls the portal API and returns the JSON body. Every failure becomes an ApiError carrying a
 * problem whose `title` can be shown as is: problem+json from the API, an Italian fallback for
 * bare statuses, status 0 when the network failed.
 */
export async function apiFetch<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers = baseHeaders(method, 'application/json, application/problem+json', options.bearer);
  // FormData (uploads) sets its own multipart Content-Type with the boundary.
  const isForm = options.body instanceof FormData;
  if (options.body !== undefined && !isForm) headers['Content-Type'] = 'application/json';

  let response: Response;
  try {
    response = await fetch(`${API_BASE}${path}`, {
      method,
      headers,
      body: options.body === undefined ? undefined : isForm ? (options.body as FormData) : JSON.stringify(options.body),
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(toProblem(0, undefined));
  }

  const contentType = response.headers.get('Content-Type');
  if (!response.ok) {
    const body = isJson(contentType) ? await readJson(response) : undefined;
    if (response.status === 401) unauthorized(path, options);
    throw new ApiError(toProblem(response.status, body));
  }
  if (response.status === 204) return undefined as T;
  if (!isJson(contentType)) {
    // A host without this route may answer with the site's index.html (SPA fallback):
    // that is "not there yet", not data.
    throw new ApiError({ status: 404, title: NOT_AVAILABLE_TITLE, code: 'not-json' });
  }
  return (await readJson(response)) as T;
}

/**
 * Like apiFetch, for a file: the bytes and the name the API gives it (Content-Disposition); errors
 * are problems as usual.
 */
/** Called as a file arrives: bytes so far and, when the server announced it, the whole length. */
export type DownloadProgress = (received: number, total?: number) => void;

export async function apiFetchFile(
  path: string,
  options: RequestOptions = {},
  onProgress?: DownloadProgress,
): Promise<{ blob: Blob; fileName?: string }> {
  const method = options.method ?? 'GET';
  const headers = baseHeaders(method, '*/*', options.bearer);
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(`${API_BASE}${path}`, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(toProblem(0, undefined));
  }
  if (!response.ok) {
    const body = isJson(response.headers.get('Content-Type')) ? await readJson(response) : undefined;
    if (response.status === 401) unauthorized(path, options);
    throw new ApiError(toProblem(response.status, body));
  }
  const fileName = fileNameOf(response.headers.get('Content-Disposition'));
  if (!onProgress || !response.body) return { blob: await response.blob(), fileName };
  const length = Number(response.headers.get('Content-Length'));
  const total = Number.isFinite(length) && length > 0 ? length : undefined;
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  onProgress(0, total);
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.length;
    onProgress(received, total);
  }
  const type = response.headers.get('Content-Type') ?? '';
  return { blob: new Blob(chunks as BlobPart[], { type }), fileName };
}

/** Like apiFetch, for a binary answer (the ZIP of letters): errors are problems as usual. */
export async function apiFetchBlob(path: string, options: RequestOptions = {}): Promise<Blob> {
  return (await apiFetchFile(path, options)).blob;
}

/** `attachment; filename="x.xlsx"` (or `filename*=UTF-8''x.xlsx`) → `x.xlsx`. */
export function fileNameOf(disposition: string | null): string | undefined {
  if (!disposition) return undefined;
  const star = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(disposition);
  if (star) return decodeURIComponent(star[1].trim());
  const plain = /filename\s*=\s*("([^"]*)"|[^;]+)/.exec(disposition);
  return plain ? (plain[2] ?? plain[1]).trim() : undefined;
}
