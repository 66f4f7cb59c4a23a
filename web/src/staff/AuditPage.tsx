import { Container } from 'design-react-kit';
import { useState } from 'react';
import type { Schemas } from '../api/contract';
import { formatDateTime, italianInput, romeIsoDate } from '../format';
import { usePageTitle } from '../usePageTitle';
import { DateTimeField, ISO_DAY } from './DateTimeField';
import { AUDIT_ACTIONS } from './names';
import { ChoiceField } from './StaffForm';
import { StaffList, useStaffPages } from './StaffList';

type AuditRecord = Schemas['AuditRecord'];

/** Back office and consultazione: one Rome day of the audit, actions or refused calls, newest first. */
export function AuditPage() {
  usePageTitle('Registro delle attività');
  const [day, setDay] = useState(() => romeIsoDate(new Date()));
  const [chain, setChain] = useState<'done' | 'refused'>('done');
  const pages = useStaffPages<AuditRecord>('/backoffice/audit', { day, chain });
  return (
    <Container className="py-4">
      <h1 className="h2">Registro delle attività</h1>
      <p className="mb-5">
        Ogni azione del personale e dei sistemi dello Sportello è registrata una volta, con chi, quando e da dove, e non
        può essere modificata.
      </p>
      <div className="row">
        <div className="col-md-4">
          <DateTimeField
            id="audit-day"
            label="Giorno"
            value={day}
            onChange={(v) => ISO_DAY.test(v) && setDay(v)}
            dateOnly
          />
        </div>
        <div className="col-md-4">
          <ChoiceField
            id="audit-chain"
            label="Registro"
            value={chain}
            onChange={(value) => setChain(value as 'done' | 'refused')}
            choices={{ done: 'Azioni eseguite', refused: 'Accessi rifiutati' }}
          />
        </div>
      </div>
      <StaffList<AuditRecord>
        pages={pages}
        caption={`Registro del ${italianInput(day)}`}
        empty="Nessuna registrazione in questo giorno."
        testId="audit-table"
        rowKey={(r) => String(r.sequence)}
        columns={[
          { label: 'Data e ora', render: (r) => formatDateTime(r.at) },
          { label: 'Azione', render: (r) => AUDIT_ACTIONS[r.action] ?? r.action },
          { label: 'Chi', render: (r) => `${r.actor}${r.roles.length ? ` (${r.roles.join(', ')})` : ''}` },
          { label: 'Oggetto', render: (r) => r.target },
          { label: 'Da dove', render: (r) => r.address },
          {
            label: 'Dettaglio',
            render: (r) =>
              Object.entries(r.details)
                .map(([key, value]) => `${key}: ${value}`)
                .join('; '),
          },
        ]}
      />
    </Container>
  );
}
