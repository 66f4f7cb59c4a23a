import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, problemResponse } from '../test/fetchMock';
import { letterItem, serveOperatorApi } from '../test/operatorApi';
import { renderApp } from '../test/renderApp';

/** The names of the files the page saved (saveBlob clicks a link with `download`). */
let saved: string[] = [];

beforeEach(() => {
  saved = [];
  URL.createObjectURL = vi.fn(() => 'blob:receipt');
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push(this.download);
  });
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

const receiptJson = (id: string) => jsonResponse({ receiptId: id, jws: 'a.b.c', receipt: { receiptId: id } });
const receiptPdf = (id: string) =>
  new Response(new Blob(['%PDF']), {
    status: 200,
    headers: { 'Content-Type': 'application/pdf', 'Content-Disposition': `attachment; filename=ricevuta-${id}.pdf` },
  });

/** Answers the receipts of `ids` (JSON and PDF) and `list` for everything else. */
function serveReceipts(ids: string[], list: (url: string) => Response | undefined) {
  return serveOperatorApi((url) => {
    const receipt = /^\/api\/companies\/energia-demo\/receipts\/([^/]+)(\/pdf)?$/.exec(url);
    if (receipt && ids.includes(receipt[1])) return receipt[2] ? receiptPdf(receipt[1]) : receiptJson(receipt[1]);
    return list(url);
  });
}

describe('Ricevuta', () => {
  it("downloads a communication's receipt as JSON and as PDF from its row", async () => {
    const fetch = serveReceipts(['rc-1'], (url) =>
      url.includes('/communications?')
        ? jsonResponse({
            items: [
              {
                kind: 'tirv-rejection',
                label: 'TIRV',
                file: 'rigetto.pdf',
                sentAt: '2026-03-12T10:00:00+01:00',
                user: 'mario.rossi',
                hash: 'ff00',
                receiptId: 'rc-1',
              },
            ],
            nextCursor: null,
            total: 1,
          })
        : undefined,
    );
    renderApp('/area/energia-demo/comunicazioni-libere');
    const row = (await screen.findByRole('rowheader', { name: 'rigetto.pdf' })).closest('tr')!;
    // The column's header says "Ricevuta": the cell holds the buttons only.
    expect(within(row).getByTestId('receipt').textContent).toMatch(/^JSON/);
    fireEvent.click(within(row).getByRole('button', { name: 'JSON della ricevuta di rigetto.pdf' }));
    await waitFor(() => expect(saved).toEqual(['ricevuta-rc-1.json']));
    fireEvent.click(within(row).getByRole('button', { name: 'PDF della ricevuta di rigetto.pdf' }));
    await waitFor(() => expect(saved).toEqual(['ricevuta-rc-1.json', 'ricevuta-rc-1.pdf']));
    const urls = fetch.mock.calls.map(([u]) => String(u));
    expect(urls).toContain('/api/companies/energia-demo/receipts/rc-1');
    expect(urls).toContain('/api/companies/energia-demo/receipts/rc-1/pdf');
  });

  it("downloads a refusal's receipt from Invii falliti, and says why when it cannot", async () => {
    serveReceipts(['rf-1'], (url) =>
      url.includes('/failed-uploads?')
        ? jsonResponse({
            items: [
              {
                file: 'allegati.pdf',
                eventAt: '2026-03-12T13:03:11+01:00',
                user: 'mario.rossi',
                reason: "Il formato del file 'allegati.pdf' non è valido",
                receiptId: 'rf-1',
              },
              {
                file: 'perso.pdf',
                eventAt: '2026-03-12T13:00:00+01:00',
                user: 'mario.rossi',
                reason: "Errore tecnico durante l'elaborazione del file: riprovare.",
                receiptId: 'rf-missing',
              },
            ],
            nextCursor: null,
            total: 2,
          })
        : url.endsWith('/receipts/rf-missing/pdf')
          ? problemResponse({ title: 'La ricevuta richiesta non esiste.', code: 'not-found' }, 404)
          : undefined,
    );
    renderApp('/area/energia-demo/invii-falliti');
    const row = (await screen.findByRole('rowheader', { name: 'allegati.pdf' })).closest('tr')!;
    fireEvent.click(within(row).getByRole('button', { name: 'PDF della ricevuta di allegati.pdf' }));
    await waitFor(() => expect(saved).toEqual(['ricevuta-rf-1.pdf']));

    const missing = (await screen.findByRole('rowheader', { name: 'perso.pdf' })).closest('tr')!;
    fireEvent.click(within(missing).getByRole('button', { name: 'PDF della ricevuta di perso.pdf' }));
    expect((await within(missing).findByRole('alert')).textContent).toBe('La ricevuta richiesta non esiste.');
    expect(saved).toEqual(['ricevuta-rf-1.pdf']);
  });

  it("downloads an archived answer's receipt beside the answer", async () => {
    const answered = letterItem('L-P-26-9000001_01.PDF', {
      section: 'archive',
      answerName: 'R-P-26-9000001_01.PDF',
      answeredAt: '2026-03-11T18:03:36+01:00',
      answeredBy: 'demo.operatore',
      answerReceiptId: 'ra-1',
    });
    serveReceipts(['ra-1'], (url) =>
      url.startsWith('/api/companies/energia-demo/letters?')
        ? jsonResponse({ items: [answered], nextCursor: null, total: 1 })
        : undefined,
    );
    renderApp('/area/energia-demo/archivio');
    const row = (await screen.findByRole('rowheader', { name: 'L-P-26-9000001_01.PDF' })).closest('tr')!;
    expect(within(row).getByTestId('receipt').textContent).toMatch(/^RicevutaJSON/);
    fireEvent.click(within(row).getByRole('button', { name: 'JSON della ricevuta di R-P-26-9000001_01.PDF' }));
    await waitFor(() => expect(saved).toEqual(['ricevuta-ra-1.json']));
  });
});
