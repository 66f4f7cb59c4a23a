import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse } from '../test/fetchMock';
import { letterItem, openArea, serveOperatorApi } from '../test/operatorApi';
import { renderApp } from '../test/renderApp';

const HASH = 'a'.repeat(10) + 'b'.repeat(54);
const headers = () => screen.getAllByRole('columnheader').map((h) => h.textContent?.replace(/[▲▼↕]/g, '').trim());

afterEach(() => vi.unstubAllGlobals());

function serveList(items: ReturnType<typeof letterItem>[]) {
  return serveOperatorApi((url) =>
    url.startsWith('/api/companies/energia-demo/letters?')
      ? jsonResponse({ items, nextCursor: null, total: items.length })
      : undefined,
  );
}

describe('what a section shows first (issue #10)', () => {
  it("to-work: fig. 4's order, the actions after the letter, an overdue letter marked by words", async () => {
    serveList([
      letterItem('L-1.PDF', { section: 'to-work', daysToDeadline: -5, hash: HASH }),
      letterItem('L-2.PDF', { section: 'to-work', daysToDeadline: -16 }),
      letterItem('L-3.PDF', { section: 'to-work', daysToDeadline: 4 }),
    ]);
    renderApp('/area/energia-demo/lettere-da-lavorare');
    await screen.findByRole('rowheader', { name: 'L-1.PDF' });
    expect(headers().slice(0, 9)).toEqual([
      'Seleziona tutte le lettere della pagina',
      'Lettera',
      'Azioni',
      'Data Pubblicazione',
      'Data Download',
      'Utente Download',
      'Giorni a scadenza risposta',
      'Proroga(gg)',
      'ID Caso',
    ]);
    expect(headers()).not.toContain('Destinatario Principale');
    const [late, absent, inTime] = screen.getAllByTestId('letter-row');
    expect(within(late).getByTestId('overdue').textContent).toBe('⚠ -5 scaduta');
    expect(within(absent).getByTestId('overdue').textContent).toBe('⚠ -16 scaduta, risposta «assente»');
    expect(within(inTime).queryByTestId('overdue')).toBeNull();

    // The hash shortened; "Mostra" gives the whole value, to copy.
    expect(late.textContent).toContain('aaaaaaaaaa…');
    expect(late.textContent).not.toContain(HASH);
    fireEvent.click(within(late).getByRole('button', { name: "Mostra l'hash completo" }));
    expect(within(late).getByTestId('hash-full').textContent).toBe(HASH);
    expect(within(late).getByRole('button', { name: "Copia l'hash" })).toBeTruthy();
  });

  it('the selection boxes keep a label the design system draws them with, named for screen readers', async () => {
    serveList([letterItem('L-1.PDF')]);
    const { container } = renderApp('/area/energia-demo/nuove-lettere');
    await screen.findByRole('rowheader', { name: 'L-1.PDF' });
    const box = screen.getByRole('checkbox', { name: 'Seleziona L-1.PDF' });
    const label = container.querySelector(`label[for="${box.id}"]`);
    expect(label).not.toBeNull();
    expect(label?.className).not.toContain('visually-hidden');
  });

  it('an empty list says so, without an empty table', async () => {
    serveList([]);
    renderApp('/area/energia-demo/copia-conoscenza');
    expect((await screen.findByTestId('empty')).textContent).toBe('Nessuna lettera da mostrare.');
    expect(screen.queryByRole('table')).toBeNull();
  });

  it("shows the company's name, the Menù of the sections and the way back to the choice of the service", async () => {
    serveList([]);
    renderApp('/area/energia-demo/archivio');
    expect((await screen.findByTestId('company-name')).textContent).toBe('Società: Energia Demo S.p.A.');
    expect(screen.getByRole('link', { name: 'Torna alla scelta del Servizio' }).getAttribute('href')).toBe('/area');
    const menu = screen.getByRole('button', { name: /Menù/ });
    expect(menu.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(menu);
    expect(menu.getAttribute('aria-expanded')).toBe('true');
    const nav = screen.getByRole('navigation', { name: 'Menù delle sezioni' });
    expect(within(nav).getByRole('link', { name: 'Nuovi solleciti ricevuti' }).getAttribute('href')).toBe(
      '/area/energia-demo/solleciti',
    );
    expect(within(nav).getByRole('link', { name: 'Archivio lettere con risposta' }).getAttribute('aria-current')).toBe(
      'page',
    );
  });

  it('the company picker shows names; a tile shows no "0" badge and says "1 lettera"', async () => {
    openArea({ newLetters: 1, toWork: 0 });
    const tile = await screen.findByTestId('tile-new');
    await waitFor(() => expect(tile.textContent).toContain('1 lettera'));
    expect(tile.textContent).not.toContain('1 lettere');
    expect(screen.getByTestId('tile-to-work').querySelector('.badge')).toBeNull();
    const picker = screen.getByLabelText('Società per cui si opera');
    expect(within(picker).getByRole('option', { name: 'Energia Demo S.p.A.' })).toBeTruthy();
  });

  it('"Lettera" ticked offers every matching letter, says how many, and downloads them all', async () => {
    const page = [letterItem('L-1.PDF'), letterItem('L-2.PDF')];
    const fetch = serveOperatorApi((url, init) => {
      if (url.startsWith('/api/companies/energia-demo/letters?'))
        return jsonResponse({ items: page, nextCursor: 'p2', total: 23 });
      if (url === '/api/companies/energia-demo/letters/download' && init?.method === 'POST')
        return new Response(new Blob(['zip']), { status: 200, headers: { 'Content-Type': 'application/zip' } });
      return undefined;
    });
    renderApp('/area/energia-demo/nuove-lettere');
    await screen.findByRole('rowheader', { name: 'L-1.PDF' });
    fireEvent.change(screen.getByLabelText('Tipo servizio'), { target: { value: 'gas' } });
    await waitFor(() => expect(fetch.mock.calls.some(([u]) => String(u).includes('serviceType=gas'))).toBe(true));
    await screen.findByRole('rowheader', { name: 'L-1.PDF' });

    fireEvent.click(screen.getByLabelText('Seleziona tutte le lettere della pagina'));
    const note = screen.getByTestId('select-all-note');
    expect(note.textContent).toContain('Sono selezionate le 2 lettere di questa pagina.');
    fireEvent.click(
      within(note).getByRole('button', {
        name: 'Selezionare tutte le 23 lettere della sezione che corrispondono ai filtri',
      }),
    );
    expect(note.textContent).toContain(
      'Sono selezionate tutte le 23 lettere della sezione che corrispondono ai filtri.',
    );
    // The count is on the button before the download starts.
    fireEvent.click(screen.getByRole('button', { name: 'Scarica tutte (.zip) · 23' }));
    expect((await screen.findByTestId('section-message')).textContent).toBe('23 lettere scaricate.');
    const post = fetch.mock.calls.find(([u]) => String(u).endsWith('/letters/download'));
    expect(JSON.parse(String(post?.[1]?.body))).toEqual({ matching: { section: 'new', serviceType: 'gas' } });
  });

  it('unticking a letter leaves "all that match": the ZIP is of the checked ones again', async () => {
    serveOperatorApi((url) =>
      url.startsWith('/api/companies/energia-demo/letters?')
        ? jsonResponse({ items: [letterItem('L-1.PDF'), letterItem('L-2.PDF')], nextCursor: 'p2', total: 5 })
        : undefined,
    );
    renderApp('/area/energia-demo/nuove-lettere');
    await screen.findByRole('rowheader', { name: 'L-1.PDF' });
    fireEvent.click(screen.getByLabelText('Seleziona tutte le lettere della pagina'));
    fireEvent.click(screen.getByRole('button', { name: /Selezionare tutte le 5 lettere/ }));
    expect(screen.getByRole('button', { name: 'Scarica tutte (.zip) · 5' })).toBeTruthy();
    fireEvent.click(screen.getByLabelText('Seleziona L-2.PDF'));
    expect(screen.queryByTestId('select-all-note')).toBeNull();
    expect(screen.getByRole('button', { name: 'Scarica selezionate (.zip) · 1' })).toBeTruthy();
  });
});
