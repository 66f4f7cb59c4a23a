import { fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { App } from '../App';
import { jsonResponse, mockFetch, problemResponse } from '../test/fetchMock';

function renderStep(path: string) {
  return render(
    <MemoryRouter initialEntries={[{ pathname: path, state: { challengeId: 'ch1', username: 'mario.rossi' } }]}>
      <App />
    </MemoryRouter>,
  );
}

describe('OTP page', () => {
  it('shows the attempts left after a wrong code', async () => {
    mockFetch(problemResponse({ title: 'Codice OTP non valido.', code: 'otp-invalid', attemptsLeft: 3 }, 400));
    renderStep('/accedi/otp');
    fireEvent.change(screen.getByLabelText("Inserire l'OTP *"), { target: { value: '123456' } });
    fireEvent.click(screen.getByRole('button', { name: 'Prosegui' }));
    expect((await screen.findByTestId('otp-error')).textContent).toBe('Codice OTP non valido. Tentativi rimasti: 3.');
  });

  it('asks for six digits before calling the API', () => {
    const fetch = mockFetch();
    renderStep('/accedi/otp');
    fireEvent.change(screen.getByLabelText("Inserire l'OTP *"), { target: { value: '12a3' } });
    fireEvent.click(screen.getByRole('button', { name: 'Prosegui' }));
    expect(screen.getByTestId('otp-error').textContent).toBe('Il codice OTP è composto da 6 cifre.');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('shows the re-send limit from the API', async () => {
    mockFetch(problemResponse({ title: 'Hai raggiunto il numero massimo di reinvii.', code: 'otp-resend-limit' }, 429));
    renderStep('/accedi/otp');
    expect(screen.getByText('Previsti massimo n.3 reinvii del codice OTP')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Reinvia codice OTP' }));
    expect((await screen.findByTestId('otp-error')).textContent).toBe('Hai raggiunto il numero massimo di reinvii.');
  });

  it('sends a direct visit without a challenge back to the sign-in', () => {
    mockFetch();
    render(
      <MemoryRouter initialEntries={['/accedi/otp']}>
        <App />
      </MemoryRouter>,
    );
    expect(screen.getByLabelText('Username *')).toBeTruthy();
  });
});

describe('Modifica Password page', () => {
  it('shows the live strength and the field errors from the API', async () => {
    const fetch = mockFetch(
      problemResponse(
        {
          title: 'La password non rispetta i requisiti.',
          code: 'password-invalid',
          errors: { newPassword: ['La password non deve contenere username, nome o cognome'] },
        },
        422,
      ),
    );
    renderStep('/accedi/cambio-password');
    expect((screen.getByLabelText('Username') as HTMLInputElement).value).toBe('mario.rossi');
    fireEvent.change(screen.getByLabelText('Password attuale *'), { target: { value: 'Vecchia!1' } });
    fireEvent.change(screen.getByLabelText('Nuova password *'), { target: { value: 'Mario.rossi#2026' } });
    expect(screen.getByTestId('password-strength').textContent).toBe('Forza password: Forte');
    fireEvent.change(screen.getByLabelText('Conferma password *'), { target: { value: 'Mario.rossi#2026' } });
    fireEvent.click(screen.getByRole('button', { name: 'Modifica password' }));
    expect((await screen.findByTestId('password-error')).textContent).toContain(
      'La password non rispetta i requisiti.',
    );
    expect(
      screen.getByText('La password non deve contenere username, nome o cognome', { selector: '.invalid-feedback' }),
    ).toBeTruthy();
    expect(JSON.parse(String(fetch.mock.calls[0][1]?.body))).toEqual({
      challengeId: 'ch1',
      currentPassword: 'Vecchia!1',
      newPassword: 'Mario.rossi#2026',
      confirmPassword: 'Mario.rossi#2026',
    });
  });

  it('goes on to the OTP with the new challenge', async () => {
    mockFetch(jsonResponse({ next: 'otp', challengeId: 'ch2' }));
    renderStep('/accedi/cambio-password');
    fireEvent.click(screen.getByRole('button', { name: 'Modifica password' }));
    expect(await screen.findByLabelText("Inserire l'OTP *")).toBeTruthy();
  });
});
