import { vi } from 'vitest';
import { jsonResponse, problemResponse } from './fetchMock';

export const OPERATOR = { username: 'mario.rossi', firstName: 'Mario', lastName: 'Rossi', companies: ['energia-demo', 'acqua-demo'] };

export type Route = (url: string, init?: RequestInit) => Response | Promise<Response> | undefined;

/** Stubs fetch as the signed-in operator's API: /api/me, then `route`, else 404. */
export function serveOperatorApi(route: Route) {
  const fn = vi.fn<typeof fetch>(async (input, init) => {
    const url = String(input);
    if (url === '/api/me') return jsonResponse(OPERATOR);
    return (await route(url, init)) ?? problemResponse({ title: 'Non trovato', code: 'not-found' }, 404);
  });
  vi.stubGlobal('fetch', fn);
  return fn;
}

/** The query of a call's URL. */
export const queryOf = (url: string) => new URLSearchParams(url.split('?')[1] ?? '');
