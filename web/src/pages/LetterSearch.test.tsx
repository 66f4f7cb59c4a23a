import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, problemResponse } from '../test/fetchMock';
import { letterItem, openArea, queryOf, serveOperatorApi } from '../test/operatorApi';
import { SEARCH_FIELDS } from '../rules/letterSearch';
import { renderApp } from '../test/renderApp';

afterEach(() => vi.unstubAllGlobals());

const SEARCH = '/api/companies/energia-demo/letters/search?';
const searches = (fetch: ReturnType<typeof serveOperatorApi>) =>
  fetch.mock.calls
    .map(([u]) => String(u))
    .filter((u) => u.startsWith(SEARCH))
    .map(queryOf);

const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('Ricerca lettere', () => {
  it('is a tile of the area and shows the 14 filters in the manual order', async () => {
    openArea();
    const tile = await screen.findByTestId('tile-search');
    expect(tile.getAttribute('href')).toBe('/area/energia-demo/ricerca-lettere');
    fireEvent.click(tile);

    expect(await screen.findByRole('heading', { level: 1, name: 'Ricerca lettere' })).toBeTruthy();
    const form = screen.getByTestId('search-form');
    const labels = [...form.querySelectorAll('label')].map((l) => l.textContent).filter((t) => t !== 'Visualizza');
    // The manual's wording and order are checked in rules/letterSearch.test.ts.
    expect(labels).toEqual(SEARCH_FIELDS.map((f) => f.label));
    expect(
      within(screen.getByLabelText('Destinatario Principale'))
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Selezionare', 'SI', 'NO']);
    // Completezza Risposta offers the values the portal records, not free text.
    expect(
      within(screen.getByLabelText('Completezza Risposta'))
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Selezionare', 'assente', 'Risposta incompleta']);
  });

  it('searches with the filters given and pages the results of every section', async () => {
    const fetch = serveOperatorApi((url) => {
      if (!url.startsWith(SEARCH)) return undefined;
      if (queryOf(url).get('cursor') === 'p2')
        return jsonResponse({
          items: [letterItem('L-P-20-0000011_01.PDF', { section: 'archive', answerName: 'R-P-20-0000011_01.PDF' })],
          nextCursor: null,
          total: 11,
        });
      const more = Array.from({ length: 8 }, (_, i) => letterItem(`L-P-20-000000${i + 3}_01.PDF`));
      return jsonResponse({
        items: [
          letterItem('L-P-20-0000001_01.PDF'),
          letterItem('L-P-20-0000002_01.PDF', { section: 'cc', recipient: 'CC' }),
          ...more,
        ],
        nextCursor: 'p2',
        total: 11,
      });
    });
    renderApp('/area/energia-demo/ricerca-lettere');
    await screen.findByRole('heading', { level: 1, name: 'Ricerca lettere' });
    type('Lettera', 'L-P-20%');
    type('Destinatario Principale', 'NO');
    type('Pubblicazione dal', '01/03/2026');
    type('Completezza Risposta', 'assente');
    fireEvent.click(screen.getByRole('button', { name: 'Ricerca' }));

    await screen.findByRole('rowheader', { name: 'L-P-20-0000001_01.PDF' });
    expect(Object.fromEntries(searches(fetch)[0])).toEqual({
      letter: 'L-P-20%',
      recipient: 'CC',
      publishedFrom: '2026-03-01',
      completeness: 'assente',
      pageSize: '10',
    });
    expect(screen.getByTestId('range').textContent).toBe('Vista da 1 a 10 di 11 elementi');
    const row = screen.getAllByTestId('letter-row')[1];
    expect(row.textContent).toContain('Lettere scaricate in copia conoscenza');
    // Newest first until a header is chosen; then the server sorts every result, from the first page.
    expect(searches(fetch)[0].get('sort')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Successivo' }));
    await screen.findByRole('rowheader', { name: 'L-P-20-0000011_01.PDF' });
    expect(searches(fetch).at(-1)?.get('cursor')).toBe('p2');
    expect(screen.getByTestId('range').textContent).toBe('Vista da 11 a 11 di 11 elementi');
    expect(screen.getByText('R-P-20-0000011_01.PDF')).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Visualizza'), { target: { value: '25' } });
    await waitFor(() => expect(searches(fetch).at(-1)?.get('pageSize')).toBe('25'));
    expect(searches(fetch).at(-1)?.get('cursor')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: /ID Caso/ }));
    await waitFor(() => expect(searches(fetch).at(-1)?.get('sort')).toBe('caseId:asc'));
    expect(searches(fetch).at(-1)?.get('cursor')).toBeNull();
    expect(screen.getByRole('columnheader', { name: /ID Caso/ }).getAttribute('aria-sort')).toBe('ascending');
    fireEvent.click(screen.getByRole('button', { name: /Sezione/ }));
    await waitFor(() => expect(searches(fetch).at(-1)?.get('sort')).toBe('section:asc'));
    await screen.findByRole('rowheader', { name: 'L-P-20-0000001_01.PDF' });

    // "Ricerca" again with the same filters, from the second page: the first page is read again.
    fireEvent.click(screen.getByRole('button', { name: 'Successivo' }));
    await waitFor(() => expect(searches(fetch).at(-1)?.get('cursor')).toBe('p2'));
    const before = searches(fetch).length;
    fireEvent.click(screen.getByRole('button', { name: 'Ricerca' }));
    await waitFor(() => expect(searches(fetch).length).toBe(before + 1));
    expect(searches(fetch).at(-1)?.get('cursor')).toBeNull();
    await waitFor(() => expect(screen.getByTestId('range').textContent).toBe('Vista da 1 a 10 di 11 elementi'));
  });

  it('checks the form in the browser before calling the API', async () => {
    const fetch = serveOperatorApi(() => undefined);
    renderApp('/area/energia-demo/ricerca-lettere');
    await screen.findByRole('heading', { level: 1, name: 'Ricerca lettere' });

    fireEvent.click(screen.getByRole('button', { name: 'Ricerca' }));
    expect((await screen.findByTestId('search-error')).textContent).toBe('Indicare almeno un filtro di ricerca.');

    type('Pubblicazione dal', '31/02/2026');
    type('Pubblicazione al', '01/01/2026');
    fireEvent.click(screen.getByRole('button', { name: 'Ricerca' }));
    const from = screen.getByLabelText('Pubblicazione dal');
    expect(from.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(from.getAttribute('aria-describedby')!.split(' ').at(-1)!)?.textContent).toBe(
      'Pubblicazione dal: data non valida (formato gg/mm/aaaa).',
    );
    type('Pubblicazione dal', '02/01/2026');
    fireEvent.click(screen.getByRole('button', { name: 'Ricerca' }));
    expect(await screen.findByText('Pubblicazione al non può essere precedente a Pubblicazione dal.')).toBeTruthy();
    expect(searches(fetch)).toHaveLength(0);
  });

  it("shows the API's refusals next to their fields and says when nothing matches", async () => {
    serveOperatorApi((url) => {
      if (!url.startsWith(SEARCH)) return undefined;
      if (queryOf(url).get('note'))
        return problemResponse(
          {
            title: 'Parametri di ricerca non validi: correggere i campi indicati.',
            code: 'search-invalid',
            errors: { note: ['Nota: il testo da cercare non può superare 200 caratteri.'] },
          },
          400,
        );
      return jsonResponse({ items: [], nextCursor: null, total: 0 });
    });
    renderApp('/area/energia-demo/ricerca-lettere');
    await screen.findByRole('heading', { level: 1, name: 'Ricerca lettere' });

    type('Nota', 'x'.repeat(201));
    fireEvent.click(screen.getByRole('button', { name: 'Ricerca' }));
    expect((await screen.findByTestId('search-error')).textContent).toBe(
      'Parametri di ricerca non validi: correggere i campi indicati.',
    );
    expect(screen.getByText('Nota: il testo da cercare non può superare 200 caratteri.')).toBeTruthy();
    expect(screen.getByLabelText('Nota').getAttribute('aria-invalid')).toBe('true');

    type('Nota', '');
    type('Denominazione Cliente', 'Nessuno');
    fireEvent.click(screen.getByRole('button', { name: 'Ricerca' }));
    expect((await screen.findByTestId('empty')).textContent).toBe('Nessuna lettera corrisponde ai filtri indicati.');
    expect(screen.queryByTestId('search-error')).toBeNull();
    expect(screen.getByLabelText('Nota').getAttribute('aria-invalid')).toBeNull();
  });

  it('opens Dettaglio lettera from a result', async () => {
    const found = letterItem('L-P-26-9000006_01.PDF', {
      section: 'to-work',
      note: 'Richiamare',
      customerName: 'Costa Marco',
    });
    serveOperatorApi((url) => {
      if (url.startsWith(SEARCH)) return jsonResponse({ items: [found], nextCursor: null, total: 1 });
      if (url === '/api/companies/energia-demo/letters/L-P-26-9000006_01.PDF') return jsonResponse(found);
      return undefined;
    });
    renderApp('/area/energia-demo/ricerca-lettere');
    await screen.findByRole('heading', { level: 1, name: 'Ricerca lettere' });
    type('Denominazione Cliente', 'costa marco');
    fireEvent.click(screen.getByRole('button', { name: 'Ricerca' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Dettaglio L-P-26-9000006_01.PDF' }));
    const dialog = await screen.findByRole('dialog');
    await waitFor(() => expect(within(dialog).getByDisplayValue('Richiamare')).toBeTruthy());
  });
});
