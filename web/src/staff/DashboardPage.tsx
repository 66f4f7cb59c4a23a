import { Container } from 'design-react-kit';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { Schemas } from '../api/contract';
import { formatDateTime } from '../format';
import { usePageTitle } from '../usePageTitle';
import { SECTOR_NAMES } from './names';
import { companyPath } from './screens';
import { ChoiceField } from './StaffForm';
import { StaffList, useStaffPages } from './StaffList';

type CompanyDashboard = Schemas['CompanyDashboard'];

/** Every staff role: the companies at a glance, from counters kept as letters change (one read). */
export function DashboardPage() {
  usePageTitle('Cruscotto delle società');
  const [sector, setSector] = useState('');
  const pages = useStaffPages<CompanyDashboard>('/backoffice/dashboard', { sector });
  return (
    <Container className="py-4">
      <h1 className="h2">Cruscotto delle società</h1>
      <p className="mb-5">
        Per ogni società: lettere da scaricare, da lavorare, scadute senza risposta, risposte «assente» del mese,
        solleciti inviati e giorni lavorativi (mediana) dalla pubblicazione alla risposta negli ultimi 12 mesi.
      </p>
      <div className="col-md-4">
        <ChoiceField
          id="dashboard-sector"
          label="Settore"
          value={sector}
          onChange={setSector}
          choices={{ '': 'Tutti', ...SECTOR_NAMES }}
        />
      </div>
      <StaffList<CompanyDashboard>
        pages={pages}
        caption="Società, per identificativo"
        empty="Nessuna società registrata."
        testId="dashboard-table"
        rowKey={(r) => r.companyId}
        columns={[
          {
            label: 'Società',
            render: (r) => <Link to={companyPath(r.companyId)}>{`${r.companyName} (${r.companyId})`}</Link>,
          },
          { label: 'Settori', render: (r) => r.sectors.map((s) => SECTOR_NAMES[s]).join(', ') },
          { label: 'Da scaricare', render: (r) => r.toDownload, className: 'text-end' },
          { label: 'Da lavorare', render: (r) => r.toAnswer, className: 'text-end' },
          { label: 'Scadute', render: (r) => r.overdue, className: 'text-end' },
          { label: '«Assente» nel mese', render: (r) => r.absentThisMonth, className: 'text-end' },
          { label: 'Solleciti inviati', render: (r) => r.remindersSent, className: 'text-end' },
          { label: 'Giorni alla risposta', render: (r) => r.medianDaysToAnswer ?? '—', className: 'text-end' },
          { label: 'Aggiornato il', render: (r) => formatDateTime(r.updatedAt) },
        ]}
      />
    </Container>
  );
}
