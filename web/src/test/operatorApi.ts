import { vi } from 'vitest';
import type { Badges, Letter } from '../api/operator';
import { jsonResponse, problemResponse } from './fetchMock';
import { renderApp } from './renderApp';

/** A list item as the API sends it (docs/api.md, "Lists"), every field set; `extra` overrides. */
export function letterItem(name: string, extra: Partial<Letter> = {}): Letter {
  return {
    name,
    publishedAt: '2026-03-10T02:00:00+01:00',
    recipient: 'TO',
    section: 'new',
    caseId: 'C-1',
    practiceType: 'RECLAMO',
    utility: 'POD:IT001',
    serviceType: 'elettrico',
    serviceTypeLabel: 'Elettrico',
    topic: 'CONTRATTI',
    subTopic: 'FATTURAZIONE',
    customerName: 'Mario Bianchi',
    supplyAddress: 'Via Roma 1',
    note: null,
    offlineOn: '2027-03-10',
    hash: 'abc123',
    downloadedAt: null,
    downloadedBy: null,
    deadline: null,
    daysToDeadline: null,
    termWorkingDays: 30,
    extensionDays: null,
    extensionChoices: [],
    specialProcedure: false,
    sector: 'energy',
    answerName: null,
    answeredAt: null,
    answeredBy: null,
    completeness: null,
    ...extra,
  };
}

export const OPERATOR = {
  username: 'mario.rossi',
  firstName: 'Mario',
  lastName: 'Rossi',
  companies: ['energia-demo', 'acqua-demo'],
  companyNames: { 'energia-demo': 'Energia Demo S.p.A.', 'acqua-demo': 'Acqua Demo S.r.l.' },
};

export type Route = (url: string, init?: RequestInit) => Response | Promise<Response> | undefined;

/** Stubs fetch as the operator API: /api/me is `me`, `route` answers the rest, anything else is 404. */
export function serveOperatorApi(route: Route, me: typeof OPERATOR = OPERATOR) {
  const fn = vi.fn<typeof fetch>(async (input, init) => {
    const url = String(input);
    if (url === '/api/me') return jsonResponse(me);
    return (await route(url, init)) ?? problemResponse({ title: 'Non trovato', code: 'not-found' }, 404);
  });
  vi.stubGlobal('fetch', fn);
  return fn;
}

/** The query of a call's URL. */
export const queryOf = (url: string) => new URLSearchParams(url.split('?')[1] ?? '');

/** Opens the area of energia-demo (its tiles) with these badges; `route` answers the other calls. */
export function openArea(badges: Partial<Badges> = {}, route: Route = () => undefined) {
  const fetch = serveOperatorApi((url, init) =>
    url === '/api/companies/energia-demo/badges'
      ? jsonResponse({ newLetters: 0, toWork: 0, cc: 0, reminders: 0, ...badges })
      : route(url, init),
  );
  renderApp('/area/energia-demo');
  return fetch;
}
