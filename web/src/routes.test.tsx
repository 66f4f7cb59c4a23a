import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse } from './test/fetchMock';
import { serveOperatorApi } from './test/operatorApi';
import { currentLocation, renderApp } from './test/renderApp';
import { OTHER_SECTIONS, SECTIONS } from './pages/sections';
import { areaPath, screenAt, SCREEN_PATHS, SCREENS } from './routes';

afterEach(() => vi.unstubAllGlobals());

const EMPTY_PAGE = { items: [], nextCursor: null, total: 0 };

/** Every list the area's screens read answers empty: the tests look at where the router goes. */
function serveEmptyArea() {
  serveOperatorApi((url) =>
    url.endsWith('/badges')
      ? jsonResponse({ newLetters: 0, toWork: 0, cc: 0, reminders: 0 })
      : jsonResponse(EMPTY_PAGE),
  );
}

describe('addresses of the operator area', () => {
  it('are Italian, one per screen, none left in English', () => {
    expect(Object.values(SCREEN_PATHS)).toEqual([
      'nuove-lettere',
      'lettere-da-lavorare',
      'copia-conoscenza',
      'archivio',
      'solleciti',
      'comunicazioni-libere',
      'invii-falliti',
      'ricerca-lettere',
      'report',
      'manuale-e-moduli',
    ]);
    expect(areaPath('energia demo', 'reminders')).toBe('/area/energia%20demo/solleciti');
    expect(areaPath('energia-demo')).toBe('/area/energia-demo');
    expect(areaPath()).toBe('/area');
    expect(screenAt('invii-falliti')).toBe('failed-uploads');
    expect(screenAt('failed-uploads')).toBeUndefined();
  });

  it.each(SCREENS)('sends the old English address …/%s on to the Italian one, query and fragment kept', async (old) => {
    serveEmptyArea();
    renderApp(`/area/energia-demo/${old}?da=segnalibro#inizio`);
    await waitFor(() => expect(currentLocation()).toBe(`/area/energia-demo/${SCREEN_PATHS[old]}?da=segnalibro#inizio`));
    const title = [...SECTIONS, ...OTHER_SECTIONS].find((s) => s.id === old)?.title;
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe(title);
  });

  it('opens each screen at its Italian address', async () => {
    serveEmptyArea();
    renderApp('/area/energia-demo/lettere-da-lavorare');
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('Lettere scaricate da lavorare');
    expect(currentLocation()).toBe('/area/energia-demo/lettere-da-lavorare');
  });

  it('leads an unknown section back to the company area', async () => {
    serveEmptyArea();
    renderApp('/area/energia-demo/sconosciuta');
    await waitFor(() => expect(currentLocation()).toBe('/area/energia-demo'));
  });
});
