import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, problemResponse } from '../test/fetchMock';
import { openArea, queryOf, serveOperatorApi } from '../test/operatorApi';
import { renderApp } from '../test/renderApp';

afterEach(() => vi.unstubAllGlobals());

/** The headers' words, without the sort marks. */
const headers = () => screen.getAllByRole('columnheader').map((h) => h.textContent?.replace(/[▲▼↕]/g, ''));

function reminder(n: number, extra: Record<string, unknown> = {}) {
  return {
    name: `S-P-26-900000${n}_01.PDF`,
    publishedAt: '2026-03-12T01:00:00+01:00',
    letterName: `L-P-26-900000${n}_01.PDF`,
    letterPublishedAt: '2026-02-10T01:00:00+01:00',
    hash: 'ab12',
    downloadedAt: null,
    downloadedBy: null,
    letter: {
      name: `L-P-26-900000${n}_01.PDF`,
      caseId: `900000${n}`,
      utility: 'POD:IT001E00012345',
      serviceTypeLabel: 'Elettrico',
      customerName: 'Costa Marco',
      supplyAddress: 'Via Dante 21, Bari',
    },
    ...extra,
  };
}

describe('area tiles', () => {
  it('shows the solleciti as a tile with its badge, and tiles for Comunicazioni libere and Invii falliti', async () => {
    openArea({ reminders: 2 });
    const tile = await screen.findByTestId('tile-reminders');
    await waitFor(() => expect(tile.textContent).toContain('2 solleciti'));
    expect(tile.getAttribute('href')).toBe('/area/energia-demo/solleciti');
    expect(screen.getByTestId('tile-communications').getAttribute('href')).toBe(
      '/area/energia-demo/comunicazioni-libere',
    );
    expect(screen.getByTestId('tile-failed-uploads').textContent).toContain('Invii falliti');
    expect(screen.queryByText(/Solleciti da gestire/)).toBeNull();
  });
});

describe('Nuovi solleciti ricevuti', () => {
  it("shows the manual's columns, pages with cursors and page size, and downloads a sollecito", async () => {
    URL.createObjectURL = vi.fn(() => 'blob:pdf');
    URL.revokeObjectURL = vi.fn();
    let downloaded = false;
    const fetch = serveOperatorApi((url) => {
      if (url.startsWith('/api/companies/energia-demo/reminders?')) {
        const q = queryOf(url);
        if (q.get('cursor') === 'p2') return jsonResponse({ items: [reminder(3)], nextCursor: null, total: 11 });
        const first = downloaded
          ? reminder(1, { downloadedAt: '2026-03-12T09:15:00+01:00', downloadedBy: 'mario.rossi' })
          : reminder(1);
        return jsonResponse({ items: [first, reminder(2)], nextCursor: 'p2', total: 11 });
      }
      if (url === '/api/companies/energia-demo/reminders/S-P-26-9000001_01.PDF/pdf') {
        downloaded = true;
        return new Response(new Blob(['%PDF']), { status: 200, headers: { 'Content-Type': 'application/pdf' } });
      }
      return undefined;
    });
    renderApp('/area/energia-demo/solleciti');

    expect(await screen.findByRole('heading', { level: 1, name: 'Nuovi solleciti ricevuti' })).toBeTruthy();
    await screen.findByRole('rowheader', { name: 'S-P-26-9000001_01.PDF' });
    expect(headers()).toEqual([
      'Seleziona tutti i solleciti della pagina',
      'Sollecito',
      'Azioni',
      'Data Pubblicazione Sollecito',
      'Rif. Lettera',
      'Data Pubblicazione Lettera',
      'ID Caso',
      'Utenza',
      'Tipo Servizio',
      'Denominazione Cliente',
      'Indirizzo Fornitura',
      'Data Download',
      'Utente Download',
    ]);
    const row = screen.getAllByTestId('reminder-row')[0];
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent)
        .slice(2, 10),
    ).toEqual([
      '12/03/2026',
      'L-P-26-9000001_01.PDF',
      '10/02/2026',
      '9000001',
      'POD:IT001E00012345',
      'Elettrico',
      'Costa Marco',
      'Via Dante 21, Bari',
    ]);
    expect(screen.getByTestId('range').textContent).toBe('Vista da 1 a 2 di 11 elementi');

    fireEvent.click(screen.getByRole('button', { name: 'Successivo' }));
    await screen.findByRole('rowheader', { name: 'S-P-26-9000003_01.PDF' });
    expect(screen.getByTestId('range').textContent).toBe('Vista da 11 a 11 di 11 elementi');
    fireEvent.click(screen.getByRole('button', { name: 'Precedente' }));
    await screen.findByRole('rowheader', { name: 'S-P-26-9000001_01.PDF' });

    fireEvent.click(screen.getByRole('button', { name: 'Scarica S-P-26-9000001_01.PDF' }));
    expect((await screen.findByTestId('section-message')).textContent).toBe(
      'Sollecito S-P-26-9000001_01.PDF scaricato.',
    );
    expect(URL.createObjectURL).toHaveBeenCalled();
    // Read again: the sollecito now shows who downloaded it (and leaves the badge).
    await screen.findByRole('cell', { name: 'mario.rossi' });
    expect(screen.getByTestId('reminders-howto').textContent).toContain('«Lettere Scaricate da Lavorare»');

    fireEvent.change(screen.getByLabelText('Visualizza'), { target: { value: '25' } });
    await waitFor(() => expect(fetch.mock.calls.some(([u]) => queryOf(String(u)).get('pageSize') === '25')).toBe(true));
  });

  it('filters by Tipo servizio and Cerca, sorts on the server, downloads the checked or every match', async () => {
    URL.createObjectURL = vi.fn(() => 'blob:zip');
    URL.revokeObjectURL = vi.fn();
    const fetch = serveOperatorApi((url, init) => {
      if (url.startsWith('/api/companies/energia-demo/reminders?'))
        return jsonResponse({ items: [reminder(1), reminder(2)], nextCursor: 'p2', total: 14 });
      if (url === '/api/companies/energia-demo/reminders/download' && init?.method === 'POST')
        return new Response(new Blob(['zip']), { status: 200, headers: { 'Content-Type': 'application/zip' } });
      return undefined;
    });
    const lastQuery = () =>
      queryOf(String(fetch.mock.calls.filter(([u]) => String(u).includes('/reminders?')).at(-1)?.[0]));
    const posted = () =>
      fetch.mock.calls
        .filter(([u]) => String(u).endsWith('/reminders/download'))
        .map(([, i]) => JSON.parse(String(i?.body)));
    renderApp('/area/energia-demo/solleciti');
    await screen.findByRole('rowheader', { name: 'S-P-26-9000001_01.PDF' });
    expect(screen.queryByLabelText('Destinatario principale')).toBeNull();

    fireEvent.change(screen.getByLabelText('Tipo servizio'), { target: { value: 'gas' } });
    await waitFor(() => expect(lastQuery().get('serviceType')).toBe('gas'));
    fireEvent.change(screen.getByLabelText('Cerca:'), { target: { value: 'Costa' } });
    await waitFor(() => expect(lastQuery().get('q')).toBe('Costa'));
    fireEvent.click(screen.getByRole('button', { name: /Denominazione Cliente/ }));
    await waitFor(() => expect(lastQuery().get('sort')).toBe('customerName:asc'));
    expect(screen.getByRole('columnheader', { name: /Denominazione Cliente/ }).getAttribute('aria-sort')).toBe(
      'ascending',
    );
    await screen.findByRole('rowheader', { name: 'S-P-26-9000001_01.PDF' });

    // One checked: the .zip holds it by name.
    fireEvent.click(screen.getByLabelText('Seleziona S-P-26-9000002_01.PDF'));
    fireEvent.click(screen.getByRole('button', { name: 'Scarica selezionate (.zip) · 1' }));
    expect((await screen.findByTestId('section-message')).textContent).toBe('1 sollecito scaricato.');
    expect(posted()).toEqual([{ reminders: ['S-P-26-9000002_01.PDF'] }]);

    // The page ticked, then every one that matches: the count is said before the download.
    await screen.findByRole('rowheader', { name: 'S-P-26-9000001_01.PDF' });
    fireEvent.click(screen.getByLabelText('Seleziona tutti i solleciti della pagina'));
    const note = screen.getByTestId('select-all-note');
    expect(note.textContent).toContain('Sono selezionati 2 solleciti di questa pagina.');
    fireEvent.click(
      within(note).getByRole('button', { name: 'Selezionare tutti i solleciti che corrispondono ai filtri (14)' }),
    );
    expect(note.textContent).toContain('Sono selezionati tutti i solleciti che corrispondono ai filtri: 14.');
    fireEvent.click(screen.getByRole('button', { name: 'Scarica tutte (.zip) · 14' }));
    await waitFor(() => expect(screen.getByTestId('section-message').textContent).toBe('14 solleciti scaricati.'));
    expect(posted()[1]).toEqual({ matching: { serviceType: 'gas', q: 'Costa' } });
  });

  it("shows the API's reason when a download fails", async () => {
    serveOperatorApi((url) =>
      url.includes('/reminders?') ? jsonResponse({ items: [reminder(1)], nextCursor: null, total: 1 }) : undefined,
    );
    renderApp('/area/energia-demo/solleciti');
    fireEvent.click(await screen.findByRole('button', { name: 'Scarica S-P-26-9000001_01.PDF' }));
    expect((await screen.findByTestId('section-message')).textContent).toBe('Non trovato');
  });
});

describe('Invii falliti', () => {
  it('lists File, Data Evento, Utente, Motivo Errore, newest first as the API gives them, with paging', async () => {
    const fetch = serveOperatorApi((url) => {
      if (!url.startsWith('/api/companies/energia-demo/failed-uploads?')) return undefined;
      if (queryOf(url).get('cursor') === 'f2') {
        return jsonResponse({
          items: [
            {
              file: 'vecchio.pdf',
              eventAt: '2026-03-01T08:00:00+01:00',
              user: 'mario.rossi',
              reason: "Errore tecnico durante l'elaborazione del file: riprovare.",
            },
          ],
          nextCursor: null,
          total: 11,
        });
      }
      return jsonResponse({
        items: [
          {
            file: 'allegati.pdf',
            eventAt: '2026-03-12T13:03:11+01:00',
            user: 'mario.rossi',
            reason: "Il formato del file 'allegati.pdf' non è valido",
          },
        ],
        nextCursor: 'f2',
        total: 11,
      });
    });
    renderApp('/area/energia-demo/invii-falliti');
    expect(await screen.findByRole('heading', { level: 1, name: 'Invii falliti' })).toBeTruthy();
    await screen.findByRole('rowheader', { name: 'allegati.pdf' });
    expect(headers()).toEqual(['File', 'Data Evento', 'Utente', 'Motivo Errore', 'Ricevuta']);
    expect(
      within(screen.getByTestId('failed-row'))
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['12/03/2026 13:03:11', 'mario.rossi', "Il formato del file 'allegati.pdf' non è valido", '']);
    fireEvent.click(screen.getByRole('button', { name: 'Successivo' }));
    await screen.findByRole('rowheader', { name: 'vecchio.pdf' });
    expect(screen.getByTestId('range').textContent).toBe('Vista da 11 a 11 di 11 elementi');
    expect(queryOf(String(fetch.mock.calls.at(-1)?.[0])).get('pageSize')).toBe('10');
  });
});

describe('Comunicazioni libere', () => {
  const sent = {
    kind: 'communication',
    label: 'Integrazione',
    file: 'integrazione.pdf',
    sentAt: '2026-03-12T10:00:00+01:00',
    user: 'mario.rossi',
    hash: 'ff00',
  };

  function pickFile(name: string, size = 100) {
    const file = new File(['%PDF-1.4'], name, { type: 'application/pdf' });
    Object.defineProperty(file, 'size', { value: size });
    fireEvent.change(screen.getByLabelText('File (.PDF) *'), { target: { files: [file] } });
  }

  type Upload = {
    status: string;
    results: Array<{ file: string; letter: null; outcome: string; reason: string | null }>;
  };

  /** The API with one upload whose status reads go through `statuses`, then stay at the last. */
  function serveUploads(statuses: Upload[], list: unknown[][] = [[], [sent]]) {
    let reads = 0;
    let lists = 0;
    return serveOperatorApi((url, init) => {
      if (url.startsWith('/api/companies/energia-demo/communications?')) {
        const items = list[Math.min(lists++, list.length - 1)];
        return jsonResponse({ items, nextCursor: null, total: items.length });
      }
      if (url === '/api/companies/energia-demo/uploads' && init?.method === 'POST')
        return jsonResponse({ uploadId: 'u1', status: 'pending' }, 202);
      if (url === '/api/companies/energia-demo/uploads/u1') {
        const s = statuses[Math.min(reads++, statuses.length - 1)];
        return jsonResponse({
          uploadId: 'u1',
          kind: 'communication',
          file: 'integrazione.pdf',
          letters: [],
          label: 'Integrazione',
          uploadedAt: '2026-03-12T10:00:00+01:00',
          user: 'mario.rossi',
          ...s,
        });
      }
      return undefined;
    });
  }

  const pending: Upload = { status: 'pending', results: [] };

  it('checks the form in the browser first and sends nothing that would be refused', async () => {
    const fetch = serveUploads([pending]);
    renderApp('/area/energia-demo/comunicazioni-libere');
    await screen.findByText('Nessuna comunicazione inviata.');
    fireEvent.click(screen.getByRole('button', { name: 'Invia' }));
    expect(await screen.findByText("L'etichetta della comunicazione è obbligatoria.")).toBeTruthy();
    expect(screen.getByText('Selezionare il file da caricare.')).toBeTruthy();
    expect(screen.getByLabelText('Etichetta *').getAttribute('aria-invalid')).toBe('true');

    fireEvent.change(screen.getByLabelText('Etichetta *'), { target: { value: 'x'.repeat(17) } });
    expect(screen.getByText('Meno di 17 caratteri: 17/16')).toBeTruthy();
    pickFile('grande.pdf', 15 * 1024 * 1024 + 1);
    fireEvent.click(screen.getByRole('button', { name: 'Invia' }));
    expect(await screen.findByText("L'etichetta della comunicazione deve avere meno di 17 caratteri.")).toBeTruthy();
    expect(screen.getByText("Il file 'grande.pdf' supera la dimensione massima di 15 MB.")).toBeTruthy();

    fireEvent.click(screen.getByLabelText('Rigetto TIRV'));
    expect(screen.getByLabelText('Etichetta (facoltativa)')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Etichetta (facoltativa)'), { target: { value: '' } });
    pickFile('rigetto.pdf');
    fireEvent.click(screen.getByRole('button', { name: 'Invia' }));
    expect(
      await screen.findByText(
        'Il nome del file non rispetta il formato RIGETTO_TIRV: dopo RIGETTO_TIRV sono ammessi al massimo 10 ' +
          'caratteri, spazi ed estensione .PDF inclusi.',
      ),
    ).toBeTruthy();
    expect(fetch.mock.calls.some(([, init]) => init?.method === 'POST')).toBe(false);
  });

  it('sends fields then file, awaits the verdict, button disabled, then lists the accepted communication', async () => {
    const fetch = serveUploads([
      pending,
      { status: 'accepted', results: [{ file: 'integrazione.pdf', letter: null, outcome: 'accepted', reason: null }] },
    ]);
    renderApp('/area/energia-demo/comunicazioni-libere');
    await screen.findByText('Nessuna comunicazione inviata.');
    fireEvent.change(screen.getByLabelText('Etichetta *'), { target: { value: ' Integrazione ' } });
    pickFile('integrazione.pdf');
    fireEvent.click(screen.getByRole('button', { name: 'Invia' }));

    await waitFor(() => expect((screen.getByTestId('comm-send') as HTMLButtonElement).disabled).toBe(true));
    const outcome = await screen.findByTestId('comm-outcome', undefined, { timeout: 5000 });
    expect(outcome.getAttribute('data-status')).toBe('accepted');
    expect(outcome.textContent).toBe("Comunicazione inviata: il file 'integrazione.pdf' è stato accettato.");
    expect((screen.getByTestId('comm-send') as HTMLButtonElement).disabled).toBe(false);
    expect(await screen.findByRole('rowheader', { name: 'integrazione.pdf' })).toBeTruthy();
    expect(headers()).toEqual([
      'Comunicazione',
      'Etichetta',
      'Tipo',
      'Data Caricamento',
      'Utente Caricamento',
      'HASH',
      'Ricevuta',
    ]);

    const post = fetch.mock.calls.find(([, init]) => init?.method === 'POST')!;
    const form = post[1]!.body as FormData;
    expect([...form.keys()]).toEqual(['kind', 'label', 'file']);
    expect(form.get('kind')).toBe('communication');
    expect(form.get('label')).toBe('Integrazione');
    expect(new Headers(post[1]!.headers).get('X-Requested-With')).toBe('portale');
    expect(fetch.mock.calls.filter(([u]) => String(u).endsWith('/uploads/u1')).length).toBe(2);
    expect((screen.getByLabelText('Etichetta *') as HTMLInputElement).value).toBe('');
  });

  it("shows the server's reason when the file is rejected while processing", async () => {
    const reason = "Il formato del file 'RIGETTO_TIRV 01.pdf' non è valido";
    serveUploads(
      [{ status: 'rejected', results: [{ file: 'RIGETTO_TIRV 01.pdf', letter: null, outcome: 'rejected', reason }] }],
      [[]],
    );
    renderApp('/area/energia-demo/comunicazioni-libere');
    await screen.findByText('Nessuna comunicazione inviata.');
    fireEvent.click(screen.getByLabelText('Rigetto TIRV'));
    pickFile('RIGETTO_TIRV 01.pdf');
    fireEvent.click(screen.getByRole('button', { name: 'Invia' }));
    const outcome = await screen.findByTestId('comm-outcome', undefined, { timeout: 5000 });
    expect(outcome.getAttribute('data-status')).toBe('rejected');
    expect(outcome.textContent).toContain(reason);
    expect(within(outcome).getByRole('link', { name: 'Invii falliti' }).getAttribute('href')).toBe(
      '/area/energia-demo/invii-falliti',
    );
  });

  it("shows a refusal answered at once beside its field, in the API's words", async () => {
    serveOperatorApi((url, init) => {
      if (url.includes('/communications?')) return jsonResponse({ items: [], nextCursor: null, total: 0 });
      if (url.endsWith('/uploads') && init?.method === 'POST') {
        return problemResponse(
          {
            title: 'I dati inviati non sono validi.',
            code: 'validation-failed',
            errors: { label: ["L'etichetta della comunicazione contiene caratteri non ammessi."] },
          },
          400,
        );
      }
      return undefined;
    });
    renderApp('/area/energia-demo/comunicazioni-libere');
    await screen.findByText('Nessuna comunicazione inviata.');
    fireEvent.change(screen.getByLabelText('Etichetta *'), { target: { value: 'Nota' } });
    pickFile('nota.pdf');
    fireEvent.click(screen.getByRole('button', { name: 'Invia' }));
    expect((await screen.findByTestId('comm-outcome')).textContent).toBe('I dati inviati non sono validi.');
    expect(screen.getByText("L'etichetta della comunicazione contiene caratteri non ammessi.")).toBeTruthy();
  });

  it('stops polling when the page is left', async () => {
    const fetch = serveUploads([pending]);
    renderApp('/area/energia-demo/comunicazioni-libere');
    await screen.findByText('Nessuna comunicazione inviata.');
    fireEvent.change(screen.getByLabelText('Etichetta *'), { target: { value: 'Nota' } });
    pickFile('nota.pdf');
    fireEvent.click(screen.getByRole('button', { name: 'Invia' }));
    await waitFor(() => expect(fetch.mock.calls.some(([u]) => String(u).endsWith('/uploads/u1'))).toBe(true), {
      timeout: 3000,
    });
    const read = fetch.mock.calls.find(([u]) => String(u).endsWith('/uploads/u1'))!;
    cleanup();
    expect(read[1]?.signal?.aborted).toBe(true);
    const reads = fetch.mock.calls.length;
    await new Promise((r) => setTimeout(r, 1200));
    expect(fetch.mock.calls.length).toBe(reads);
  });
});
