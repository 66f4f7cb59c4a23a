import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse } from '../test/fetchMock';
import { letterItem, openArea, serveOperatorApi } from '../test/operatorApi';
import { renderApp } from '../test/renderApp';

const serve = serveOperatorApi;

const headers = () => screen.getAllByRole('columnheader').map((h) => h.textContent?.replace(/[▲▼↕]/g, '').trim());

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('Archivio lettere con risposta', () => {
  const answered = letterItem('L-P-26-9000001_01.PDF', {
    section: 'archive',
    downloadedAt: '2026-03-10T10:21:14+01:00',
    downloadedBy: 'demo.operatore',
    answerName: 'R-P-26-9000001_01.PDF',
    answeredAt: '2026-03-11T18:03:36+01:00',
    answeredBy: 'demo.operatore',
    completeness: 'assente',
  });

  it('has its tile on the area page, without a badge', async () => {
    openArea({ newLetters: 3, toWork: 2, cc: 1 });
    const tile = await screen.findByTestId('tile-archive');
    await waitFor(() => expect(screen.getByTestId('tile-new').textContent).toContain('3 lettere'));
    expect(tile.getAttribute('href')).toBe('/area/energia-demo/archivio');
    expect(tile.textContent).toContain('Archivio lettere con risposta');
    expect(tile.querySelector('.badge')).toBeNull();
  });

  it("lists the archive with the manual's columns and links to the letter and to its answer", async () => {
    const fetch = serve((url) =>
      url.startsWith('/api/companies/energia-demo/letters?')
        ? jsonResponse({ items: [answered], nextCursor: null, total: 1 })
        : undefined,
    );
    renderApp('/area/energia-demo/archivio');
    expect(await screen.findByRole('heading', { level: 1, name: 'Archivio lettere con risposta' })).toBeTruthy();
    const row = (await screen.findByRole('rowheader', { name: 'L-P-26-9000001_01.PDF' })).closest('tr')!;
    expect(fetch.mock.calls.some(([u]) => String(u).includes('section=archive'))).toBe(true);

    // Fig. 10's order, the row's actions right after the letter (where the eye starts).
    expect(headers().slice(0, 11)).toEqual([
      'Seleziona tutte le lettere della pagina',
      'Lettera',
      'Azioni',
      'Data Pubblicazione',
      'Data Download',
      'Utente Download',
      'RISPOSTA',
      'Data Risposta',
      'Utente Risposta',
      'Completezza Risposta',
      'ID Caso',
    ]);
    expect(headers()).toContain('Hash Lettera');
    const answer = within(row).getByRole('link', { name: /R-P-26-9000001_01\.PDF/ });
    expect(answer.getAttribute('href')).toBe('/api/companies/energia-demo/letters/L-P-26-9000001_01.PDF/answer/pdf');
    expect(
      within(row)
        .getByRole('link', { name: /Scarica/ })
        .getAttribute('href'),
    ).toBe('/api/companies/energia-demo/letters/L-P-26-9000001_01.PDF/pdf');
    expect(row.textContent).toContain('11/03/2026 18:03:36');
    expect(row.textContent).toContain('assente');
    expect(screen.getByRole('heading', { name: 'Upload risposta ulteriore' })).toBeTruthy();
  });

  it('shows the answer in Dettaglio lettera, with its link, date, user and completeness', async () => {
    serve((url) => {
      if (url.startsWith('/api/companies/energia-demo/letters?'))
        return jsonResponse({ items: [answered], nextCursor: null, total: 1 });
      if (url === '/api/companies/energia-demo/letters/L-P-26-9000001_01.PDF') return jsonResponse(answered);
      return undefined;
    });
    renderApp('/area/energia-demo/archivio');
    const row = (await screen.findByRole('rowheader', { name: 'L-P-26-9000001_01.PDF' })).closest('tr')!;
    fireEvent.click(within(row).getByRole('button', { name: /^Dettaglio/ }));
    const dialog = await screen.findByRole('dialog');
    const link = await within(dialog).findByRole('link', { name: /R-P-26-9000001_01\.PDF/ });
    expect(link.getAttribute('href')).toBe('/api/companies/energia-demo/letters/L-P-26-9000001_01.PDF/answer/pdf');
    expect(dialog.textContent).toContain('Data risposta:11/03/2026 18:03:36');
    expect(dialog.textContent).toContain('Utente risposta:demo.operatore');
    expect(dialog.textContent).toContain('Completezza risposta:assente');
  });

  it('sorts by Utente Risposta on the server', async () => {
    const fetch = serve((url) =>
      url.startsWith('/api/companies/energia-demo/letters?')
        ? jsonResponse({ items: [answered], nextCursor: null, total: 1 })
        : undefined,
    );
    renderApp('/area/energia-demo/archivio');
    await screen.findByRole('rowheader', { name: 'L-P-26-9000001_01.PDF' });
    fireEvent.click(within(screen.getByRole('columnheader', { name: /Utente Risposta/ })).getByRole('button'));
    await waitFor(() => expect(fetch.mock.calls.some(([u]) => String(u).includes('sort=answeredBy%3Aasc'))).toBe(true));
  });
});

describe('Lettere scaricate da lavorare: upload', () => {
  it('answers the checked letter and reads the list again, where it is no longer', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const toWork = letterItem('L-P-26-9000005_01.PDF', { section: 'to-work', daysToDeadline: 10 });
    let answered = false;
    const fetch = serve((url, init) => {
      if (url.startsWith('/api/companies/energia-demo/letters?'))
        return jsonResponse({ items: answered ? [] : [toWork], nextCursor: null, total: answered ? 0 : 1 });
      if (url === '/api/companies/energia-demo/uploads' && init?.method === 'POST')
        return jsonResponse({ uploadId: 'u1', status: 'pending' }, 202);
      if (url === '/api/companies/energia-demo/uploads/u1') {
        answered = true;
        return jsonResponse({
          uploadId: 'u1',
          kind: 'answer',
          file: 'mia risposta.pdf',
          letters: [toWork.name],
          label: null,
          uploadedAt: '2026-03-10T10:00:00+01:00',
          user: 'demo.operatore',
          status: 'accepted',
          results: [{ file: 'mia risposta.pdf', letter: toWork.name, outcome: 'accepted', reason: null }],
        });
      }
      return undefined;
    });
    renderApp('/area/energia-demo/lettere-da-lavorare');
    await screen.findByRole('rowheader', { name: toWork.name });
    expect(screen.getByRole('heading', { name: 'Upload lettere lavorate' })).toBeTruthy();

    fireEvent.click(screen.getByLabelText(`Seleziona ${toWork.name}`));
    expect(screen.getByText('1 lettera selezionata.')).toBeTruthy();
    const input = screen.getByLabelText(/File della risposta/);
    Object.defineProperty(input, 'files', { value: [new File(['%PDF'], 'mia risposta.pdf')], configurable: true });
    fireEvent.change(input);
    fireEvent.click(screen.getByRole('button', { name: 'Upload risposta' }));
    await act(async () => {
      await vi.advanceTimersByTimeAsync(600);
    });

    expect(await screen.findByTestId('empty')).toBeTruthy();
    expect(screen.getByTestId('upload-result').textContent).toBe(
      `mia risposta.pdf: risposta caricata per la lettera ${toWork.name}.`,
    );
    expect(screen.getByText('Nessuna lettera selezionata: selezionare il box a sinistra della lettera.')).toBeTruthy();
    const form = fetch.mock.calls.find(([u, i]) => String(u).endsWith('/uploads') && i?.method === 'POST')?.[1]
      ?.body as FormData;
    expect(form.getAll('letters')).toEqual([toWork.name]);
  });

  it('"Lettera" ticked for every match uploads the .zip for all of them, named by the filters', async () => {
    const page = [
      letterItem('L-1.PDF', { section: 'to-work', daysToDeadline: 3 }),
      letterItem('L-2.PDF', { section: 'to-work', daysToDeadline: 4 }),
    ];
    const fetch = serve((url, init) => {
      if (url.startsWith('/api/companies/energia-demo/letters?'))
        return jsonResponse({ items: page, nextCursor: 'p2', total: 15 });
      if (url === '/api/companies/energia-demo/uploads' && init?.method === 'POST')
        return jsonResponse({ uploadId: 'u2', status: 'pending' }, 202);
      return undefined;
    });
    renderApp('/area/energia-demo/lettere-da-lavorare');
    await screen.findByRole('rowheader', { name: 'L-1.PDF' });
    fireEvent.change(screen.getByLabelText('Tipo servizio'), { target: { value: 'gas' } });
    await screen.findByRole('rowheader', { name: 'L-1.PDF' });
    fireEvent.click(screen.getByLabelText('Seleziona tutte le lettere della pagina'));
    expect(screen.getByText('2 lettere selezionate.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /Selezionare tutte le 15 lettere/ }));
    expect(screen.getByText('Tutte le 15 lettere della sezione che corrispondono ai filtri.')).toBeTruthy();
    const input = screen.getByLabelText(/File della risposta/);
    Object.defineProperty(input, 'files', { value: [new File(['PK'], 'risposte.zip')], configurable: true });
    fireEvent.change(input);
    fireEvent.click(screen.getByRole('button', { name: 'Upload multiplo (.zip)' }));
    await waitFor(() =>
      expect(fetch.mock.calls.some(([u, i]) => String(u).endsWith('/uploads') && i?.method === 'POST')).toBe(true),
    );
    const form = fetch.mock.calls.find(([u, i]) => String(u).endsWith('/uploads') && i?.method === 'POST')?.[1]
      ?.body as FormData;
    expect(form.getAll('letters')).toEqual([]);
    expect(JSON.parse(String(form.get('matching')))).toEqual({ section: 'to-work', serviceType: 'gas' });
    expect(form.get('kind')).toBe('answers-zip');
  });

  it('offers no upload where there is nothing to answer (new letters, copia conoscenza)', async () => {
    serve((url) =>
      url.startsWith('/api/companies/energia-demo/letters?')
        ? jsonResponse({ items: [letterItem('L-1.PDF')], nextCursor: null, total: 1 })
        : undefined,
    );
    renderApp('/area/energia-demo/copia-conoscenza');
    await screen.findByRole('rowheader', { name: 'L-1.PDF' });
    expect(screen.queryByLabelText(/File della risposta/)).toBeNull();
  });
});
