import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, problemResponse } from '../test/fetchMock';
import { renderApp } from '../test/renderApp';
import { callsTo, routeFetch } from '../test/routeFetch';

const PROFILE = {
  username: 'mario.rossi',
  firstName: 'Mario',
  lastName: 'Rossi',
  email: 'mario.rossi@example.com',
  birthDate: '1985-12-10',
  sex: 'M',
  birthplaceCode: 'H501',
  birthplaceLabel: 'ROMA (RM)',
  birthProvince: 'RM',
  birthRegion: 'Lazio',
  fiscalCode: 'RSSMRA85T10H501Z',
  mobile: '+393331234567',
  landline: null,
  howHeard: 'Passaparola',
  videoIdentified: false,
  passwordExpiresAt: '2026-05-01T00:00:00+02:00',
  companies: ['energia-demo'],
  companyNames: { 'energia-demo': 'Energia Demo S.p.A.' },
};

const value = (label: string) => (screen.getByLabelText(label) as HTMLInputElement).value;

describe('ProfilePage', () => {
  it('is linked from the operator bar; username, codice fiscale, email and mobile are read-only', async () => {
    routeFetch({
      'GET /api/me': () => jsonResponse(PROFILE),
      'GET /api/companies/energia-demo/badges': () => jsonResponse({ newLetters: 0, toWork: 0, cc: 0, reminders: 0 }),
    });
    renderApp('/area/energia-demo');
    await screen.findByRole('heading', { level: 1, name: 'Portale Operatori-Gestori' });
    fireEvent.click(await screen.findByRole('link', { name: 'Gestione profilo' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Modifica Profilo' })).toBeTruthy();
    expect(
      screen.getByText('Attenzione: non è possibile modificare username, Codice Fiscale ed e-mail inserita.'),
    ).toBeTruthy();
    expect((await screen.findByTestId('password-expiry')).textContent).toContain('la password scade il 01/05/2026');
    expect(await screen.findByDisplayValue('Mario')).toBeTruthy();
    for (const [label, shown] of [
      ['Username *', 'mario.rossi'],
      ['Email *', 'mario.rossi@example.com'],
      ['Codice Fiscale *', 'RSSMRA85T10H501Z'],
      ['Recapito mobile *', '+393331234567'],
    ]) {
      expect(value(label)).toBe(shown);
      expect(screen.getByLabelText(label).hasAttribute('readonly')).toBe(true);
    }
    expect(screen.getByLabelText('Nome *').hasAttribute('readonly')).toBe(false);
    expect(value('Comune di nascita / Stato estero *')).toBe('ROMA (RM)');
    expect(value('Provincia di nascita')).toBe('RM');
    expect(value('Data di nascita *')).toBe('1985-12-10');
    expect(value('Come sei venuto a conoscenza del servizio? *')).toBe('Passaparola');
    expect((screen.getByLabelText("Ho preso visione dell'Informativa Privacy *") as HTMLInputElement).checked).toBe(
      true,
    );
  });

  it('saves only the editable fields and confirms', async () => {
    const fetch = routeFetch({
      'GET /api/me': () => jsonResponse(PROFILE),
      'PUT /api/me': () => jsonResponse({ ...PROFILE, lastName: 'Rossi Bianchi', landline: '+390612345678' }),
    });
    renderApp('/area/profilo');
    fireEvent.change(await screen.findByLabelText('Cognome *'), { target: { value: 'Rossi Bianchi ' } });
    fireEvent.change(screen.getByLabelText('Recapito fisso'), { target: { value: '06 12345678' } });
    fireEvent.click(screen.getByRole('button', { name: 'Salva' }));

    expect((await screen.findByTestId('profile-message')).textContent).toBe(
      'Profilo aggiornato. Le abbiamo inviato una email di conferma della modifica.',
    );
    expect(value('Recapito fisso')).toBe('+390612345678');
    const [put] = callsTo(fetch, 'PUT', '/api/me');
    expect(put.body).toEqual({
      firstName: 'Mario',
      lastName: 'Rossi Bianchi',
      birthDate: '1985-12-10',
      sex: 'M',
      birthplaceCode: 'H501',
      landline: '06 12345678',
      howHeard: 'Passaparola',
      fiscalCodeConfirmed: false,
    });
  });

  it('checks the mandatory fields, shows API field errors and asks to confirm the codice fiscale', async () => {
    const fetch = routeFetch({
      'GET /api/me': () => jsonResponse(PROFILE),
      'PUT /api/me': [
        () =>
          problemResponse(
            {
              title: 'Alcuni dati non sono validi: correggere i campi indicati.',
              code: 'validation-failed',
              errors: {
                landline: ['Il recapito fisso non è un numero di telefono fisso italiano valido (es. 06 12345678)'],
              },
            },
            422,
          ),
        () =>
          problemResponse(
            {
              title: 'Il codice fiscale inserito non sembra coerente con i dati anagrafici.',
              code: 'fiscal-code-confirm',
              warnings: [{ field: 'fiscalCode', message: 'Il nome non corrisponde al codice fiscale' }],
            },
            422,
          ),
        () => jsonResponse({ ...PROFILE, firstName: 'Marco' }),
      ],
    });
    renderApp('/area/profilo');
    const first = await screen.findByLabelText('Nome *');
    fireEvent.change(first, { target: { value: ' ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Salva' }));
    expect(document.getElementById('reg-first-name-error')?.textContent).toBe('Inserire il nome');
    expect(callsTo(fetch, 'PUT', '/api/me')).toHaveLength(0);

    fireEvent.change(first, { target: { value: 'Marco' } });
    fireEvent.change(screen.getByLabelText('Recapito fisso'), { target: { value: '123' } });
    fireEvent.click(screen.getByRole('button', { name: 'Salva' }));
    expect((await screen.findByText(/non è un numero di telefono fisso italiano valido/)).id).toBe(
      'reg-landline-error',
    );

    fireEvent.change(screen.getByLabelText('Recapito fisso'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Salva' }));
    const box = await screen.findByText(/Il nome non corrisponde al codice fiscale/);
    fireEvent.click(
      within(box.closest('[data-testid="profile-message"]') as HTMLElement).getByRole('button', {
        name: 'Confermo il Codice Fiscale e salvo',
      }),
    );
    // The box already shows the codice fiscale warning: wait for the answer to the confirmed save.
    await waitFor(() => expect(screen.getByTestId('profile-message').textContent).toContain('Profilo aggiornato.'));
    expect(callsTo(fetch, 'PUT', '/api/me').map((c) => c.body?.fiscalCodeConfirmed)).toEqual([false, false, true]);
  });
});

describe('Cambio Password (Gestione profilo)', () => {
  it('changes the password of the signed-in user with the session, without a challenge', async () => {
    const fetch = routeFetch({
      'GET /api/me': () => jsonResponse(PROFILE),
      'POST /api/auth/password': [
        () =>
          problemResponse(
            {
              title: 'La password non rispetta le regole.',
              code: 'password-invalid',
              errors: { newPassword: ['La password non deve contenere username, nome o cognome'] },
            },
            422,
          ),
        () => jsonResponse({ message: 'La password è stata modificata con successo!' }),
      ],
    });
    renderApp('/area/profilo');
    fireEvent.click(await screen.findByRole('link', { name: 'Cambio Password' }));
    const fill = (next: string) => {
      fireEvent.change(screen.getByLabelText('Password attuale *'), { target: { value: 'Vecchia#2026' } });
      fireEvent.change(screen.getByLabelText('Nuova password *'), { target: { value: next } });
      fireEvent.change(screen.getByLabelText('Conferma password *'), { target: { value: next } });
      fireEvent.click(screen.getByRole('button', { name: 'Modifica password' }));
    };
    fill('Mario#2026x');
    expect(
      (
        await screen.findByText('La password non deve contenere username, nome o cognome', {
          selector: '.invalid-feedback',
        })
      ).id,
    ).toBe('newPassword-error');

    fill('Kq7!mZp2#Wx');
    expect((await screen.findByTestId('password-changed')).textContent).toBe(
      'La password è stata modificata con successo!',
    );
    expect(screen.queryByLabelText('Nuova password *')).toBeNull();
    const posts = callsTo(fetch, 'POST', '/api/auth/password');
    expect(posts[1].body).toEqual({
      currentPassword: 'Vecchia#2026',
      newPassword: 'Kq7!mZp2#Wx',
      confirmPassword: 'Kq7!mZp2#Wx',
    });
  });
});
