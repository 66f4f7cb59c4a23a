import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, problemResponse } from '../test/fetchMock';
import { AnswerUpload } from './AnswerUpload';

const UPLOADS = '/api/companies/energia-demo/uploads';

function pdf(name = 'risposta.pdf', size?: number) {
  const file = new File(['%PDF-1.7'], name, { type: 'application/pdf' });
  if (size !== undefined) Object.defineProperty(file, 'size', { value: size });
  return file;
}

function pick(file: File) {
  const input = screen.getByLabelText(/File della risposta/) as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

function upload(status: string, results: unknown[] = [], extra: Record<string, unknown> = {}) {
  return {
    uploadId: 'u1',
    kind: 'answer',
    file: 'risposta.pdf',
    letters: ['L-P-26-9000005_01.PDF'],
    label: null,
    uploadedAt: '2026-03-10T10:00:00+01:00',
    user: 'demo.operatore',
    status,
    results,
    ...extra,
  };
}

/** Lets the fake clock run the polling's waits and the promises behind them. */
async function tick(ms: number) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('AnswerUpload', () => {
  it.each([
    [undefined, ['L-1.PDF'], 'Selezionare il file da caricare.'],
    [new File(['x'], 'risposta.docx'), ['L-1.PDF'], "Il formato del file 'risposta.docx' non è valido"],
    [pdf(), [], 'Selezionare la lettera a cui si risponde.'],
    [
      pdf(),
      ['L-1.PDF', 'L-2.PDF'],
      'Una risposta singola si riferisce a una sola lettera: per più lettere caricare un archivio .zip.',
    ],
    [
      pdf('grande.pdf', 15 * 1024 * 1024 + 1),
      ['L-1.PDF'],
      "Il file 'grande.pdf' supera la dimensione massima di 15 MB.",
    ],
    [new File(['PK'], 'risposte.zip'), [], 'Selezionare le lettere a cui si riferiscono le risposte del file .zip.'],
  ])('refuses %s for %j before sending anything', (file, selected, message) => {
    const fetch = vi.fn<typeof globalThis.fetch>();
    vi.stubGlobal('fetch', fetch);
    render(<AnswerUpload companyId="energia-demo" selected={selected} onUploaded={() => {}} />);
    if (file) pick(file);
    fireEvent.click(screen.getByTestId('answer-upload-send'));
    expect(screen.getByTestId('answer-upload-status').textContent).toBe(message);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('accepts a .zip of 100 MB at most, for any number of selected letters', () => {
    vi.stubGlobal(
      'fetch',
      vi.fn<typeof globalThis.fetch>(() => new Promise<Response>(() => {})),
    );
    render(<AnswerUpload companyId="energia-demo" selected={['L-1.PDF', 'L-2.PDF']} onUploaded={() => {}} />);
    const big = new File(['PK'], 'risposte.zip');
    Object.defineProperty(big, 'size', { value: 100 * 1024 * 1024 + 1 });
    pick(big);
    expect(screen.getByTestId('answer-upload-send').textContent).toBe('Upload multiplo (.zip)');
    fireEvent.click(screen.getByTestId('answer-upload-send'));
    expect(screen.getByTestId('answer-upload-status').textContent).toBe(
      "Il file 'risposte.zip' supera la dimensione massima di 100 MB.",
    );
  });

  it('sends the fields then the file, polls until accepted, shows the outcome, refreshes the list once', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>();
    fetch
      .mockResolvedValueOnce(jsonResponse({ uploadId: 'u1', status: 'pending' }, 202))
      .mockResolvedValueOnce(jsonResponse(upload('pending')))
      .mockResolvedValueOnce(
        jsonResponse(
          upload('accepted', [
            { file: 'risposta.pdf', letter: 'L-P-26-9000005_01.PDF', outcome: 'accepted', reason: null },
          ]),
        ),
      );
    vi.stubGlobal('fetch', fetch);
    const onUploaded = vi.fn();
    render(<AnswerUpload companyId="energia-demo" selected={['L-P-26-9000005_01.PDF']} onUploaded={onUploaded} />);
    pick(pdf());
    fireEvent.click(screen.getByTestId('answer-upload-send'));
    await tick(0);

    const [url, init] = fetch.mock.calls[0];
    expect(url).toBe(UPLOADS);
    expect(init?.method).toBe('POST');
    expect(new Headers(init?.headers).get('X-Requested-With')).toBe('portale');
    expect(new Headers(init?.headers).has('Content-Type')).toBe(false);
    const form = init?.body as FormData;
    expect([...form.keys()]).toEqual(['kind', 'letters', 'file']);
    expect(form.get('kind')).toBe('answer');
    expect(form.get('letters')).toBe('L-P-26-9000005_01.PDF');
    expect((form.get('file') as File).name).toBe('risposta.pdf');

    expect(screen.getByTestId('answer-upload-status').textContent).toContain('verifica delle risposte in corso');
    expect((screen.getByTestId('answer-upload-send') as HTMLButtonElement).disabled).toBe(true);

    await tick(500);
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(fetch.mock.calls[1][0]).toBe(`${UPLOADS}/u1`);
    expect(onUploaded).not.toHaveBeenCalled();
    await tick(1000);
    expect(fetch).toHaveBeenCalledTimes(3);

    const outcome = screen.getByTestId('upload-outcome');
    expect(outcome.getAttribute('data-status')).toBe('accepted');
    expect(outcome.textContent).toContain('Upload completato (risposta.pdf): 1 risposta caricata.');
    expect(outcome.textContent).toContain('risposta.pdf: risposta caricata per la lettera L-P-26-9000005_01.PDF.');
    expect(onUploaded).toHaveBeenCalledTimes(1);
    expect((screen.getByTestId('answer-upload-send') as HTMLButtonElement).disabled).toBe(false);

    await tick(60_000);
    expect(fetch).toHaveBeenCalledTimes(3);
  });

  it('shows every refused entry of a .zip with the reason the API gives', async () => {
    const reason = 'Il nome della risposta non corrisponde con la lettera selezionata.';
    vi.stubGlobal(
      'fetch',
      vi
        .fn<typeof globalThis.fetch>()
        .mockResolvedValueOnce(jsonResponse({ uploadId: 'u1', status: 'pending' }, 202))
        .mockResolvedValueOnce(
          jsonResponse(
            upload(
              'accepted',
              [
                { file: 'R-P-26-9000005_01.PDF', letter: 'L-P-26-9000005_01.PDF', outcome: 'accepted', reason: null },
                { file: 'R-P-26-1234567_01.PDF', letter: null, outcome: 'rejected', reason },
              ],
              { kind: 'answers-zip', file: 'risposte.zip' },
            ),
          ),
        ),
    );
    const onUploaded = vi.fn();
    render(
      <AnswerUpload
        companyId="energia-demo"
        selected={['L-P-26-9000005_01.PDF', 'L-P-26-9000006_01.PDF']}
        onUploaded={onUploaded}
      />,
    );
    pick(new File(['PK'], 'risposte.zip'));
    fireEvent.click(screen.getByTestId('answer-upload-send'));
    await tick(500);

    const results = screen.getAllByTestId('upload-result');
    expect(results.map((r) => r.getAttribute('data-outcome'))).toEqual(['accepted', 'rejected']);
    expect(results[1].textContent).toBe(`R-P-26-1234567_01.PDF: ${reason}`);
    expect(screen.getByTestId('upload-outcome').textContent).toContain('1 risposta caricata, 1 file rifiutato');
    expect(onUploaded).toHaveBeenCalledTimes(1);
  });

  it('a rejected upload files nothing: the reason is shown and the list is not refreshed', async () => {
    const reason =
      'Sono trascorse più di 72 ore dal caricamento della prima risposta: per integrarla utilizzare la sezione ' +
      'Comunicazioni libere.';
    const fetch = vi
      .fn<typeof globalThis.fetch>()
      .mockResolvedValueOnce(jsonResponse({ uploadId: 'u1', status: 'pending' }, 202))
      .mockResolvedValueOnce(
        jsonResponse(upload('rejected', [{ file: 'risposta.pdf', letter: 'L-1.PDF', outcome: 'rejected', reason }])),
      );
    vi.stubGlobal('fetch', fetch);
    const onUploaded = vi.fn();
    render(<AnswerUpload companyId="energia-demo" selected={['L-1.PDF']} replacement onUploaded={onUploaded} />);
    expect(screen.getByRole('heading', { name: 'Upload risposta ulteriore' })).toBeTruthy();
    pick(pdf());
    fireEvent.click(screen.getByTestId('answer-upload-send'));
    // Irreversible: nothing is sent before the confirmation, which says what will be replaced.
    expect(screen.getByTestId('answer-confirm').textContent).toContain(
      'La risposta già caricata per L-1.PDF sarà sostituita',
    );
    expect(fetch).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Annulla' }));
    expect(screen.queryByTestId('answer-confirm')).toBeNull();
    fireEvent.click(screen.getByTestId('answer-upload-send'));
    fireEvent.click(screen.getByRole('button', { name: 'Conferma la sostituzione' }));
    await tick(500);
    expect(screen.getByTestId('upload-outcome').getAttribute('data-status')).toBe('rejected');
    expect(screen.getByTestId('upload-result').textContent).toBe(`risposta.pdf: ${reason}`);
    expect(onUploaded).not.toHaveBeenCalled();
  });

  it('the further answer of the archive is a single PDF, not a .zip', () => {
    vi.stubGlobal('fetch', vi.fn<typeof globalThis.fetch>());
    render(<AnswerUpload companyId="energia-demo" selected={['L-1.PDF']} replacement onUploaded={() => {}} />);
    pick(new File(['PK'], 'risposte.zip'));
    fireEvent.click(screen.getByTestId('answer-upload-send'));
    expect(screen.getByTestId('answer-upload-status').textContent).toBe(
      'Per la risposta ulteriore caricare un singolo file in formato .PDF.',
    );
  });

  it('sends once however quickly the button is pressed again', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>(() => new Promise<Response>(() => {}));
    vi.stubGlobal('fetch', fetch);
    render(<AnswerUpload companyId="energia-demo" selected={['L-1.PDF']} onUploaded={() => {}} />);
    pick(pdf());
    const button = screen.getByTestId('answer-upload-send');
    fireEvent.click(button);
    fireEvent.click(button);
    await tick(0);
    fireEvent.click(button);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect((button as HTMLButtonElement).disabled).toBe(true);
    expect(button.textContent).toBe('Invio in corso…');
  });

  it('shows the API refusal of the form (400 with errors) at once', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn<typeof globalThis.fetch>().mockResolvedValueOnce(
        problemResponse(
          {
            title: 'I dati inviati non sono validi.',
            code: 'validation-failed',
            errors: { letters: ["La lettera 'L-1.PDF' non è tra quelle da lavorare."] },
          },
          400,
        ),
      ),
    );
    render(<AnswerUpload companyId="energia-demo" selected={['L-1.PDF']} onUploaded={() => {}} />);
    pick(pdf());
    fireEvent.click(screen.getByTestId('answer-upload-send'));
    await tick(0);
    const status = screen.getByTestId('answer-upload-status');
    expect(status.textContent).toContain('I dati inviati non sono validi.');
    expect(status.textContent).toContain("La lettera 'L-1.PDF' non è tra quelle da lavorare.");
    expect((screen.getByTestId('answer-upload-send') as HTMLButtonElement).disabled).toBe(false);
  });

  it('stops polling when the page is left', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>(async (input) =>
      String(input) === UPLOADS
        ? jsonResponse({ uploadId: 'u1', status: 'pending' }, 202)
        : jsonResponse(upload('pending')),
    );
    vi.stubGlobal('fetch', fetch);
    const view = render(<AnswerUpload companyId="energia-demo" selected={['L-1.PDF']} onUploaded={() => {}} />);
    pick(pdf());
    fireEvent.click(screen.getByTestId('answer-upload-send'));
    await tick(500);
    expect(fetch).toHaveBeenCalledTimes(2);
    view.unmount();
    await tick(60_000);
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('says the outcome will appear later when the server is still working after the wait', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>(async (input) =>
      String(input) === UPLOADS
        ? jsonResponse({ uploadId: 'u1', status: 'pending' }, 202)
        : jsonResponse(upload('pending')),
    );
    vi.stubGlobal('fetch', fetch);
    render(<AnswerUpload companyId="energia-demo" selected={['L-1.PDF']} onUploaded={() => {}} />);
    pick(pdf());
    fireEvent.click(screen.getByTestId('answer-upload-send'));
    await tick(11 * 60 * 1000);
    expect(screen.getByTestId('answer-upload-status').textContent).toContain(
      "L'elaborazione del file è ancora in corso",
    );
    const calls = fetch.mock.calls.length;
    await tick(60_000);
    expect(fetch.mock.calls.length).toBe(calls);
  });
});
