import { Alert, Button, Container } from 'design-react-kit';
import { useState, type FormEvent } from 'react';
import type { paths } from '../api/generated/openapi';
import type { Schemas } from '../api/contract';
import { ListTable } from '../components/ListTable';
import { formatDate, formatDateTimeMinutes, romeLocalToInstant } from '../format';
import { useApi } from '../hooks/useApi';
import { usePageTitle } from '../usePageTitle';
import { DateTimeField } from './DateTimeField';
import { DoneMessage, TextAreaField, useStaffSubmit } from './StaffForm';
import { useStaff } from './StaffLayout';

type OutageBody = paths['/backoffice/outages/{outageId}']['put']['requestBody']['content']['application/json'];
type Outage = Schemas['Outage'];

interface Draft {
  startsAt: string;
  endsAt: string;
  planned: boolean;
  note: string;
}

const EMPTY: Draft = { startsAt: '', endsAt: '', planned: false, note: '' };

/** The manual's chapter 9 rule, said where the outage is recorded. */
export const QUALIFYING_RULE =
  'Un’interruzione conta per il capitolo 9 quando non è manutenzione programmata e copre più di 3 ore ' +
  'continuative tra le 9:00 e le 18:00 di un giorno lavorativo (esattamente 3 ore non bastano): ogni giorno così ' +
  'è un giorno di indisponibilità, escluso dal conteggio dei giorni lavorativi (scadenze, «assente», solleciti), ' +
  'e gli operatori possono segnalare le risposte non caricate fino a 72 ore dopo la fine.';

/** Back office (manual ch. 9): record an outage, see which ones qualify and their off-line days. */
export function OutagesPage() {
  usePageTitle('Interruzioni del servizio');
  const { call } = useStaff();
  const list = useApi((signal) => call<{ items: Outage[] }>('/backoffice/outages', { signal }), []);
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [saved, setSaved] = useState<Outage>();
  const { busy, formError, submit, fieldErrors } = useStaffSubmit();
  const set =
    <K extends keyof Draft>(field: K) =>
    (value: Draft[K]) => {
      setDraft((d) => ({ ...d, [field]: value }));
      setSaved(undefined);
    };

  async function save(event: FormEvent) {
    event.preventDefault();
    const body: OutageBody = {
      startsAt: romeLocalToInstant(draft.startsAt)?.toISOString(),
      endsAt: romeLocalToInstant(draft.endsAt)?.toISOString() ?? null,
      planned: draft.planned,
      note: draft.note.trim() || null,
    };
    const id = `interruzione-${draft.startsAt.replace(/[^0-9]/g, '') || 'senza-inizio'}`;
    const outage = await submit(() => call<Outage>(`/backoffice/outages/${id}`, { method: 'PUT', body }));
    if (!outage) return;
    setSaved(outage);
    setDraft(EMPTY);
    list.reload();
  }

  return (
    <Container className="py-4">
      <h1 className="h2">Interruzioni del servizio</h1>
      <p className="mb-5" data-testid="outage-rule">
        {QUALIFYING_RULE}
      </p>
      <form noValidate onSubmit={(e) => void save(e)} className="col-lg-8">
        <DateTimeField
          id="outage-start"
          label="Inizio (ora italiana) *"
          value={draft.startsAt}
          onChange={set('startsAt')}
          errors={[...fieldErrors('startsAt'), ...fieldErrors('id')]}
        />
        <DateTimeField
          id="outage-end"
          label="Fine (ora italiana)"
          hint="Lasciare vuoto finché l’interruzione è in corso."
          value={draft.endsAt}
          onChange={set('endsAt')}
          errors={fieldErrors('endsAt')}
        />
        <div className="form-check mb-4">
          <input
            id="outage-planned"
            type="checkbox"
            checked={draft.planned}
            onChange={(e) => set('planned')(e.target.checked)}
          />
          <label htmlFor="outage-planned">Manutenzione programmata (non conta per il capitolo 9)</label>
        </div>
        <TextAreaField
          id="outage-note"
          label="Nota"
          value={draft.note}
          onChange={set('note')}
          rows={2}
          errors={fieldErrors('note')}
        />
        {formError && <Alert color="danger">{formError}</Alert>}
        <Button type="submit" color="primary" disabled={busy}>
          {busy ? 'Registrazione in corso…' : 'Registra interruzione'}
        </Button>
      </form>
      <DoneMessage testId="outage-saved" color={saved?.qualifies ? 'warning' : 'success'}>
        {saved &&
          `Interruzione registrata. ${
            saved.qualifies
              ? `Conta per il capitolo 9: giorni di indisponibilità ${saved.offlineDays.map(formatDate).join(', ')}.`
              : 'Non conta per il capitolo 9: nessun giorno di indisponibilità.'
          }`}
      </DoneMessage>
      <h2 className="h4 mt-4">Interruzioni registrate</h2>
      {list.error && <Alert color="danger">{list.error}</Alert>}
      {list.data && list.data.items.length === 0 && <p>Nessuna interruzione registrata.</p>}
      {list.data && list.data.items.length > 0 && (
        <ListTable<Outage>
          caption="Interruzioni, dalla più recente"
          testId="outage-table"
          rows={list.data.items}
          rowKey={(o) => o.id}
          columns={[
            { label: 'Inizio', render: (o) => formatDateTimeMinutes(o.startsAt) },
            { label: 'Fine', render: (o) => (o.endsAt ? formatDateTimeMinutes(o.endsAt) : 'In corso') },
            { label: 'Tipo', render: (o) => (o.planned ? 'Manutenzione programmata' : 'Non programmata') },
            { label: 'Capitolo 9', render: (o) => (o.qualifies ? 'Sì' : 'No') },
            { label: 'Giorni di indisponibilità', render: (o) => o.offlineDays.map(formatDate).join(', ') },
            { label: 'Segnalazioni entro', render: (o) => (o.uploadBy ? formatDateTimeMinutes(o.uploadBy) : '') },
            { label: 'Nota', render: (o) => o.note ?? '' },
          ]}
        />
      )}
    </Container>
  );
}
