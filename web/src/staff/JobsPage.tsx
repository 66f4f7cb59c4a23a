import { Container } from 'design-react-kit';
import { useState } from 'react';
import type { Schemas } from '../api/contract';
import { formatDateTime, italianInput, romeIsoDate } from '../format';
import { usePageTitle } from '../usePageTitle';
import { DateTimeField, ISO_DAY } from './DateTimeField';
import { JOB_NAMES } from './names';
import { StaffList, useStaffPages } from './StaffList';

type JobRun = Schemas['JobRun'];
type DailyReport = Schemas['DailyReportRecord'];

const counts = (run: JobRun) =>
  Object.entries(run.counts)
    .map(([name, value]) => `${name}: ${value}`)
    .join(', ');

/** Back office and help desk: the job log, newest first, and one day's ledger of the daily PEC report. */
export function JobsPage() {
  usePageTitle('Elaborazioni pianificate');
  const [day, setDay] = useState(() => romeIsoDate(new Date()));
  const jobs = useStaffPages<JobRun>('/backoffice/jobs', {});
  const ledger = useStaffPages<DailyReport>(`/backoffice/daily-reports/${day}`, {});
  return (
    <Container className="py-4">
      <h1 className="h2">Elaborazioni pianificate</h1>
      <h2 className="h4 mt-4">Registro delle elaborazioni</h2>
      <StaffList<JobRun>
        pages={jobs}
        caption="Elaborazioni, dalla più recente"
        empty="Nessuna elaborazione registrata."
        testId="jobs-table"
        rowKey={(r) => `${r.job}-${r.startedAt}`}
        columns={[
          { label: 'Elaborazione', render: (r) => JOB_NAMES[r.job] ?? r.job },
          { label: 'Giorno', render: (r) => r.day ?? '' },
          { label: 'Inizio', render: (r) => formatDateTime(r.startedAt) },
          { label: 'Fine', render: (r) => formatDateTime(r.finishedAt) },
          { label: 'Esito', render: (r) => (r.status === 'completed' ? 'Completata' : 'Non riuscita') },
          { label: 'Conteggi', render: counts },
          { label: 'Nota', render: (r) => r.note ?? '' },
        ]}
      />
      <h2 className="h4 mt-5 mb-5">Report PEC giornaliero</h2>
      <div className="col-md-4">
        <DateTimeField
          id="ledger-day"
          label="Giorno"
          value={day}
          onChange={(v) => ISO_DAY.test(v) && setDay(v)}
          dateOnly
        />
      </div>
      <StaffList<DailyReport>
        pages={ledger}
        caption={`Report PEC del ${italianInput(day)}, per società`}
        empty="Nessun report PEC per questo giorno."
        testId="ledger-table"
        rowKey={(r) => r.companyId}
        columns={[
          { label: 'Società', render: (r) => r.companyId },
          { label: 'Stato', render: (r) => (r.status === 'sent' ? 'Inviato' : 'In invio') },
          { label: 'Indirizzo PEC', render: (r) => r.to ?? '' },
          { label: 'Inviato il', render: (r) => formatDateTime(r.sentAt) },
          { label: 'Allegato', render: (r) => r.attachmentName ?? '' },
          { label: 'Risposta del server', render: (r) => r.serverReply ?? '' },
        ]}
      />
    </Container>
  );
}
