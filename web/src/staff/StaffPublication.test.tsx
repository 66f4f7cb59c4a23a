import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse } from '../test/fetchMock';
import { routeFetch } from '../test/routeFetch';
import { renderApp } from '../test/renderApp';
import { progressText } from './StaffDownloadButton';

const json = (body: unknown, status = 200) =>
  jsonResponse(body, status, status >= 400 ? 'application/problem+json' : 'application/json');

function signedInAs(name: string, roles: string[]) {
  const part = (value: object) =>
    btoa(JSON.stringify(value)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  const exp = Math.floor(Date.now() / 1000) + 3600;
  sessionStorage.setItem('portale.sportello.token', `${part({ alg: 'HS256' })}.${part({ name, roles, exp })}.sig`);
}

const CONSOLE = {
  'GET /api/staff-console': () => json({ clientId: null, authority: null, scope: null, developmentSignIn: true }),
  'GET /api/status': () => json({ maintenance: false, notices: [] }),
  'GET /api/backoffice/companies': () =>
    json({
      items: [
        { id: 'ENEL01', name: 'Enel Energia', vatNumber: '01', pecAddress: 'a@pec.it', sectors: ['energy'] },
        { id: 'ACEA02', name: 'Acea Acqua', vatNumber: '02', pecAddress: 'b@pec.it', sectors: ['water'] },
      ],
    }),
};

const LETTER = {
  name: 'L-P-26-0000001_01.PDF',
  publishedAt: '2026-11-02T02:00:00Z',
  recipient: 'TO',
  section: 'archive',
  caseId: 'C1',
  practiceType: 'Reclamo',
  utility: 'U1',
  serviceType: 'elettrico',
  serviceTypeLabel: 'Elettrico',
  topic: 'Fatturazione',
  subTopic: 'Conguaglio',
  customerName: 'Mario Rossi',
  supplyAddress: 'Via Roma 1',
  hash: 'ab'.repeat(32),
  sector: 'energy',
  termWorkingDays: 30,
  extensionChoices: [],
  specialProcedure: false,
  downloadedAt: '2026-11-03T09:00:00Z',
  downloadedBy: 'mario.rossi',
  answerName: 'R-P-26-0000001_01.PDF',
  answeredAt: '2026-11-10T09:00:00Z',
  answeredBy: 'mario.rossi',
  answerUploadId: 'up1',
  completeness: null,
};

const fieldOf = (label: string) => screen.getByLabelText(label) as HTMLInputElement;

beforeEach(() => sessionStorage.clear());

describe('publication', () => {
  it('sends every field and the PDF, and on a refusal shows each message under its field keeping them', async () => {
    signedInAs('Bruno Back', ['BackOffice']);
    const fetch = routeFetch({
      ...CONSOLE,
      'POST /api/backoffice/letters': [
        () =>
          json(
            {
              status: 422,
              code: 'validation-failed',
              title: 'I dati inviati non sono validi: correggere i campi indicati.',
              errors: { caseId: ['Il campo ID Caso è obbligatorio.'], file: ['Il nome del file non è valido.'] },
            },
            422,
          ),
        () =>
          json(
            { name: 'L-P-26-0000001_01.PDF', hash: 'ab', to: 'ENEL01', cc: [], status: 'staged', stagedAt: '' },
            201,
          ),
      ],
    });
    renderApp('/sportello/pubblicazione');
    fireEvent.change(await screen.findByLabelText('Società destinataria (TO) *'), {
      target: { value: 'Enel Energia (ENEL01)' },
    });
    fireEvent.click(screen.getByLabelText('Acea Acqua (ACEA02)'));
    fireEvent.change(fieldOf('Tipo Pratica *'), { target: { value: 'Reclamo' } });
    fireEvent.change(fieldOf('Tipo Servizio *'), { target: { value: 'Idrico' } });
    const pdf = new File(['%PDF-1.4'], 'L-P-26-0000001_01.PDF', { type: 'application/pdf' });
    fireEvent.change(fieldOf('PDF della lettera *'), { target: { files: [pdf] } });
    fireEvent.click(screen.getByRole('button', { name: 'Prepara la lettera' }));

    expect((await screen.findByText('Il campo ID Caso è obbligatorio.')).id).toBe('letter-caseId-error');
    expect(screen.getByText('Il nome del file non è valido.').id).toBe('letter-file-error');
    expect(fieldOf('Tipo Pratica *').value).toBe('Reclamo');
    expect((screen.getByLabelText('Acea Acqua (ACEA02)') as HTMLInputElement).checked).toBe(true);
    const sent = fetch.mock.calls.find(([url]) => String(url).endsWith('/backoffice/letters'))?.[1]?.body as FormData;
    expect((sent.get('file') as File).name).toBe('L-P-26-0000001_01.PDF');
    expect(JSON.parse(String(sent.get('metadata')))).toMatchObject({
      to: 'ENEL01',
      cc: ['ACEA02'],
      practiceType: 'Reclamo',
      serviceType: 'idrico',
      sector: 'water',
      termWorkingDays: 30,
      specialProcedure: false,
    });

    // The same form sent again, the file still chosen: accepted.
    fireEvent.click(screen.getByRole('button', { name: 'Prepara la lettera' }));
    expect((await screen.findByTestId('letter-staged')).textContent).toContain('L-P-26-0000001_01.PDF');
    const again = fetch.mock.calls.filter(([url]) => String(url).endsWith('/backoffice/letters'))[1]?.[1]?.body;
    expect(((again as FormData).get('file') as File).name).toBe('L-P-26-0000001_01.PDF');
  });

  it('puts a sollecito refused for its letter under the letter, keeping the name typed', async () => {
    signedInAs('Bruno Back', ['BackOffice']);
    routeFetch({
      ...CONSOLE,
      'POST /api/backoffice/reminders': () =>
        json({ status: 422, code: 'letter-answered', title: 'La lettera ha già una risposta.' }, 422),
    });
    renderApp('/sportello/pubblicazione');
    const letter = await screen.findByLabelText('Lettera sollecitata *');
    fireEvent.change(letter, { target: { value: 'L-P-26-0000001_01.PDF' } });
    fireEvent.click(screen.getByRole('button', { name: 'Prepara il sollecito' }));
    expect((await screen.findByText('La lettera ha già una risposta.')).id).toBe('reminder-letter-error');
    expect((letter as HTMLInputElement).value).toBe('L-P-26-0000001_01.PDF');
  });
});

/** The browser's XMLHttpRequest as the batch upload uses it: half sent, all sent, then the API's answer. */
class FakeUpload {
  static last?: FakeUpload;
  upload: { onprogress?: (e: { lengthComputable: boolean; loaded: number; total: number }) => void } = {};
  onload?: () => void;
  onerror?: () => void;
  status = 0;
  responseText = '';
  headers: Record<string, string> = {};
  url = '';
  body?: FormData;
  open(_method: string, url: string) {
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  send(body: FormData) {
    this.body = body;
    FakeUpload.last = this;
    this.upload.onprogress?.({ lengthComputable: true, loaded: 50, total: 100 });
  }
  answer(status: number, body: unknown) {
    this.upload.onprogress?.({ lengthComputable: true, loaded: 100, total: 100 });
    this.status = status;
    this.responseText = JSON.stringify(body);
    this.onload?.();
  }
}

describe('batch staging', () => {
  it('shows how far the ZIP has gone, then each letter’s outcome with why it was refused', async () => {
    signedInAs('Bruno Back', ['BackOffice']);
    routeFetch(CONSOLE);
    vi.stubGlobal('XMLHttpRequest', FakeUpload);
    renderApp('/sportello/pubblicazione');
    const zip = new File(['PK'], 'lettere.zip', { type: 'application/zip' });
    fireEvent.change(await screen.findByLabelText('Archivio delle lettere (.zip) *'), { target: { files: [zip] } });
    fireEvent.click(screen.getByRole('button', { name: 'Prepara le lettere' }));
    expect(await screen.findByText('Invio dell’archivio: 50%')).toBeTruthy();
    const upload = FakeUpload.last!;
    expect(upload.url).toBe('/api/backoffice/letters/batch');
    expect(upload.headers.Authorization).toMatch(/^Bearer /);
    expect((upload.body!.get('file') as File).name).toBe('lettere.zip');
    upload.answer(200, {
      items: [
        { name: 'L-P-26-0000001_01.PDF', status: 'staged', problem: null },
        {
          name: 'L-P-26-0000002_01.PDF',
          status: 'refused',
          problem: { title: 'Dati non validi.', errors: { caseId: ['Il campo ID Caso è obbligatorio.'] } },
        },
      ],
      staged: 1,
      refused: 1,
    });
    expect((await screen.findByTestId('batch-staged')).textContent).toBe('Lettere preparate: 1; rifiutate: 1.');
    const rows = screen.getAllByTestId('batch-result');
    expect(rows[1].textContent).toContain('Rifiutata');
    expect(rows[1].textContent).toContain('Dati non validi. Il campo ID Caso è obbligatorio.');
    expect(screen.queryByText(/Invio dell’archivio/)).toBeNull();
  });
});

describe('a company', () => {
  it('lists the section’s letters with the operator’s columns and downloads the answer with the token', async () => {
    signedInAs('Rita Consulta', ['ReadOnly']);
    const created = vi.fn(() => 'blob:answer');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: created, revokeObjectURL: () => undefined }));
    const fetch = routeFetch({
      ...CONSOLE,
      'GET /api/backoffice/companies/ENEL01/letters': () => json({ items: [LETTER], nextCursor: null, total: 1 }),
      'GET /api/backoffice/companies/ENEL01/communications': () => json({ items: [], nextCursor: null, total: 0 }),
      'GET /api/backoffice/companies/ENEL01/failed-uploads': () => json({ items: [], nextCursor: null, total: 0 }),
      'GET /api/backoffice/companies/ENEL01/letters/L-P-26-0000001_01.PDF/answers/up1/pdf': () =>
        new Response(new Blob(['%PDF']), { headers: { 'Content-Type': 'application/pdf' } }),
    });
    renderApp('/sportello/societa/ENEL01');
    expect(await screen.findByRole('heading', { name: 'Società Enel Energia (ENEL01)' })).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Sezione'), { target: { value: 'archive' } });
    await waitFor(() =>
      expect(fetch.mock.calls.some(([url]) => String(url).includes('/companies/ENEL01/letters?section=archive'))).toBe(
        true,
      ),
    );
    const table = await screen.findByRole('region', { name: 'Tabella: Lettere: Archivio lettere con risposta' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers.slice(0, 7)).toEqual([
      'Lettera',
      'Data Pubblicazione',
      'Data Download',
      'Utente Download',
      'RISPOSTA',
      'Data Risposta',
      'Utente Risposta',
    ]);
    // Consultazione sees the classification, cannot change it.
    expect(within(table).queryByRole('button', { name: /Classifica/ })).toBeNull();

    fireEvent.click(within(table).getByRole('button', { name: /R-P-26-0000001_01\.PDF/ }));
    await waitFor(() => expect(created).toHaveBeenCalled());
    const init = fetch.mock.calls.find(([url]) => String(url).includes('/answers/up1/pdf'))?.[1];
    expect(new Headers(init?.headers).get('Authorization')).toMatch(/^Bearer /);
  });

  it('lets the back office classify an answer and says beside it why the API refused', async () => {
    signedInAs('Bruno Back', ['BackOffice']);
    const fetch = routeFetch({
      ...CONSOLE,
      'GET /api/backoffice/companies/ENEL01/letters': () => json({ items: [LETTER], nextCursor: null, total: 1 }),
      'GET /api/backoffice/companies/ENEL01/communications': () => json({ items: [], nextCursor: null, total: 0 }),
      'GET /api/backoffice/companies/ENEL01/failed-uploads': () => json({ items: [], nextCursor: null, total: 0 }),
      'PUT /api/backoffice/companies/ENEL01/letters/L-P-26-0000001_01.PDF/completeness': [
        () => json({ status: 409, code: 'letter-not-answered', title: 'La lettera non ha una risposta.' }, 409),
        () => json({ ...LETTER, completeness: 'assente' }),
      ],
    });
    renderApp('/sportello/societa/ENEL01');
    const choice = await screen.findByLabelText('Completezza Risposta della lettera L-P-26-0000001_01.PDF');
    fireEvent.change(choice, { target: { value: 'assente' } });
    fireEvent.click(screen.getByRole('button', { name: /^Classifica/ }));
    expect((await screen.findByText('La lettera non ha una risposta.')).id).toBe(
      'completeness-L-P-26-0000001_01.PDF-error',
    );
    expect((choice as HTMLSelectElement).value).toBe('assente');
    fireEvent.click(screen.getByRole('button', { name: /^Classifica/ }));
    await waitFor(() => expect(screen.queryByText('La lettera non ha una risposta.')).toBeNull());
    const puts = fetch.mock.calls.filter(([, init]) => init?.method === 'PUT');
    expect(JSON.parse(String(puts[1][1]?.body))).toEqual({ completeness: 'assente' });
  });

  it('enables a referent with the signed modulo, a refusal said under the modulo and the username kept', async () => {
    signedInAs('Bruno Back', ['BackOffice']);
    const fetch = routeFetch({
      ...CONSOLE,
      'GET /api/backoffice/companies/ENEL01/letters': () => json({ items: [], nextCursor: null, total: 0 }),
      'GET /api/backoffice/companies/ENEL01/communications': () => json({ items: [], nextCursor: null, total: 0 }),
      'GET /api/backoffice/companies/ENEL01/failed-uploads': () => json({ items: [], nextCursor: null, total: 0 }),
      'PUT /api/backoffice/companies/ENEL01/users/mario.rossi': [
        () => json({ status: 422, code: 'modulo-required', title: 'Allegare il modulo firmato.' }, 422),
        () => new Response(null, { status: 204 }),
      ],
    });
    renderApp('/sportello/societa/ENEL01');
    const username = await screen.findByLabelText('Username dell’utente *');
    fireEvent.change(username, { target: { value: 'mario.rossi' } });
    fireEvent.click(screen.getByRole('button', { name: 'Abilita' }));
    expect((await screen.findByText('Allegare il modulo firmato.')).id).toBe('enablement-modulo-error');
    expect((username as HTMLInputElement).value).toBe('mario.rossi');

    const modulo = new File(['%PDF-1.4'], 'modulo.pdf', { type: 'application/pdf' });
    fireEvent.change(screen.getByLabelText('Modulo firmato (PDF) *'), { target: { files: [modulo] } });
    fireEvent.change(screen.getByLabelText('Nota'), { target: { value: 'Protocollo 12' } });
    fireEvent.click(screen.getByRole('button', { name: 'Abilita' }));
    expect((await screen.findByTestId('enablement-done')).textContent).toContain('mario.rossi è abilitato');
    const sent = fetch.mock.calls.filter(([, init]) => init?.method === 'PUT')[1][1]?.body as FormData;
    expect((sent.get('modulo') as File).name).toBe('modulo.pdf');
    expect(sent.get('note')).toBe('Protocollo 12');
  });

  it('says how far a download is', () => {
    expect(progressText(512 * 1024, 1024 * 1024)).toBe('50% (512 KB)');
    expect(progressText(2048)).toBe('2 KB');
  });
});
