import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Letter } from '../api/operator';
import { jsonResponse, problemResponse } from '../test/fetchMock';
import { callsTo, routeFetch } from '../test/routeFetch';
import { BackdatingMark } from './BackdatingMark';
import { OutageReportForm } from './OutageReportForm';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const REPORTS = '/api/companies/energia-demo/outage-reports';
const OUTAGE = {
  id: 'guasto-1',
  startsAt: '2031-06-10T07:00:00Z',
  endsAt: '2031-06-10T10:01:00Z',
  planned: false,
  offlineDays: ['2031-06-10'],
  qualifies: true,
  uploadBy: '2031-06-13T10:01:00Z',
};

function report(answers: string[]) {
  return {
    id: 'r1',
    outageId: 'guasto-1',
    attemptedOn: '2031-06-10',
    answers,
    reportedAt: '2031-06-10T11:00:00Z',
    reportedBy: 'mario.rossi',
    bySportello: false,
  };
}

describe('OutageReportForm', () => {
  it('says so when no outage can be reported', async () => {
    routeFetch({ 'GET /api/outages': () => jsonResponse({ items: [] }) });
    render(<OutageReportForm companyId="energia-demo" />);
    expect((await screen.findByTestId('outage-none')).textContent).toContain('Non ci sono interruzioni');
    expect(screen.queryByRole('button', { name: 'Invia la segnalazione' })).toBeNull();
  });

  it('checks what it can, sends the typed names for the outage on its Rome day, then shows the report', async () => {
    const fetch = routeFetch({
      'GET /api/outages': () => jsonResponse({ items: [OUTAGE] }),
      [`POST ${REPORTS}`]: () => jsonResponse(report(['R-P-31-0000001_01.PDF', 'R-P-31-0000002_01.PDF']), 201),
    });
    render(<OutageReportForm companyId="energia-demo" />);
    const select = await screen.findByLabelText(/Interruzione del Portale/);
    fireEvent.click(screen.getByRole('button', { name: 'Invia la segnalazione' }));
    expect(screen.getByText("Selezionare l'interruzione del Portale.")).toBeTruthy();
    expect(select.getAttribute('aria-describedby')).toBe('outage-report-outageId-error');
    expect(callsTo(fetch, 'POST', REPORTS)).toHaveLength(0);

    fireEvent.change(select, { target: { value: 'guasto-1' } });
    expect((screen.getByLabelText(/Giorno del tentativo/) as HTMLInputElement).value).toBe('2031-06-10');
    expect(screen.getByTestId('outage-upload-by').textContent).toBe(
      'Caricare le risposte segnalate entro il 13/06/2031 12:01.',
    );
    fireEvent.change(screen.getByLabelText(/Nomi delle risposte/), {
      target: { value: 'R-P-31-0000001_01.PDF\nr-p-31-0000002_01\n' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Invia la segnalazione' }));

    await waitFor(() =>
      expect(screen.getByTestId('outage-report-status').textContent).toContain(
        'Segnalazione registrata per il 10/06/2031',
      ),
    );
    expect(callsTo(fetch, 'POST', REPORTS)[0].body).toEqual({
      outageId: 'guasto-1',
      attemptedOn: '2031-06-10',
      answers: ['R-P-31-0000001_01.PDF', 'r-p-31-0000002_01'],
    });
  });

  it("sends the Excel file as multipart, the file last, and shows the server's reasons beside the field", async () => {
    const fetch = routeFetch({
      'GET /api/outages': () => jsonResponse({ items: [OUTAGE] }),
      [`POST ${REPORTS}`]: () =>
        problemResponse(
          {
            title: 'Alcuni dati non sono validi: correggere i campi indicati.',
            code: 'validation-failed',
            errors: {
              file: ["Riga 2: 'L-P-31-0000001_01.PDF' non è il nome di una risposta (R-P-AA-NNNNNNN_NN.PDF)."],
            },
          },
          422,
        ),
    });
    render(<OutageReportForm companyId="energia-demo" />);
    fireEvent.change(await screen.findByLabelText(/Interruzione del Portale/), { target: { value: 'guasto-1' } });
    const input = screen.getByLabelText(/file Excel/) as HTMLInputElement;
    const workbook = new File(['PK'], 'elenco.xlsx');
    Object.defineProperty(input, 'files', { value: [workbook], configurable: true });
    fireEvent.change(input);
    fireEvent.click(screen.getByRole('button', { name: 'Invia la segnalazione' }));

    const message = await screen.findByText(/non è il nome di una risposta/);
    expect(message.id).toBe('outage-report-file-error');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const body = fetch.mock.calls.find(([, init]) => init?.method === 'POST')![1]!.body as FormData;
    expect([...body.keys()]).toEqual(['outageId', 'attemptedOn', 'file']);
    expect((body.get('file') as File).name).toBe('elenco.xlsx');
  });
});

describe('BackdatingMark', () => {
  const letter = (extra: Partial<Letter>) => ({ name: 'L-P-31-0000001_01.PDF', ...extra }) as Letter;

  it('shows the Data Risposta given and why, and nothing for an answer that is not backdated', () => {
    const reason =
      'Data Risposta attribuita al giorno del tentativo di caricamento non andato a buon fine (10/06/2031).';
    const { container, rerender } = render(
      <BackdatingMark letter={letter({ answerBackdatedTo: '2031-06-10', answerBackdatingReason: reason })} detailed />,
    );
    expect(screen.getByTestId('answer-backdated').textContent).toBe(`Data Risposta attribuita: 10/06/2031${reason}`);
    rerender(<BackdatingMark letter={letter({ answerBackdatedTo: null })} />);
    expect(container.textContent).toBe('');
  });
});
