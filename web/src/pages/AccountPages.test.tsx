import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, problemResponse } from '../test/fetchMock';
import { renderApp } from '../test/renderApp';
import { callsTo, knownChallenge, routeFetch } from '../test/routeFetch';

const captcha = async () => jsonResponse(await knownChallenge(5, 30));
const INVALID_LINK = 'Il link non è valido, è già stato utilizzato oppure è scaduto.';
const TOKEN = 'a'.repeat(64);

async function tickCaptcha() {
  fireEvent.click(screen.getByLabelText('Non sono un robot'));
  await screen.findByText('Verifica completata.');
}

describe('email link pages', () => {
  it('confirms the registration with the link token and shows the API message', async () => {
    const fetch = routeFetch({
      'GET /api/accounts/confirm': () =>
        jsonResponse({
          message:
            'Registrazione confermata. Riceverà una email contenente lo Username e la Password temporanea per ' +
            'effettuare il primo accesso.',
        }),
    });
    renderApp(`/registrazione/conferma?token=${TOKEN}`);

    expect((await screen.findByTestId('confirm-message')).textContent).toContain('Registrazione confermata.');
    expect(screen.getByRole('link', { name: 'Vai alla pagina di accesso' }).getAttribute('href')).toBe('/accedi');
    const calls = callsTo(fetch, 'GET', '/api/accounts/confirm');
    expect(calls).toHaveLength(1);
    expect(calls[0].url.searchParams.get('token')).toBe(TOKEN);
  });

  it('shows the invalid-link error', async () => {
    routeFetch({
      'GET /api/accounts/confirm': () => problemResponse({ title: INVALID_LINK, code: 'link-invalid' }, 404),
    });
    renderApp('/registrazione/conferma?token=used');
    expect((await screen.findByTestId('confirm-error')).textContent).toBe(INVALID_LINK);
    expect(screen.queryByTestId('confirm-message')).toBeNull();
  });

  it('confirms the change of mobile and leads to the sign-in', async () => {
    const fetch = routeFetch({
      'GET /api/accounts/mobile-change/confirm': () =>
        jsonResponse({
          message:
            'Modifica del recapito mobile confermata: al prossimo accesso le sarà richiesto di inserire il nuovo ' +
            'recapito mobile.',
        }),
    });
    renderApp(`/modifica-recapito-mobile/conferma?token=${TOKEN}`);
    expect((await screen.findByTestId('confirm-message')).textContent).toContain(
      'Modifica del recapito mobile confermata',
    );
    expect(screen.getByRole('link', { name: 'Accedi al Portale' }).getAttribute('href')).toBe('/accedi');
    expect(callsTo(fetch, 'GET', '/api/accounts/mobile-change/confirm')[0].url.searchParams.get('token')).toBe(TOKEN);
  });
});

describe('Recupero username e password', () => {
  it('asks for the email and the captcha before calling the API', () => {
    const fetch = routeFetch({});
    renderApp('/recupero-username');
    fireEvent.click(screen.getByRole('button', { name: 'Recupera' }));
    expect(document.getElementById('recover-email-error')?.textContent).toBe("Inserire l'indirizzo email");
    expect(
      screen.getByText('Inserire il flag nel campo "Controllo di sicurezza" ("Non sono un robot").', {
        selector: '.invalid-feedback',
      }),
    ).toBeTruthy();
    expect(fetch).not.toHaveBeenCalled();
  });

  it('recovers the username by email and shows the neutral answer', async () => {
    const message =
      "Se l'indirizzo email è associato ad almeno un account, riceverà a breve un messaggio con l'elenco degli " +
      'username.';
    const fetch = routeFetch({
      'GET /api/captcha': captcha,
      'POST /api/accounts/recover-username': () => jsonResponse({ message }, 202),
    });
    renderApp('/accedi');
    fireEvent.click(screen.getByRole('link', { name: 'Hai dimenticato lo username?' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Recupera Username' })).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Email *'), { target: { value: ' mario@example.com ' } });
    await tickCaptcha();
    fireEvent.click(screen.getByRole('button', { name: 'Recupera' }));

    expect((await screen.findByTestId('request-done')).textContent).toBe(message);
    const [sent] = callsTo(fetch, 'POST', '/api/accounts/recover-username');
    expect(sent.body?.email).toBe('mario@example.com');
    expect(JSON.parse(atob(String(sent.body?.captcha))).number).toBe(5);
  });

  it('recovers the password by username', async () => {
    const message =
      "Se lo username è registrato, riceverà all'indirizzo email associato un messaggio con una password temporanea.";
    const fetch = routeFetch({
      'GET /api/captcha': captcha,
      'POST /api/accounts/recover-password': () => jsonResponse({ message }, 202),
    });
    renderApp('/accedi');
    fireEvent.click(screen.getByRole('link', { name: 'Hai dimenticato la password o la tua password è scaduta?' }));
    fireEvent.change(screen.getByLabelText('Username *'), { target: { value: 'mario.rossi' } });
    await tickCaptcha();
    fireEvent.click(screen.getByRole('button', { name: 'Recupera' }));

    expect((await screen.findByTestId('request-done')).textContent).toBe(message);
    expect(callsTo(fetch, 'POST', '/api/accounts/recover-password')[0].body?.username).toBe('mario.rossi');
  });

  it('shows a refused captcha and asks for it again', async () => {
    const failed = 'Controllo di sicurezza non superato: ripetere il controllo "Non sono un robot".';
    routeFetch({
      'GET /api/captcha': captcha,
      'POST /api/accounts/recover-password': () =>
        problemResponse({ title: failed, code: 'captcha-invalid', errors: { captcha: [failed] } }, 400),
    });
    renderApp('/recupero-password');
    fireEvent.change(screen.getByLabelText('Username *'), { target: { value: 'mario.rossi' } });
    await tickCaptcha();
    fireEvent.click(screen.getByRole('button', { name: 'Recupera' }));

    expect((await screen.findByTestId('request-error')).textContent).toBe(failed);
    await waitFor(() => expect((screen.getByLabelText('Non sono un robot') as HTMLInputElement).checked).toBe(false));
  });
});

describe('Modifica recapito mobile', () => {
  const warning =
    'Attenzione! Al profilo per cui si richiede la modifica è associata una video-identificazione valida per il ' +
    'Servizio Conciliazione. La variazione del recapito mobile può generare errori.\nPer proseguire con la modifica ' +
    'spuntare la casella "Conferma presa visione".';

  it('is reached from the OTP page and, with a video identification, requires "Conferma presa visione"', async () => {
    const fetch = routeFetch({
      'POST /api/auth/login': () => jsonResponse({ next: 'otp', challengeId: 'c1' }),
      'GET /api/captcha': captcha,
      'POST /api/accounts/mobile-change': [
        () => problemResponse({ title: warning, code: 'acknowledgement-required', warning }, 409),
        () =>
          jsonResponse(
            {
              message:
                'Se lo username è registrato, riceverà all\'indirizzo email associato il link "Conferma modifica ' +
                'recapito mobile".',
            },
            202,
          ),
      ],
    });
    renderApp('/accedi');
    fireEvent.change(screen.getByLabelText('Username *'), { target: { value: 'mario.rossi' } });
    fireEvent.change(screen.getByLabelText('Password *'), { target: { value: 'Segreta!1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Accedi' }));
    fireEvent.click(await screen.findByRole('link', { name: 'Hai cambiato il recapito mobile?' }));

    expect(screen.getByRole('heading', { level: 1, name: 'Modifica recapito mobile' })).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Username *'), { target: { value: 'mario.rossi' } });
    await tickCaptcha();
    fireEvent.click(screen.getByRole('button', { name: 'Conferma' }));

    expect((await screen.findByTestId('mobile-warning')).textContent).toContain('video-identificazione valida');
    await waitFor(() => expect((screen.getByLabelText('Non sono un robot') as HTMLInputElement).checked).toBe(false));
    await tickCaptcha();
    fireEvent.click(screen.getByRole('button', { name: 'Conferma' }));
    expect(screen.getByTestId('request-error').textContent).toBe(
      'Per proseguire con la modifica spuntare la casella "Conferma presa visione".',
    );

    fireEvent.click(screen.getByLabelText('Conferma presa visione'));
    fireEvent.click(screen.getByRole('button', { name: 'Conferma' }));
    expect((await screen.findByTestId('request-done')).textContent).toContain('Conferma modifica recapito mobile');
    expect(callsTo(fetch, 'POST', '/api/accounts/mobile-change').map((c) => c.body?.acknowledged)).toEqual([
      false,
      true,
    ]);
  });
});

describe('Nuovo recapito mobile (sign-in step)', () => {
  function signIn() {
    renderApp('/accedi');
    fireEvent.change(screen.getByLabelText('Username *'), { target: { value: 'mario.rossi' } });
    fireEvent.change(screen.getByLabelText('Password *'), { target: { value: 'Segreta!1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Accedi' }));
  }

  it('sends the new number with the challenge and goes on to the OTP', async () => {
    const fetch = routeFetch({
      'POST /api/auth/login': () => jsonResponse({ next: 'new-mobile', challengeId: 'c1' }),
      'POST /api/auth/mobile': () => jsonResponse({ next: 'otp', challengeId: 'c2' }),
    });
    signIn();
    const mobile = await screen.findByLabelText('Recapito mobile *');
    expect((screen.getByLabelText('Username') as HTMLInputElement).value).toBe('mario.rossi');
    fireEvent.click(screen.getByRole('button', { name: 'Invia codice' }));
    expect(document.getElementById('nm-mobile-error')?.textContent).toBe('Inserire il recapito mobile');

    fireEvent.change(mobile, { target: { value: '333 7654321' } });
    fireEvent.click(screen.getByRole('button', { name: 'Invia codice' }));
    expect(await screen.findByLabelText("Inserire l'OTP *")).toBeTruthy();
    expect(callsTo(fetch, 'POST', '/api/auth/mobile')[0].body).toEqual({ challengeId: 'c1', mobile: '333 7654321' });
  });

  it('shows a number already used by another codice fiscale next to the field', async () => {
    const inUse =
      'Il recapito mobile è già associato a un altro codice fiscale: non è possibile abbinare lo stesso recapito ' +
      'mobile a più di un codice fiscale.';
    routeFetch({
      'POST /api/auth/login': () => jsonResponse({ next: 'new-mobile', challengeId: 'c1' }),
      'POST /api/auth/mobile': () =>
        problemResponse({ title: inUse, code: 'mobile-in-use', errors: { mobile: [inUse] } }, 409),
    });
    signIn();
    fireEvent.change(await screen.findByLabelText('Recapito mobile *'), { target: { value: '3337654321' } });
    fireEvent.click(screen.getByRole('button', { name: 'Invia codice' }));
    expect((await screen.findByTestId('new-mobile-error')).textContent).toBe(inUse);
    expect(screen.getByLabelText('Recapito mobile *').getAttribute('aria-invalid')).toBe('true');
  });

  it('sends a deep link without a sign-in in progress back to the login', () => {
    routeFetch({});
    renderApp('/accedi/nuovo-cellulare');
    expect(screen.getByLabelText('Password *')).toBeTruthy();
  });
});

describe('Codice del recapito attuale (sign-in step after a confirmed change of mobile)', () => {
  function signIn() {
    renderApp('/accedi');
    fireEvent.change(screen.getByLabelText('Username *'), { target: { value: 'mario.rossi' } });
    fireEvent.change(screen.getByLabelText('Password *'), { target: { value: 'Segreta!1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Accedi' }));
  }

  it('asks for the current number code, says when the change opens without it, then for the new number', async () => {
    const fetch = routeFetch({
      'POST /api/auth/login': () =>
        jsonResponse({ next: 'old-mobile', challengeId: 'c1', mobileChangeOpensAt: '2026-03-13T09:00:00Z' }),
      'POST /api/auth/otp': () => jsonResponse({ next: 'new-mobile', challengeId: 'c1' }),
    });
    signIn();
    expect((await screen.findByTestId('otp-old-mobile')).textContent).toBe(
      'È stata confermata la modifica del recapito mobile: inserire il codice inviato via SMS al recapito mobile ' +
        'attuale; se questo non è più raggiungibile, la modifica sarà possibile dal 13/03/2026 alle 10:00.',
    );
    fireEvent.change(screen.getByLabelText("Inserire l'OTP *"), { target: { value: '123456' } });
    fireEvent.click(screen.getByRole('button', { name: 'Prosegui' }));
    expect(await screen.findByLabelText('Recapito mobile *')).toBeTruthy();
    expect((screen.getByLabelText('Username') as HTMLInputElement).value).toBe('mario.rossi');
    expect(callsTo(fetch, 'POST', '/api/auth/otp')[0].body).toEqual({ challengeId: 'c1', code: '123456' });
  });

  it('names the help desk when only its approval opens the change', async () => {
    routeFetch({
      'POST /api/auth/login': () => jsonResponse({ next: 'old-mobile', challengeId: 'c1', mobileChangeOpensAt: null }),
    });
    signIn();
    expect((await screen.findByTestId('otp-old-mobile')).textContent).toContain(
      "la modifica richiede l'approvazione dell'Help Desk (assistenzaotp-accesso@acquirenteunico.it).",
    );
  });
});

describe('Accesso dopo ripetuti errori', () => {
  it('shows the captcha when the API asks for it and sends its solution with the next attempt', async () => {
    const required =
      'Per motivi di sicurezza, dopo ripetuti tentativi di accesso non riusciti, è necessario completare il ' +
      'controllo "Non sono un robot" per accedere.';
    let attempts = 0;
    const fetch = routeFetch({
      'GET /api/captcha': captcha,
      'POST /api/auth/login': () =>
        ++attempts === 1
          ? problemResponse({ title: required, code: 'captcha-required', errors: { captcha: [required] } }, 400)
          : jsonResponse({ next: 'otp', challengeId: 'c1' }),
    });
    renderApp('/accedi');
    expect(screen.queryByLabelText('Non sono un robot')).toBeNull();
    fireEvent.change(screen.getByLabelText('Username *'), { target: { value: 'mario.rossi' } });
    fireEvent.change(screen.getByLabelText('Password *'), { target: { value: 'Segreta!1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Accedi' }));
    expect((await screen.findByTestId('login-error')).textContent).toBe(required);

    await tickCaptcha();
    fireEvent.change(screen.getByLabelText('Password *'), { target: { value: 'Segreta!1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Accedi' }));
    expect(await screen.findByLabelText("Inserire l'OTP *")).toBeTruthy();
    const sent = callsTo(fetch, 'POST', '/api/auth/login').map((c) => c.body?.captcha);
    expect(sent[0]).toBeUndefined();
    expect(typeof sent[1]).toBe('string');
  });
});
