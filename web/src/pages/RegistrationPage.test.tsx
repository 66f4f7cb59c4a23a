import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { HOW_HEARD_CHOICES } from '../api/accounts';
import { jsonResponse, problemResponse } from '../test/fetchMock';
import { renderApp } from '../test/renderApp';
import { callsTo, knownChallenge, routeFetch } from '../test/routeFetch';

const ROMA = {
  code: 'H501',
  label: 'ROMA (RM)',
  kind: 'comune',
  name: 'ROMA',
  province: 'RM',
  region: 'Lazio',
  active: true,
};
const ALBANIA = {
  code: 'Z100',
  label: 'ALBANIA (ALB)',
  kind: 'foreign-state',
  name: 'ALBANIA',
  province: null,
  region: null,
  active: true,
};
const places = () => jsonResponse({ items: [ROMA], attribution: 'Fonte: ANPR' });
const captcha = async () => jsonResponse(await knownChallenge(11, 40));
const accepted = () =>
  jsonResponse(
    {
      message:
        "Richiesta di registrazione ricevuta. Riceverà all'indirizzo email indicato un messaggio automatico con " +
        "l'invito a confermare la registrazione.",
    },
    202,
  );

function type(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

async function chooseRoma() {
  type('Comune di nascita / Stato estero *', 'Rom');
  fireEvent.click(await screen.findByRole('option', { name: 'ROMA (RM)' }));
}

async function tickCaptcha() {
  fireEvent.click(screen.getByLabelText('Non sono un robot'));
  await screen.findByText('Verifica completata.');
}

async function fillAll() {
  type('Username *', 'maria.rossi');
  type('Nome *', 'Maria');
  type('Cognome *', 'Rossi');
  type('Email *', 'maria.rossi@example.com');
  type('Data di nascita *', '1985-12-10');
  fireEvent.change(screen.getByLabelText('Sesso *'), { target: { value: 'F' } });
  await chooseRoma();
  type('Codice Fiscale *', 'rssmra85t50h501s');
  type('Recapito mobile *', '+39 333 1234567');
  fireEvent.change(screen.getByLabelText('Come sei venuto a conoscenza del servizio? *'), {
    target: { value: 'Passaparola' },
  });
  fireEvent.click(screen.getByLabelText("Ho preso visione dell'Informativa Privacy *"));
  await tickCaptcha();
}

const save = () => fireEvent.click(screen.getByRole('button', { name: 'Salva' }));

describe('RegistrationPage', () => {
  it('is the manual\'s form, reached from the sign-in page, with the 14 "Come sei venuto a conoscenza" choices', () => {
    routeFetch({});
    renderApp('/accedi');
    fireEvent.click(screen.getAllByRole('link', { name: 'Nuova registrazione' }).at(-1)!);

    expect(screen.getByRole('heading', { level: 1, name: 'Registrazione nuovo utente' })).toBeTruthy();
    expect(document.title).toBe('Nuova registrazione - Portale Operatori-Gestori');
    expect(screen.queryByLabelText(/password/i)).toBeNull();
    expect(screen.getByText('Non inserire email PEC nel campo email')).toBeTruthy();
    expect(screen.getByText('Attenzione! NON inserire recapito fisso nel campo recapito mobile')).toBeTruthy();
    const choices = within(screen.getByLabelText('Come sei venuto a conoscenza del servizio? *')).getAllByRole(
      'option',
    );
    // The manual's 14 answers, first to last (ch. 2), as api/accounts.ts lists them for the API.
    expect(choices.slice(1).map((o) => o.textContent)).toEqual([...HOW_HEARD_CHOICES]);
    expect([HOW_HEARD_CHOICES.length, HOW_HEARD_CHOICES[0], HOW_HEARD_CHOICES[13]]).toEqual([
      14,
      'Contact Center autorità',
      'Altro',
    ]);
    expect(screen.getByRole('link', { name: /Informativa Privacy/ }).getAttribute('href')).toBe('/informativa-privacy');
    expect(screen.getByRole('link', { name: 'Indietro' }).getAttribute('href')).toBe('/accedi');
  });

  it("names every missing mandatory field next to it, in the API's words, without calling the API", () => {
    const fetch = routeFetch({});
    renderApp('/registrazione');
    save();

    expect(screen.getByTestId('registration-message').textContent).toBe(
      'Alcuni dati non sono validi: correggere i campi indicati.',
    );
    for (const [label, message] of [
      ['Username *', 'Inserire lo username'],
      ['Nome *', 'Inserire il nome'],
      ['Email *', "Inserire l'indirizzo email"],
      ['Data di nascita *', 'Inserire la data di nascita'],
      ['Sesso *', 'Selezionare il sesso'],
      ['Comune di nascita / Stato estero *', "Selezionare il comune di nascita o lo stato estero dall'elenco"],
      ['Codice Fiscale *', 'Inserire il codice fiscale'],
      ['Recapito mobile *', 'Inserire il recapito mobile'],
      ['Come sei venuto a conoscenza del servizio? *', 'Indicare come si è venuti a conoscenza del servizio'],
      [
        "Ho preso visione dell'Informativa Privacy *",
        "Per procedere è necessario prendere visione dell'Informativa Privacy",
      ],
    ]) {
      const input = screen.getByLabelText(label);
      expect(input.getAttribute('aria-invalid')).toBe('true');
      const error = document.getElementById(input.getAttribute('aria-describedby')!.split(' ').at(-1)!);
      expect(error?.textContent).toBe(message);
    }
    expect(screen.getByText('Inserire il flag nel campo "Controllo di sicurezza" ("Non sono un robot").')).toBeTruthy();
    expect(screen.getByLabelText('Recapito fisso').getAttribute('aria-invalid')).toBeNull();
    expect(fetch).not.toHaveBeenCalled();
  });

  it('searches places from the third letter and fills province and region from the chosen comune', async () => {
    const fetch = routeFetch({
      'GET /api/places': [places, () => jsonResponse({ items: [ALBANIA], attribution: 'Fonte: ANPR' })],
    });
    renderApp('/registrazione');
    const box = screen.getByRole('combobox', { name: 'Comune di nascita / Stato estero *' });

    fireEvent.change(box, { target: { value: 'Ro' } });
    await new Promise((r) => setTimeout(r, 400));
    expect(fetch).not.toHaveBeenCalled();
    expect(box.getAttribute('aria-expanded')).toBe('false');

    fireEvent.change(box, { target: { value: 'Rom' } });
    expect(await screen.findByRole('option', { name: 'ROMA (RM)' })).toBeTruthy();
    expect(callsTo(fetch, 'GET', '/api/places')[0].url.searchParams.get('q')).toBe('Rom');
    expect(box.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByText('1 risultato: usa le frecce per scegliere.')).toBeTruthy();

    fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(box.getAttribute('aria-activedescendant')).toBe(screen.getByRole('option', { name: 'ROMA (RM)' }).id);
    fireEvent.keyDown(box, { key: 'Enter' });
    expect((box as HTMLInputElement).value).toBe('ROMA (RM)');
    expect((screen.getByLabelText('Provincia di nascita') as HTMLInputElement).value).toBe('RM');
    expect((screen.getByLabelText('Regione di nascita') as HTMLInputElement).value).toBe('Lazio');
    expect(box.getAttribute('aria-expanded')).toBe('false');

    // A foreign state has neither province nor region.
    fireEvent.change(box, { target: { value: 'Alba' } });
    fireEvent.click(await screen.findByRole('option', { name: 'ALBANIA (ALB)' }));
    expect((screen.getByLabelText('Provincia di nascita') as HTMLInputElement).value).toBe('');
  });

  it('sends the form with the solved captcha and says what happens next', async () => {
    const fetch = routeFetch({
      'GET /api/places': places,
      'GET /api/captcha': captcha,
      'POST /api/accounts': accepted,
    });
    renderApp('/registrazione');
    await fillAll();
    save();

    expect((await screen.findByTestId('registration-done')).textContent).toContain(
      "l'invito a confermare la registrazione",
    );
    expect(screen.getByText(/Conferma Registrazione/)).toBeTruthy();
    const [sent] = callsTo(fetch, 'POST', '/api/accounts');
    // Who registers, the personal data, then the answers and consents.
    expect(sent.body).toMatchObject({
      username: 'maria.rossi',
      email: 'maria.rossi@example.com',
      mobile: '+39 333 1234567',
    });
    expect(sent.body).toMatchObject({ firstName: 'Maria', lastName: 'Rossi', birthDate: '1985-12-10', sex: 'F' });
    expect(sent.body).toMatchObject({
      fiscalCode: 'RSSMRA85T50H501S',
      birthplaceCode: 'H501',
      howHeard: 'Passaparola',
    });
    expect(sent.body).toMatchObject({ privacyConsent: true, fiscalCodeConfirmed: false });
    expect(sent.body?.landline).toBeUndefined();
    expect(JSON.parse(atob(String(sent.body?.captcha)))).toMatchObject({ number: 11, algorithm: 'SHA-256' });
  });

  it("shows the API's field errors next to each field", async () => {
    routeFetch({
      'GET /api/places': places,
      'GET /api/captcha': captcha,
      'POST /api/accounts': () =>
        problemResponse(
          {
            title: 'I dati inviati non sono validi: correggere i campi indicati.',
            code: 'validation-failed',
            errors: {
              email: ['Non è possibile registrarsi con un indirizzo PEC: inserire un indirizzo email ordinario'],
              mobile: [
                'Il recapito mobile non è un numero di cellulare italiano valido (es. 333 1234567 o +39 333 1234567)',
              ],
            },
          },
          422,
        ),
    });
    renderApp('/registrazione');
    await fillAll();
    save();

    expect(
      await screen.findByText(
        'Non è possibile registrarsi con un indirizzo PEC: inserire un indirizzo email ordinario',
      ),
    ).toBeTruthy();
    expect(screen.getByLabelText('Email *').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText('Email *').getAttribute('aria-describedby')).toContain('reg-email-error');
    expect(document.getElementById('reg-mobile-error')?.textContent).toContain(
      'non è un numero di cellulare italiano valido',
    );
    expect(screen.getByLabelText('Nome *').getAttribute('aria-invalid')).toBeNull();
    // Field rules come before the captcha: the solution is still good for the next try.
    expect((screen.getByLabelText('Non sono un robot') as HTMLInputElement).checked).toBe(true);
  });

  it('asks to confirm a codice fiscale inconsistent with the personal data, then saves confirmed', async () => {
    const fetch = routeFetch({
      'GET /api/places': places,
      'GET /api/captcha': captcha,
      'POST /api/accounts': [
        () =>
          problemResponse(
            {
              title:
                'Il codice fiscale inserito non sembra coerente con i dati anagrafici: verificarlo e confermarne la ' +
                'correttezza per procedere con il salvataggio.',
              code: 'fiscal-code-confirm',
              warnings: [
                {
                  field: 'fiscalCode',
                  mismatch: 'Birthplace',
                  message: 'Il luogo di nascita non corrisponde al codice fiscale',
                },
              ],
            },
            422,
          ),
        accepted,
      ],
    });
    renderApp('/registrazione');
    await fillAll();
    save();

    const box = await screen.findByTestId('registration-message');
    expect(box.textContent).toContain('non sembra coerente con i dati anagrafici');
    expect(box.textContent).toContain('Il luogo di nascita non corrisponde al codice fiscale');
    fireEvent.click(within(box).getByRole('button', { name: 'Confermo il Codice Fiscale e salvo' }));

    expect(await screen.findByTestId('registration-done')).toBeTruthy();
    const posts = callsTo(fetch, 'POST', '/api/accounts');
    expect(posts.map((p) => p.body?.fiscalCodeConfirmed)).toEqual([false, true]);
    expect(posts[1].body?.captcha).toBe(posts[0].body?.captcha);
  });

  it('drops the confirmation offer when a field behind the codice fiscale changes', async () => {
    routeFetch({
      'GET /api/places': places,
      'GET /api/captcha': captcha,
      'POST /api/accounts': () =>
        problemResponse({ title: 'Codice fiscale incoerente.', code: 'fiscal-code-confirm', warnings: [] }, 422),
    });
    renderApp('/registrazione');
    await fillAll();
    save();
    await screen.findByRole('button', { name: 'Confermo il Codice Fiscale e salvo' });
    type('Nome *', 'Marta');
    expect(screen.queryByRole('button', { name: 'Confermo il Codice Fiscale e salvo' })).toBeNull();
  });

  it('asks for the captcha again after an answer that used it (mobile already in use)', async () => {
    routeFetch({
      'GET /api/places': places,
      'GET /api/captcha': captcha,
      'POST /api/accounts': () =>
        problemResponse(
          {
            title:
              'Il recapito mobile è già associato a un altro codice fiscale: non è possibile abbinare lo stesso ' +
              'recapito mobile a più di un codice fiscale.',
            code: 'mobile-in-use',
            errors: { mobile: ['Il recapito mobile è già associato a un altro codice fiscale.'] },
          },
          409,
        ),
    });
    renderApp('/registrazione');
    await fillAll();
    save();

    expect((await screen.findByTestId('registration-message')).textContent).toContain(
      'già associato a un altro codice fiscale',
    );
    await waitFor(() => expect((screen.getByLabelText('Non sono un robot') as HTMLInputElement).checked).toBe(false));
    expect(document.getElementById('reg-mobile-error')?.textContent).toBe(
      'Il recapito mobile è già associato a un altro codice fiscale.',
    );
  });

  it('says so when the captcha cannot be fetched', async () => {
    routeFetch({ 'GET /api/captcha': () => new Response('', { status: 503 }) });
    renderApp('/registrazione');
    fireEvent.click(screen.getByLabelText('Non sono un robot'));
    expect(await screen.findByText(/temporaneamente non disponibile/)).toBeTruthy();
    expect((screen.getByLabelText('Non sono un robot') as HTMLInputElement).checked).toBe(false);
  });
});
