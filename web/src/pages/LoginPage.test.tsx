import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockFetch, problemResponse } from '../test/fetchMock';
import { renderApp } from '../test/renderApp';

function fill(username: string, password: string) {
  fireEvent.change(screen.getByLabelText('Username *'), { target: { value: username } });
  fireEvent.change(screen.getByLabelText('Password *'), { target: { value: password } });
}

function submit() {
  fireEvent.click(screen.getByRole('button', { name: 'Accedi' }));
}

describe('LoginPage', () => {
  it('is a real form with the manual links, reachable by deep link', () => {
    mockFetch();
    renderApp('/accedi');

    expect(screen.getByRole('heading', { level: 1 }).textContent).toContain('Accesso al Portale dello Sportello');
    expect(screen.getByLabelText('Username *').getAttribute('autocomplete')).toBe('username');
    expect(screen.getByLabelText('Password *').getAttribute('type')).toBe('password');
    expect(screen.getByRole('link', { name: 'Hai dimenticato lo username?' }).getAttribute('href')).toBe(
      '/recupero-username',
    );
    expect(
      screen
        .getByRole('link', { name: 'Hai dimenticato la password o la tua password è scaduta?' })
        .getAttribute('href'),
    ).toBe('/recupero-password');
    expect(screen.getAllByRole('link', { name: 'Nuova registrazione' }).length).toBeGreaterThan(0);
    expect(document.title).toBe('Accedi - Portale Operatori-Gestori');
  });

  it('asks for the missing fields without calling the API', () => {
    const fetch = mockFetch();
    renderApp('/accedi');
    submit();

    expect(screen.getByText('Inserire lo username.')).toBeTruthy();
    expect(screen.getByText('Inserire la password.')).toBeTruthy();
    expect(screen.getByLabelText('Username *').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText('Username *').getAttribute('aria-describedby')).toContain('username-error');
    expect(document.activeElement?.id).toBe('username');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('posts the credentials and shows the problem title on error', async () => {
    const fetch = mockFetch(
      problemResponse({ title: 'Username o password non corretti.', code: 'credentials-invalid' }, 401),
    );
    renderApp('/accedi');
    fill(' mario.rossi ', 'Segreta!1');
    submit();

    expect((await screen.findByTestId('login-error')).textContent).toBe('Username o password non corretti.');
    const [url, init] = fetch.mock.calls[0];
    expect(url).toBe('/api/auth/login');
    expect(JSON.parse(String(init?.body))).toEqual({ username: 'mario.rossi', password: 'Segreta!1' });
    expect((screen.getByLabelText('Password *') as HTMLInputElement).value).toBe('');
  });

  it('says the service is not available yet when the API answers 404', async () => {
    mockFetch(new Response('', { status: 404 }));
    renderApp('/accedi');
    fill('mario.rossi', 'Segreta!1');
    submit();

    expect((await screen.findByTestId('login-error')).textContent).toBe('Servizio non ancora disponibile.');
  });

  it('goes on to the OTP step after valid credentials', async () => {
    mockFetch(jsonResponse({ next: 'otp', challengeId: 'abc' }));
    renderApp('/accedi');
    fill('mario.rossi', 'Segreta!1');
    submit();

    const otp = await screen.findByLabelText("Inserire l'OTP *");
    // The one thing to do next: the code field has the focus, and is a text field the kit draws.
    await waitFor(() => expect(document.activeElement).toBe(otp));
    expect(otp.getAttribute('type')).toBe('text');
  });

  it('shows and hides the password on request', () => {
    mockFetch();
    renderApp('/accedi');
    const toggle = screen.getByRole('button', { name: 'Mostra password' });
    fireEvent.click(toggle);
    expect(screen.getByLabelText('Password *').getAttribute('type')).toBe('text');
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
  });
});
