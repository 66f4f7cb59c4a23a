import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fileNameOf } from '../api/client';
import { problemResponse } from '../test/fetchMock';
import { openArea, serveOperatorApi } from '../test/operatorApi';
import { renderApp } from '../test/renderApp';

afterEach(() => vi.unstubAllGlobals());

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe('Report (manual 6.9)', () => {
  it('has a tile on the area page', async () => {
    openArea();
    const tile = await screen.findByTestId('tile-reports');
    expect(tile.getAttribute('href')).toBe('/area/energia-demo/report');
    expect(tile.textContent).toContain('Report');
  });

  it("lists the manual's seven reports and saves one under the name the API gives it, busy meanwhile", async () => {
    URL.createObjectURL = vi.fn(() => 'blob:xlsx');
    URL.revokeObjectURL = vi.fn();
    const saved: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
    let release: () => void = () => {};
    const fetch = serveOperatorApi((url) => {
      if (url !== '/api/companies/energia-demo/reports/to-work') return undefined;
      return new Promise<Response>((resolve) => {
        release = () =>
          resolve(
            new Response(new Blob(['PK']), {
              status: 200,
              headers: {
                'Content-Type': XLSX,
                'Content-Disposition':
                  'attachment; filename=Report_lettere_scaricate_da_lavorare_energia-demo_20260310.xlsx',
              },
            }),
          );
      });
    });
    renderApp('/area/energia-demo/report');

    expect(await screen.findByRole('heading', { level: 1, name: 'Report' })).toBeTruthy();
    const list = screen.getByRole('list', { name: 'Report disponibili' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.querySelector('span')?.textContent),
    ).toEqual([
      'Report invii falliti',
      'Report comunicazioni libere',
      'Report nuove lettere ricevute',
      'Report lettere scaricate da lavorare',
      'Report archivio lettere con risposta',
      'Report nuovi solleciti ricevuti',
      'Report lettere scaricate in copia conoscenza',
    ]);

    fireEvent.click(screen.getByRole('button', { name: 'Scarica (.xlsx) Report lettere scaricate da lavorare' }));
    await waitFor(() => expect(screen.getByTestId('report-to-work').textContent).toContain('Download in corso…'));
    expect((screen.getByRole('button', { name: /Report invii falliti/ }) as HTMLButtonElement).disabled).toBe(true);
    release();

    expect((await screen.findByTestId('report-message')).textContent).toBe(
      'Report lettere scaricate da lavorare scaricato: ' +
        'Report_lettere_scaricate_da_lavorare_energia-demo_20260310.xlsx.',
    );
    expect(saved).toEqual(['Report_lettere_scaricate_da_lavorare_energia-demo_20260310.xlsx']);
    expect(fetch.mock.calls.some(([u]) => String(u) === '/api/companies/energia-demo/reports/to-work')).toBe(true);
    expect((screen.getByRole('button', { name: /Report invii falliti/ }) as HTMLButtonElement).disabled).toBe(false);
    click.mockRestore();
  });

  it('shows how much of a long report has arrived, from the length the API announces', async () => {
    URL.createObjectURL = vi.fn(() => 'blob:xlsx');
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    let sendRest: () => void = () => {};
    serveOperatorApi((url) => {
      if (url !== '/api/companies/energia-demo/reports/archive') return undefined;
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new Uint8Array(250));
          sendRest = () => {
            controller.enqueue(new Uint8Array(750));
            controller.close();
          };
        },
      });
      return new Response(body, {
        status: 200,
        headers: {
          'Content-Type': XLSX,
          'Content-Length': '1000',
          'Content-Disposition': 'attachment; filename=r.xlsx',
        },
      });
    });
    renderApp('/area/energia-demo/report');

    fireEvent.click(await screen.findByRole('button', { name: /Report archivio lettere con risposta/ }));
    await waitFor(() => expect(screen.getByTestId('report-archive').textContent).toContain('Download in corso… 25%'));
    sendRest();

    expect((await screen.findByTestId('report-message')).textContent).toBe(
      'Report archivio lettere con risposta scaricato: r.xlsx.',
    );
    click.mockRestore();
  });

  it("shows the API's Italian reason when a report cannot be downloaded", async () => {
    serveOperatorApi((url) =>
      url.endsWith('/reports/cc')
        ? problemResponse({ title: 'Il report richiesto non esiste.', code: 'report-not-found' }, 404)
        : undefined,
    );
    renderApp('/area/energia-demo/report');
    fireEvent.click(await screen.findByRole('button', { name: /Report lettere scaricate in copia conoscenza/ }));
    const alert = await screen.findByTestId('report-message');
    expect(alert.textContent).toBe('Il report richiesto non esiste.');
    expect(alert.className).toContain('danger');
  });

  it('reads the file name from Content-Disposition, quoted, plain or UTF-8 encoded', () => {
    expect(fileNameOf('attachment; filename="Report_a b.xlsx"')).toBe('Report_a b.xlsx');
    expect(fileNameOf('attachment; filename=Report_x.xlsx; size=3')).toBe('Report_x.xlsx');
    expect(fileNameOf("attachment; filename=r.xlsx; filename*=UTF-8''Report_%C3%A8.xlsx")).toBe('Report_è.xlsx');
    expect(fileNameOf(null)).toBeUndefined();
  });
});
