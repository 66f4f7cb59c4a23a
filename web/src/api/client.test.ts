import { describe, expect, it } from 'vitest';
import { jsonResponse, mockFetch, problemResponse } from '../test/fetchMock';
import { login } from './auth';
import { apiFetch } from './client';
import { ApiError, NETWORK_ERROR_TITLE, NOT_AVAILABLE_TITLE } from './problem';
import { getStatus } from './status';

async function caught(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected an ApiError');
}

describe('apiFetch', () => {
  it('calls the same-origin /api and returns the JSON body', async () => {
    const fetch = mockFetch(jsonResponse({ status: 'ok' }));
    await expect(apiFetch('/health')).resolves.toEqual({ status: 'ok' });
    const [url, init] = fetch.mock.calls[0];
    expect(url).toBe('/api/health');
    expect(init?.method).toBe('GET');
    expect(init?.credentials).toBe('same-origin');
    expect((init?.headers as Record<string, string>)['X-Requested-With']).toBeUndefined();
  });

  it('sends JSON and the CSRF header on state-changing calls', async () => {
    const fetch = mockFetch(jsonResponse({ next: 'otp', challengeId: 'c1' }));
    await expect(login({ username: 'mario.rossi', password: 'Segreta!1' })).resolves.toEqual({
      next: 'otp',
      challengeId: 'c1',
    });
    const [url, init] = fetch.mock.calls[0];
    expect(url).toBe('/api/auth/login');
    expect(init?.method).toBe('POST');
    expect(init?.body).toBe('{"username":"mario.rossi","password":"Segreta!1"}');
    const headers = init?.headers as Record<string, string>;
    expect(headers['Content-Type']).toBe('application/json');
    expect(headers['X-Requested-With']).toBe('portale');
  });

  it('turns problem+json into an ApiError with the API title and code', async () => {
    mockFetch(problemResponse({ title: 'Username o password non corretti.', code: 'credentials-invalid' }, 401));
    const error = await caught(apiFetch('/auth/login', { method: 'POST', body: {} }));
    expect(error.status).toBe(401);
    expect(error.code).toBe('credentials-invalid');
    expect(error.message).toBe('Username o password non corretti.');
  });

  it('reads field errors from a validation problem', async () => {
    mockFetch(
      problemResponse({ title: 'Dati non validi.', code: 'validation', errors: { username: ['Obbligatorio.'] } }, 400),
    );
    const error = await caught(apiFetch('/auth/login', { method: 'POST', body: {} }));
    expect(error.problem.errors).toEqual({ username: ['Obbligatorio.'] });
  });

  it('says "Servizio non ancora disponibile" for a bare 404', async () => {
    mockFetch(new Response('', { status: 404 }));
    const error = await caught(apiFetch('/auth/login', { method: 'POST', body: {} }));
    expect(error.status).toBe(404);
    expect(error.message).toBe(NOT_AVAILABLE_TITLE);
  });

  it('treats an HTML page served for an API route (SPA fallback) as not available', async () => {
    mockFetch(new Response('<!doctype html><html></html>', { status: 200, headers: { 'Content-Type': 'text/html' } }));
    const error = await caught(apiFetch('/status'));
    expect(error.message).toBe(NOT_AVAILABLE_TITLE);
  });

  it('survives a problem+json body that is not JSON', async () => {
    mockFetch(new Response('{oops', { status: 500, headers: { 'Content-Type': 'application/problem+json' } }));
    const error = await caught(apiFetch('/status'));
    expect(error.status).toBe(500);
    expect(error.message).toMatch(/errore del portale/);
  });

  it('reports a network failure as status 0 in Italian', async () => {
    mockFetch(new TypeError('Failed to fetch'));
    const error = await caught(apiFetch('/status'));
    expect(error.status).toBe(0);
    expect(error.message).toBe(NETWORK_ERROR_TITLE);
  });
});

describe('getStatus', () => {
  it('normalises the status document and drops malformed notices', async () => {
    mockFetch(
      jsonResponse({
        maintenance: true,
        notices: [{ title: 'Intervento', message: 'Testo', from: '2026-03-14T01:00:00+01:00' }, { title: 3 }],
      }),
    );
    await expect(getStatus()).resolves.toEqual({
      maintenance: true,
      notices: [{ title: 'Intervento', message: 'Testo', from: '2026-03-14T01:00:00+01:00' }],
    });
  });

  it('treats missing fields as no maintenance and no notices', async () => {
    mockFetch(jsonResponse({}));
    await expect(getStatus()).resolves.toEqual({ maintenance: false, notices: [] });
  });
});
