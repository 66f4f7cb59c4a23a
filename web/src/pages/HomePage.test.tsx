import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockFetch } from '../test/fetchMock';
import { renderApp } from '../test/renderApp';

describe('HomePage', () => {
  it('renders the portal header, welcome text, footer and asks /api/status', async () => {
    const fetch = mockFetch(jsonResponse({ maintenance: false, notices: [] }));
    renderApp('/');

    expect(screen.getByRole('banner').textContent).toContain('Portale Operatori-Gestori');
    expect(screen.getByRole('banner').textContent).toContain('Sportello per il consumatore Energia e Ambiente');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Benvenuto nel Portale Operatori-Gestori');
    expect(screen.getByRole('main')).toBeTruthy();
    expect(screen.getByRole('contentinfo').textContent).toContain('800.166.654');
    expect(screen.getByRole('contentinfo').textContent).toContain('dal lunedì al venerdì dalle 8 alle 18');
    expect(screen.getByRole('link', { name: 'Vai al contenuto principale' }).getAttribute('href')).toBe(
      '#main-content',
    );

    expect(await screen.findByText('Al momento non ci sono avvisi.')).toBeTruthy();
    expect(fetch.mock.calls[0][0]).toBe('/api/status');
    expect(screen.queryByTestId('maintenance-banner')).toBeNull();
    expect(document.title).toBe('Portale Operatori-Gestori');
  });

  it('lists the notices with their period in Rome time (gg/mm/aaaa hh:mm)', async () => {
    mockFetch(
      jsonResponse({
        maintenance: false,
        notices: [
          {
            id: 'n1',
            kind: 'PlannedIntervention',
            title: 'Intervento tecnico programmato',
            message: 'Il portale non sarà disponibile per un aggiornamento.',
            from: '2026-03-13T20:00:00Z',
            to: '2026-03-14T05:30:00+01:00',
          },
          {
            id: 'n2',
            kind: 'UnplannedIntervention',
            title: 'Interruzione del servizio',
            message: 'Il caricamento delle risposte è momentaneamente sospeso.',
            from: '2026-07-01T08:15:00Z',
          },
          { title: 'Nuova versione del manuale', message: 'È disponibile la versione 1.5.' },
        ],
      }),
    );
    renderApp('/');

    const first = (await screen.findByText('Intervento tecnico programmato')).closest('li')!;
    expect(first.textContent).toContain('Intervento programmato');
    expect(first.textContent).toContain('Dal 13/03/2026 21:00 al 14/03/2026 05:30');
    expect(first.textContent).toContain('Il portale non sarà disponibile per un aggiornamento.');
    expect(within(first).getByRole('heading', { level: 3 })).toBeTruthy();
    expect(first.querySelector('time')?.getAttribute('dateTime')).toBe('2026-03-13T20:00:00Z');

    const second = screen.getByText('Interruzione del servizio').closest('li')!;
    expect(second.textContent).toContain('Intervento non programmato');
    expect(second.textContent).toContain('Dal 01/07/2026 10:15');

    const third = screen.getByText('Nuova versione del manuale').closest('li')!;
    expect(third.textContent).not.toContain('Dal ');
    expect(screen.getAllByRole('listitem').filter((li) => li.closest('.notice-list'))).toHaveLength(3);
  });

  it('shows the maintenance banner when the portal is in maintenance', async () => {
    mockFetch(jsonResponse({ maintenance: true, notices: [] }));
    renderApp('/');

    const banner = await screen.findByTestId('maintenance-banner');
    expect(banner.textContent).toContain('Portale in manutenzione');
    expect(banner.textContent).toContain('dalle 01:00 alle 03:00');
    expect(banner.textContent).toContain('riprovare più tardi');
  });

  it('shows a polite notice when /api/status fails', async () => {
    mockFetch(new Response('', { status: 500 }));
    renderApp('/');

    const notice = await screen.findByTestId('status-error');
    expect(notice.getAttribute('role')).toBe('status');
    expect(notice.textContent).toContain('Al momento non è possibile mostrare gli avvisi');
    expect(screen.queryByTestId('maintenance-banner')).toBeNull();
  });

  it('shows the same notice when the network is down', async () => {
    mockFetch(new TypeError('Failed to fetch'));
    renderApp('/');
    expect(await screen.findByTestId('status-error')).toBeTruthy();
  });
});
