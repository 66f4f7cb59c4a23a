import { fireEvent, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { jsonResponse } from '../test/fetchMock';
import { callsTo, routeFetch } from '../test/routeFetch';
import { renderApp } from '../test/renderApp';
import { PLANNED_NOTICE_MS, plannedRule } from './NoticesPage';

const json = (body: unknown, status = 200) =>
  jsonResponse(body, status, status >= 400 ? 'application/problem+json' : 'application/json');

/** An unsigned token with the claims the console reads (the API checks the signature, not the console). */
function token(name: string, roles: string[]) {
  const part = (value: object) =>
    btoa(JSON.stringify(value)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  return `${part({ alg: 'HS256' })}.${part({ name, roles, exp: Math.floor(Date.now() / 1000) + 3600 })}.sig`;
}

const DEV_SETTINGS = { clientId: null, authority: null, scope: null, developmentSignIn: true };

function signedInAs(name: string, roles: string[]) {
  sessionStorage.setItem('portale.sportello.token', token(name, roles));
}

beforeEach(() => sessionStorage.clear());

describe('the staff console', () => {
  it('signed out in Development offers the development sign-in, which gets a token for the roles chosen', async () => {
    const fetch = routeFetch({
      'GET /api/staff-console': () => json(DEV_SETTINGS),
      'GET /api/status': () => json({ maintenance: false, notices: [] }),
      'POST /admin/token': () => json({ token: token('Anna Help', ['HelpDesk']) }),
    });
    renderApp('/sportello');
    fireEvent.click(await screen.findByRole('link', { name: 'Accesso di sviluppo' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Accedi' }));
    expect(await screen.findByText('Indicare il nome della persona dello Sportello.')).toBeTruthy();
    expect(screen.getByText('Scegliere almeno un ruolo.')).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Nome *'), { target: { value: 'Anna Help' } });
    fireEvent.click(screen.getByLabelText('Help desk'));
    fireEvent.click(screen.getByRole('button', { name: 'Accedi' }));
    expect((await screen.findByTestId('staff-who')).textContent).toContain('Anna Help (Help desk)');
    expect(callsTo(fetch, 'POST', '/admin/token')[0].body).toEqual({ name: 'Anna Help', roles: ['HelpDesk'] });
  });

  it('shows in the menu only the screens of the token’s roles, and says so at an address of another role', async () => {
    signedInAs('Rita Consulta', ['ReadOnly']);
    routeFetch({
      'GET /api/staff-console': () => json(DEV_SETTINGS),
      'GET /api/status': () => json({ maintenance: false, notices: [] }),
    });
    renderApp('/sportello');
    const menu = await screen.findByRole('navigation', { name: 'Funzioni della console' });
    const links = within(menu)
      .getAllByRole('link')
      .map((link) => link.textContent);
    expect(links).toEqual([
      'Inizio',
      'Cruscotto delle società',
      'Società',
      'Lettere in pubblicazione',
      'Registro delle attività',
    ]);

    renderApp('/sportello/utenti');
    expect((await screen.findByTestId('staff-forbidden')).textContent).toContain('Help desk');
    expect(screen.queryByRole('button', { name: 'Sblocca' })).toBeNull();
  });

  it('sends the bearer token and shows a refusal under the username, keeping what was typed', async () => {
    signedInAs('Anna Help', ['HelpDesk']);
    const fetch = routeFetch({
      'GET /api/staff-console': () => json(DEV_SETTINGS),
      'GET /api/status': () => json({ maintenance: false, notices: [] }),
      'POST /api/backoffice/users/mario.rossi/unlock': () =>
        json({ status: 404, code: 'user-not-found', title: 'Utente non trovato.' }, 404),
    });
    renderApp('/sportello/utenti');
    const field = await screen.findByLabelText('Username dell’operatore *');
    fireEvent.change(field, { target: { value: 'mario.rossi' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sblocca' }));
    expect((await screen.findByText('Utente non trovato.')).id).toBe('username-error');
    expect((field as HTMLInputElement).value).toBe('mario.rossi');
    const init = fetch.mock.calls.find(([url]) => String(url).includes('/unlock'))?.[1];
    expect(new Headers(init?.headers).get('Authorization')).toMatch(/^Bearer .+\..+\.sig$/);
  });

  it('shows the 4-day rule of a planned avviso before saving, and the API’s refusal under the start', async () => {
    signedInAs('Bruno Back', ['BackOffice']);
    routeFetch({
      'GET /api/staff-console': () => json(DEV_SETTINGS),
      'GET /api/status': () => json({ maintenance: false, notices: [] }),
      'GET /api/backoffice/notices': () => json({ items: [] }),
    });
    renderApp('/sportello/avvisi');
    fireEvent.change(await screen.findByLabelText('Tipo di avviso *'), { target: { value: 'Intervento programmato' } });
    expect((await screen.findByTestId('notice-from-hint')).textContent).toContain('almeno 4 giorni solari');
    fireEvent.change(screen.getByLabelText('Inizio dell’interruzione (ora italiana)'), {
      target: { value: '01/01/2020 09:00' },
    });
    expect(await screen.findByText(/Inizio troppo vicino/)).toBeTruthy();
  });

  it('takes dates in the Italian form whatever the browser’s locale, and says the form otherwise', async () => {
    signedInAs('Bruno Back', ['BackOffice']);
    routeFetch({
      'GET /api/staff-console': () => json(DEV_SETTINGS),
      'GET /api/status': () => json({ maintenance: false, notices: [] }),
      'GET /api/backoffice/notices': () => json({ items: [] }),
    });
    renderApp('/sportello/avvisi');
    const start = (await screen.findByLabelText('Inizio dell’interruzione (ora italiana)')) as HTMLInputElement;
    expect(start.type).toBe('text');
    expect(start.placeholder).toBe('gg/mm/aaaa hh:mm');
    fireEvent.change(start, { target: { value: '2020-01-01' } });
    fireEvent.blur(start);
    expect((await screen.findByText(/Scrivere la data nella forma gg\/mm\/aaaa hh:mm\./)).id).toBe('notice-from-error');
    expect(start.value).toBe('2020-01-01');
  });
});

describe('the jobs screen', () => {
  it('shows the job log in Italian and the PEC ledger of the day chosen', async () => {
    signedInAs('Anna Help', ['HelpDesk']);
    const fetch = routeFetch({
      'GET /api/staff-console': () => json(DEV_SETTINGS),
      'GET /api/status': () => json({ maintenance: false, notices: [] }),
      'GET /api/backoffice/jobs': () =>
        json({
          items: [
            {
              job: 'nightly-loading',
              day: '2026-12-01',
              startedAt: '2026-12-01T00:00:00Z',
              finishedAt: '2026-12-01T00:05:00Z',
              status: 'failed',
              counts: { published: 3 },
              note: 'Interrotto.',
            },
          ],
          nextCursor: null,
          total: 1,
        }),
      'GET /api/backoffice/daily-reports/2026-11-30': () =>
        json({
          items: [{ companyId: 'acme', day: '2026-11-30', status: 'sent', to: 'acme@pec.it', sentAt: null }],
          nextCursor: null,
          total: 1,
        }),
    });
    renderApp('/sportello/elaborazioni');
    const jobs = await screen.findByTestId('jobs-table');
    expect(jobs.textContent).toContain('Caricamento notturno');
    expect(jobs.textContent).toContain('Non riuscita');
    expect(jobs.textContent).toContain('published: 3');
    fireEvent.change(screen.getByLabelText('Giorno'), { target: { value: '30/11/2026' } });
    expect((await screen.findByTestId('ledger-table')).textContent).toContain('acme@pec.it');
    expect(callsTo(fetch, 'GET', '/api/backoffice/daily-reports/2026-11-30')[0].url.searchParams.get('pageSize')).toBe(
      '10',
    );
  });
});

describe('the outages screen', () => {
  it('explains the chapter 9 rule on the form and says what the API decided', async () => {
    signedInAs('Bruno Back', ['BackOffice']);
    const fetch = routeFetch({
      'GET /api/staff-console': () => json(DEV_SETTINGS),
      'GET /api/status': () => json({ maintenance: false, notices: [] }),
      'GET /api/backoffice/outages': () => json({ items: [] }),
      'PUT /api/backoffice/outages/interruzione-202612011000': () =>
        json({
          id: 'interruzione-202612011000',
          startsAt: '2026-12-01T09:00:00Z',
          endsAt: '2026-12-01T13:00:00Z',
          planned: false,
          offlineDays: ['2026-12-01'],
          qualifies: true,
        }),
    });
    renderApp('/sportello/interruzioni');
    expect((await screen.findByTestId('outage-rule')).textContent).toContain('più di 3 ore');
    fireEvent.change(screen.getByLabelText('Inizio (ora italiana) *'), { target: { value: '2026-12-01T10:00' } });
    fireEvent.change(screen.getByLabelText('Fine (ora italiana)'), { target: { value: '2026-12-01T14:00' } });
    fireEvent.click(screen.getByRole('button', { name: 'Registra interruzione' }));
    expect((await screen.findByTestId('outage-saved')).textContent).toContain('giorni di indisponibilità 01/12/2026');
    const put = callsTo(fetch, 'PUT', '/api/backoffice/outages/interruzione-202612011000')[0];
    expect(put.body).toEqual({
      startsAt: '2026-12-01T09:00:00.000Z',
      endsAt: '2026-12-01T13:00:00.000Z',
      planned: false,
      note: null,
    });
  });
});

describe('the dashboard', () => {
  it('shows a row per company with its counters, filtered by sector', async () => {
    signedInAs('Rita Consulta', ['ReadOnly']);
    const row = {
      companyId: 'acqua-demo',
      companyName: 'Acqua Demo',
      sectors: ['water'],
      toDownload: 2,
      toAnswer: 5,
      overdue: 1,
      absentThisMonth: 0,
      remindersSent: 3,
      medianDaysToAnswer: null,
      updatedAt: '2026-12-02T05:00:00Z',
    };
    const fetch = routeFetch({
      'GET /api/staff-console': () => json(DEV_SETTINGS),
      'GET /api/status': () => json({ maintenance: false, notices: [] }),
      'GET /api/backoffice/dashboard': () => json({ items: [row], nextCursor: null, total: 1 }),
    });
    renderApp('/sportello/cruscotto');
    const cells = within(await screen.findByTestId('dashboard-table')).getAllByRole('cell');
    expect(cells.map((c) => c.textContent)).toEqual(['Acqua', '2', '5', '1', '0', '3', '—', '02/12/2026 06:00:00']);
    fireEvent.change(screen.getByLabelText('Settore'), { target: { value: 'water' } });
    await screen.findByTestId('dashboard-table');
    expect(callsTo(fetch, 'GET', '/api/backoffice/dashboard').at(-1)?.url.searchParams.get('sector')).toBe('water');
  });
});

describe('the staged letters', () => {
  const staged = {
    name: 'L-P-26-0000001_01.PDF',
    companyId: 'energia-demo',
    companyName: 'Energia Demo',
    to: 'energia-demo',
    cc: [],
    hash: 'ab'.repeat(32),
    stagedAt: '2026-12-02T09:00:00Z',
    stagedBy: 'Bruno Back',
  };

  it('lets the back office withdraw one, and says beside it why the API refused', async () => {
    signedInAs('Bruno Back', ['BackOffice']);
    const fetch = routeFetch({
      'GET /api/staff-console': () => json(DEV_SETTINGS),
      'GET /api/status': () => json({ maintenance: false, notices: [] }),
      'GET /api/backoffice/letters/staged': () => json({ items: [staged], nextCursor: null, total: 1 }),
      'DELETE /api/backoffice/letters/staged/L-P-26-0000001_01.PDF': [
        () => json({ status: 409, code: 'letter-already-published', title: 'La lettera è già stata pubblicata.' }, 409),
        () => new Response(null, { status: 204 }),
      ],
    });
    renderApp('/sportello/in-pubblicazione');
    const withdraw = await screen.findByRole('button', { name: 'Ritira la lettera L-P-26-0000001_01.PDF' });
    fireEvent.click(withdraw);
    expect((await screen.findByText('La lettera è già stata pubblicata.')).id).toBe(
      'withdraw-L-P-26-0000001_01.PDF-error',
    );
    fireEvent.click(withdraw);
    expect((await screen.findByTestId('staged-withdrawn')).textContent).toContain('è stata ritirata');
    expect(callsTo(fetch, 'DELETE', '/api/backoffice/letters/staged/L-P-26-0000001_01.PDF')).toHaveLength(2);
  });

  it('lists the solleciti staged too, with their letter, and withdraws one', async () => {
    signedInAs('Bruno Back', ['BackOffice']);
    const reminder = { ...staged, name: 'S-P-26-0000001_01.PDF', letter: 'L-P-26-0000001_01.PDF' };
    const fetch = routeFetch({
      'GET /api/staff-console': () => json(DEV_SETTINGS),
      'GET /api/status': () => json({ maintenance: false, notices: [] }),
      'GET /api/backoffice/letters/staged': () => json({ items: [], nextCursor: null, total: 0 }),
      'GET /api/backoffice/reminders/staged': () => json({ items: [reminder], nextCursor: null, total: 1 }),
      'DELETE /api/backoffice/reminders/staged/S-P-26-0000001_01.PDF': () => new Response(null, { status: 204 }),
    });
    renderApp('/sportello/in-pubblicazione');
    const row = await screen.findByTestId('staged-reminders-table');
    expect(row.textContent).toContain('L-P-26-0000001_01.PDF');
    fireEvent.click(screen.getByRole('button', { name: 'Ritira il sollecito S-P-26-0000001_01.PDF' }));
    expect((await screen.findByTestId('staged-reminders-withdrawn')).textContent).toContain('è stato ritirato');
    expect(callsTo(fetch, 'DELETE', '/api/backoffice/reminders/staged/S-P-26-0000001_01.PDF')).toHaveLength(1);
  });

  it('shows the read-only role the list without the withdrawal', async () => {
    signedInAs('Rita Consulta', ['ReadOnly']);
    routeFetch({
      'GET /api/staff-console': () => json(DEV_SETTINGS),
      'GET /api/status': () => json({ maintenance: false, notices: [] }),
      'GET /api/backoffice/letters/staged': () => json({ items: [staged], nextCursor: null, total: 1 }),
    });
    renderApp('/sportello/in-pubblicazione');
    expect((await screen.findByTestId('staged-table')).textContent).toContain('Energia Demo');
    expect(screen.queryByRole('button', { name: /Ritira/ })).toBeNull();
  });
});

describe('plannedRule', () => {
  it('asks for a start at least 4 calendar days after now', () => {
    const now = new Date('2026-12-02T09:00:00Z');
    expect(plannedRule(now, '2026-12-05T10:00').tooSoon).toBe(true);
    expect(plannedRule(now, '2026-12-06T10:00').tooSoon).toBe(false);
    expect(plannedRule(now, '').tooSoon).toBe(false);
    expect(plannedRule(now, '').earliest.getTime() - now.getTime()).toBe(PLANNED_NOTICE_MS);
  });
});
