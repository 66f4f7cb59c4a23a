import { vi } from 'vitest';

type Handler = (url: URL, init: RequestInit | undefined) => Response | Promise<Response>;

/**
 * Replaces global fetch with answers chosen by "METHOD /path" (query string ignored), for pages
 * that make several calls whose order does not matter. Each handler may be a list, used in turn
 * (the last one repeats). Unknown routes answer 404, so a missing mock shows up as an error.
 */
export function routeFetch(routes: Record<string, Handler | Handler[]>) {
  const used = new Map<string, number>();
  const fn = vi.fn<typeof fetch>(async (input, init) => {
    const url = new URL(String(input), 'http://localhost');
    const key = `${init?.method ?? 'GET'} ${url.pathname}`;
    const route = routes[key];
    if (!route) return new Response('', { status: 404 });
    const list = Array.isArray(route) ? route : [route];
    const n = used.get(key) ?? 0;
    used.set(key, n + 1);
    return list[Math.min(n, list.length - 1)](url, init);
  });
  vi.stubGlobal('fetch', fn);
  return fn;
}

/** The calls made to one route, with their JSON bodies. */
export function callsTo(fn: ReturnType<typeof routeFetch>, method: string, path: string) {
  return fn.mock.calls
    .filter(
      ([input, init]) =>
        (init?.method ?? 'GET') === method && new URL(String(input), 'http://localhost').pathname === path,
    )
    .map(([input, init]) => ({
      url: new URL(String(input), 'http://localhost'),
      body: init?.body ? (JSON.parse(String(init.body)) as Record<string, unknown>) : undefined,
    }));
}

/** A small ALTCHA challenge as the API makes it: SHA-256(salt + secret), with the secret known to the test. */
export async function knownChallenge(secret = 7, maxnumber = 50) {
  const salt = `0123456789abcdef01234567?expires=${Math.floor(Date.now() / 1000) + 600}`;
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(salt + secret));
  return {
    algorithm: 'SHA-256',
    challenge: Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join(''),
    maxnumber,
    salt,
    signature: 'ab'.repeat(32),
  };
}
