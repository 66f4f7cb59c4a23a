import { fireEvent, screen, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openArea, serveOperatorApi } from '../test/operatorApi';
import { renderApp } from '../test/renderApp';

afterEach(() => vi.unstubAllGlobals());

/** The documents as the site serves them: the real files of web/public/documenti. */
function documentResponse(url: string) {
  if (!url.startsWith('/documenti/') || !url.endsWith('.md')) return undefined;
  const text = readFileSync(resolve(__dirname, '../../public', url.slice(1)), 'utf8');
  return new Response(text, { status: 200, headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
}

describe('Manuale e Moduli (manual 6.10)', () => {
  it('has a tile on the area page and an entry in the Menù', async () => {
    openArea();
    const tile = await screen.findByTestId('tile-manual');
    expect(tile.getAttribute('href')).toBe('/area/energia-demo/manuale-e-moduli');
    expect(tile.textContent).toContain('Manuale e Moduli');
    fireEvent.click(tile);
    fireEvent.click(await screen.findByRole('button', { name: /Menù/ }));
    const menu = screen.getByRole('navigation', { name: 'Menù delle sezioni' });
    const entry = within(menu).getByRole('link', { name: 'Manuale e Moduli' });
    expect(entry.getAttribute('aria-current')).toBe('page');
  });

  it('shows the manual of the portal as HTML, with both PDFs to download', async () => {
    serveOperatorApi(documentResponse);
    renderApp('/area/energia-demo/manuale-e-moduli');

    expect(await screen.findByRole('heading', { level: 1, name: 'Manuale e Moduli' })).toBeTruthy();
    const manual = await screen.findByRole('article', { name: 'Manuale del Portale Operatori-Gestori' });
    // One h1 on the page: the manual's headings sit one level under the section's title.
    expect(
      within(manual).getByRole('heading', { level: 2, name: 'Manuale del Portale Operatori-Gestori' }),
    ).toBeTruthy();
    expect(within(manual).getByRole('heading', { level: 4, name: '4.2 Lettere scaricate da lavorare' })).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(manual.innerHTML).not.toContain('**');
    const faq = within(manual).getAllByRole('link', { name: 'FAQ' })[0];
    expect(faq.getAttribute('href')).toBe('/faq#codice-otp');
    const pdf = screen.getByRole('link', { name: 'Scarica il manuale (PDF)' });
    expect(pdf.getAttribute('href')).toBe('/documenti/manuale-portale-operatori-gestori.pdf');
    expect(pdf.hasAttribute('download')).toBe(true);
    const form = screen.getByRole('link', { name: /modulo di richiesta abilitazione\/disabilitazione referenti/ });
    expect(form.getAttribute('href')).toBe('/documenti/modulo-abilitazione-referenti.pdf');
  });

  it('says so when the document cannot be read (the site answered its index page)', async () => {
    serveOperatorApi((url) =>
      url.endsWith('.md') ? new Response('<!doctype html>', { headers: { 'Content-Type': 'text/html' } }) : undefined,
    );
    renderApp('/area/energia-demo/manuale-e-moduli');
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(screen.queryByRole('article')).toBeNull();
  });
});

describe('Informativa Privacy and FAQ', () => {
  it('shows the art. 13 GDPR notice from its Markdown file, linked from registration', async () => {
    serveOperatorApi(documentResponse);
    renderApp('/informativa-privacy');
    const page = await screen.findByRole('article', { name: 'Informativa Privacy' });
    expect(within(page).getByRole('heading', { level: 1, name: 'Informativa Privacy' })).toBeTruthy();
    expect(page.textContent).toContain('art. 13 del Regolamento (UE) 2016/679');
    expect(within(page).getByRole('heading', { name: "Diritti dell'interessato" })).toBeTruthy();
  });

  it('shows the FAQ the OTP page points to, its OTP questions first', async () => {
    serveOperatorApi(documentResponse);
    renderApp('/faq#codice-otp');
    const page = await screen.findByRole('article', { name: 'FAQ' });
    const otp = within(page).getByRole('heading', { level: 2, name: 'Codice OTP' });
    expect(otp.id).toBe('codice-otp');
    expect(
      within(page).getByRole('heading', { name: 'Hai bisogno di assistenza tecnica per il codice OTP?' }),
    ).toBeTruthy();
    expect(
      within(page).getByRole('link', { name: 'assistenzaotp-accesso@acquirenteunico.it' }).getAttribute('href'),
    ).toBe('mailto:assistenzaotp-accesso@acquirenteunico.it');
  });
});
