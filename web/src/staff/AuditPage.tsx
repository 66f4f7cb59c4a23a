import { Container } from 'design-react-kit';
import { useState } from 'react';
import type { Schemas } from '../api/contract';
import { TextField } from '../components/FormField';
import { formatDateTime, romeIsoDate } from '../format';
import { usePageTitle } from '../usePageTitle';
import { StaffList, useStaffPages } from './StaffList';

type AuditRecord = Schemas['AuditRecord'];

/** The audit's actions as the Sportello names them; an action not listed is shown by its code. */
const ACTIONS: Record<string, string> = {
  'company-saved': 'Società registrata',
  'user-enabled': 'Utente abilitato',
  'user-disabled': 'Utente disabilitato',
  'user-unlocked': 'Utente sbloccato',
  'user-reactivated': 'Utente riattivato',
  'notice-saved': 'Avviso pubblicato',
  'notice-deleted': 'Avviso eliminato',
  'answer-classified': 'Risposta classificata',
  'letter-staged': 'Lettera preparata',
  'letters-staged': 'Lettere preparate',
  'letter-withdrawn': 'Lettera ritirata',
  'reminder-staged': 'Sollecito preparato',
  'outage-saved': 'Interruzione registrata',
  'outage-deleted': 'Interruzione eliminata',
  'staff-call': 'Chiamata del personale',
  'access-refused': 'Accesso rifiutato',
};

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
          <TextField id="audit-day" label="Giorno" type="date" value={day} onChange={setDay} />
        </div>
        <div className="col-md-4 form-group mb-4">
          <label htmlFor="audit-chain" className="active">
            Registro
          </label>
          <select
            id="audit-chain"
            className="form-select"
            value={chain}
            onChange={(e) => setChain(e.target.value as 'done' | 'refused')}
          >
            <option value="done">Azioni eseguite</option>
            <option value="refused">Accessi rifiutati</option>
          </select>
        </div>
      </div>
      <StaffList<AuditRecord>
        pages={pages}
        caption={`Registro del ${day}`}
        empty="Nessuna registrazione in questo giorno."
        testId="audit-table"
        rowKey={(r) => String(r.sequence)}
        columns={[
          { label: 'Data e ora', render: (r) => formatDateTime(r.at) },
          { label: 'Azione', render: (r) => ACTIONS[r.action] ?? r.action },
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
