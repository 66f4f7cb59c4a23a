import { vi } from 'vitest';

/** A Response as the API would send it. */
export function jsonResponse(body: unknown, status = 200, contentType = 'application/json'): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': contentType } });
}

export function problemResponse(problem: Record<string, unknown>, status: number): Response {
  return jsonResponse({ status, ...problem }, status, 'application/problem+json; charset=utf-8');
}

/** Replaces global fetch for one test; vitest's unstubGlobals puts the real one back. */
export function mockFetch(...responses: Array<Response | Error>) {
  const fn = vi.fn<typeof fetch>();
  for (const r of responses) {
    if (r instanceof Error) fn.mockRejectedValueOnce(r);
    else fn.mockResolvedValueOnce(r);
  }
  vi.stubGlobal('fetch', fn);
  return fn;
}
