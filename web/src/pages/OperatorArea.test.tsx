import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, problemResponse } from '../test/fetchMock';
import { letterItem, openArea, serveOperatorApi, type Route } from '../test/operatorApi';
import { renderApp } from '../test/renderApp';

const letter = letterItem;
const serve = (route: Route) => serveOperatorApi(route);

afterEach(() => vi.unstubAllGlobals());

describe('operator area', () => {
  it('welcomes the user and shows the section badges of the chosen company', async () => {
    openArea({ newLetters: 3, toWork: 2, cc: 1 });
    expect((await screen.findByTestId('welcome')).textContent).toBe('Benvenuto/a Mario');
    const tile = await screen.findByTestId('tile-new');
    await waitFor(() => expect(tile.textContent).toContain('3 lettere'));
    expect(tile.textContent).toContain('Nuove lettere ricevute');
    expect(screen.getByTestId('tile-to-work').getAttribute('href')).toBe('/area/energia-demo/lettere-da-lavorare');
  });

  it('goes back to the sign-in saying the session expired on a 401', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => problemResponse({ title: 'Sessione non valida.', code: 'unauthorized' }, 401)),
    );
    renderApp('/area');
    expect(await screen.findByTestId('session-expired')).toBeTruthy();
  });
  it('Esci ends on the home page even when a call still in flight answers 401 after the session closed', async () => {
    let answerBadges: (response: Response) => void = () => {};
    let loggedOut = false;
    serve((url, init) => {
      if (url === '/api/companies/energia-demo/badges') return undefined;
      if (url === '/api/auth/logout' && init?.method === 'POST') {
        loggedOut = true;
        return new Response(null, { status: 204 });
      }
      return undefined;
    });
    const base = globalThis.fetch;
    vi.stubGlobal(
      'fetch',
      vi.fn<typeof fetch>((input, init) =>
        String(input) === '/api/companies/energia-demo/badges'
          ? new Promise<Response>((resolve) => {
              answerBadges = resolve;
            })
          : base(input, init),
      ),
    );
    renderApp('/area/energia-demo');
    fireEvent.click(await screen.findByRole('button', { name: 'Esci' }));
    await waitFor(() => expect(loggedOut).toBe(true));
    answerBadges(problemResponse({ title: 'Sessione non valida.', code: 'unauthorized' }, 401));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Benvenuto nel Portale Operatori-Gestori' }),
    ).toBeTruthy();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByTestId('session-expired')).toBeNull();
  });
});

describe('section page', () => {
  it('lists, pages with cursors and downloads the checked letters as a ZIP', async () => {
    URL.createObjectURL = vi.fn(() => 'blob:zip');
    URL.revokeObjectURL = vi.fn();
    const fetch = serve((url, init) => {
      if (url.startsWith('/api/companies/energia-demo/letters?')) {
        const q = new URLSearchParams(url.split('?')[1]);
        if (q.get('cursor') === 'p2')
          return jsonResponse({ items: [letter('L-P-26-0000011_01.PDF')], nextCursor: null, total: 11 });
        return jsonResponse({
          items: [letter('L-P-26-0000001_01.PDF'), letter('L-P-26-0000002_01.PDF')],
          nextCursor: 'p2',
          total: 11,
        });
      }
      if (url === '/api/companies/energia-demo/letters/download' && init?.method === 'POST') {
        return new Response(new Blob(['zip']), { status: 200, headers: { 'Content-Type': 'application/zip' } });
      }
      return undefined;
    });
    renderApp('/area/energia-demo/nuove-lettere');

    expect(await screen.findByRole('heading', { level: 1, name: 'Nuove lettere ricevute' })).toBeTruthy();
    await screen.findByRole('rowheader', { name: 'L-P-26-0000001_01.PDF' });
    expect(screen.getByTestId('range').textContent).toBe('Vista da 1 a 2 di 11 elementi');
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent?.replace(/[▲▼↕]/g, ''))).toContain(
      'Destinatario Principale',
    );

    fireEvent.click(screen.getByRole('button', { name: 'Successivo' }));
    await screen.findByRole('rowheader', { name: 'L-P-26-0000011_01.PDF' });
    expect(screen.getByTestId('range').textContent).toBe('Vista da 11 a 11 di 11 elementi');
    fireEvent.click(screen.getByRole('button', { name: 'Precedente' }));
    await screen.findByRole('rowheader', { name: 'L-P-26-0000001_01.PDF' });

    fireEvent.click(screen.getByLabelText('Seleziona tutte le lettere della pagina'));
    fireEvent.click(screen.getByRole('button', { name: /Scarica selezionate \(\.zip\)/ }));
    expect((await screen.findByTestId('section-message')).textContent).toBe('2 lettere scaricate.');
    const post = fetch.mock.calls.find(([u]) => String(u).endsWith('/letters/download'));
    expect(JSON.parse(String(post?.[1]?.body))).toEqual({
      letters: ['L-P-26-0000001_01.PDF', 'L-P-26-0000002_01.PDF'],
    });
    expect(new Headers(post?.[1]?.headers).get('X-Requested-With')).toBe('portale');
  });

  it('sorts by a clicked header', async () => {
    const fetch = serve((url) =>
      url.startsWith('/api/companies/energia-demo/letters?')
        ? jsonResponse({ items: [letter('L-1.PDF')], nextCursor: null, total: 1 })
        : undefined,
    );
    renderApp('/area/energia-demo/nuove-lettere');
    await screen.findByRole('rowheader', { name: 'L-1.PDF' });
    const header = screen.getByRole('columnheader', { name: /ID Caso/ });
    fireEvent.click(within(header).getByRole('button'));
    await waitFor(() => expect(fetch.mock.calls.some(([u]) => String(u).includes('sort=caseId%3Aasc'))).toBe(true));
    expect(header.getAttribute('aria-sort')).toBe('ascending');
  });

  it('shows a letter whose empty fields the API leaves out (no null written) without "undefined"', async () => {
    const sent = letter('L-3.PDF', { section: 'to-work', extensionChoices: [5] });
    const withoutNulls = Object.fromEntries(Object.entries(sent).filter(([, v]) => v !== null));
    serve((url) =>
      url.startsWith('/api/companies/energia-demo/letters?')
        ? jsonResponse({ items: [withoutNulls], total: 1 })
        : url === '/api/companies/energia-demo/letters/L-3.PDF'
          ? jsonResponse(withoutNulls)
          : undefined,
    );
    renderApp('/area/energia-demo/lettere-da-lavorare');
    fireEvent.click(await screen.findByRole('button', { name: 'Richiedi proroga per L-3.PDF' }));
    const dialog = await screen.findByRole('dialog');
    await within(dialog).findByText('Scadenza risposta:');
    expect(dialog.textContent).not.toContain('undefined');
    expect(document.body.textContent).not.toContain('undefined');
  });

  it('opens Dettaglio lettera from Richiedi, shows the note error and asks for an allowed proroga', async () => {
    const toWork = letter('L-2.PDF', {
      section: 'to-work',
      daysToDeadline: 12,
      deadline: '2026-04-30',
      extensionChoices: [5, 10],
    });
    const fetch = serve((url, init) => {
      if (url.startsWith('/api/companies/energia-demo/letters?'))
        return jsonResponse({ items: [toWork], nextCursor: null, total: 1 });
      if (url === '/api/companies/energia-demo/letters/L-2.PDF') return jsonResponse(toWork);
      if (url.endsWith('/note') && init?.method === 'PUT')
        return problemResponse({ title: 'La nota non può superare 500 caratteri.', code: 'note-too-long' }, 400);
      if (url.endsWith('/extension') && init?.method === 'POST')
        return jsonResponse({ ...toWork, extensionDays: 10, extensionChoices: [] });
      return undefined;
    });
    renderApp('/area/energia-demo/lettere-da-lavorare');
    await screen.findByRole('rowheader', { name: 'L-2.PDF' });
    expect(screen.getByRole('columnheader', { name: /Giorni a scadenza risposta/ })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Richiedi proroga per L-2.PDF' }));

    const note = await screen.findByLabelText('Nota');
    fireEvent.change(note, { target: { value: 'x'.repeat(501) } });
    expect(screen.getByText('501/500 caratteri')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Salva nota' }));
    expect(await screen.findByText('La nota non può superare 500 caratteri.')).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Proroga(gg)'), { target: { value: '10' } });
    fireEvent.click(screen.getByRole('button', { name: 'Richiedi' }));
    // Once per letter: nothing is sent before the confirmation, which says what will happen.
    expect(screen.getByText(/prorogata di 10 giorni lavorativi/).textContent).toContain('una sola volta per lettera');
    expect(fetch.mock.calls.some(([u]) => String(u).endsWith('/extension'))).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Annulla' }));
    expect(screen.queryByRole('button', { name: 'Conferma la proroga' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Richiedi' }));
    fireEvent.click(screen.getByRole('button', { name: 'Conferma la proroga' }));
    expect(await screen.findByText('Proroga concessa: 10 giorni.')).toBeTruthy();
    const post = fetch.mock.calls.find(([u]) => String(u).endsWith('/extension'));
    expect(JSON.parse(String(post?.[1]?.body))).toEqual({ days: 10 });
  });
});
