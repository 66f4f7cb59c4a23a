import { Alert, Button, Container } from 'design-react-kit';
import { useState, type FormEvent } from 'react';
import type { paths } from '../api/generated/openapi';
import type { Schemas } from '../api/contract';
import { SelectField, TextField } from '../components/FormField';
import { formatDateTimeMinutes, romeLocalToInstant } from '../format';
import { useApi } from '../hooks/useApi';
import { usePageTitle } from '../usePageTitle';
import { DateTimeField } from './DateTimeField';
import { DoneMessage, TextAreaField, useStaffSubmit } from './StaffForm';
import { useStaff } from './StaffLayout';

type NoticeBody = paths['/backoffice/notices/{noticeId}']['put']['requestBody']['content']['application/json'];
type NoticeKind = NonNullable<NoticeBody['kind']>;
type StaffNotice = Schemas['Notice'];

/** Manual 8.1: a planned intervention is announced at least 4 calendar days before it starts. */
export const PLANNED_NOTICE_MS = 4 * 24 * 60 * 60 * 1000;

const KINDS: Record<NoticeKind, string> = {
  planned: 'Intervento programmato',
  unplanned: 'Intervento non programmato',
  information: 'Informazione',
};
/** The kinds as the list answers them. */
const LISTED: Record<StaffNotice['kind'], string> = {
  PlannedIntervention: KINDS.planned,
  UnplannedIntervention: KINDS.unplanned,
  Information: KINDS.information,
};
const KIND_OF = Object.fromEntries(Object.entries(KINDS).map(([k, v]) => [v, k as NoticeKind]));

/** The earliest start of a planned intervention published at `now`, and whether `from` respects it. */
export function plannedRule(now: Date, from: string) {
  const earliest = new Date(now.getTime() + PLANNED_NOTICE_MS);
  const start = romeLocalToInstant(from);
  return { earliest, tooSoon: start !== undefined && start < earliest };
}

interface Draft {
  kind: string;
  title: string;
  message: string;
  from: string;
  to: string;
}

const TOO_SOON =
  'Inizio troppo vicino: il portale rifiuterà l’avviso. Spostare l’inizio o scegliere «Intervento non programmato».';

const EMPTY: Draft = { kind: '', title: '', message: '', from: '', to: '' };

/** A new avviso's id: the API wants `[a-z0-9-]`, unique; the title's words and the moment say which one. */
function newId(title: string, now: Date) {
  const words = title
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return `${words || 'avviso'}-${now.getTime().toString(36)}`;
}

/** Back office (manual ch. 8): the avvisi of the home page, with the 4-day rule shown while writing. */
export function NoticesPage() {
  usePageTitle('Avvisi');
  const { call } = useStaff();
  const list = useApi((signal) => call<{ items: StaffNotice[] }>('/backoffice/notices', { signal }), []);
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [saved, setSaved] = useState<string>();
  const { busy, formError, submit, fieldErrors } = useStaffSubmit();
  const kind = KIND_OF[draft.kind];
  const now = new Date();
  const rule = plannedRule(now, draft.from);
  const set = (field: keyof Draft) => (value: string) => {
    setDraft((d) => ({ ...d, [field]: value }));
    setSaved(undefined);
  };

  async function save(event: FormEvent) {
    event.preventDefault();
    const body: NoticeBody = {
      kind,
      title: draft.title,
      message: draft.message,
      from: romeLocalToInstant(draft.from)?.toISOString() ?? null,
      to: romeLocalToInstant(draft.to)?.toISOString() ?? null,
    };
    const id = newId(draft.title, new Date());
    if ((await submit(() => call(`/backoffice/notices/${id}`, { method: 'PUT', body }))) === undefined) return;
    setSaved(`Avviso «${draft.title.trim()}» pubblicato.`);
    setDraft(EMPTY);
    list.reload();
  }

  async function remove(id: string) {
    await submit(() => call(`/backoffice/notices/${encodeURIComponent(id)}`, { method: 'DELETE' }));
    list.reload();
  }

  const fromErrors = fieldErrors('from');
  const fromHint =
    kind === 'planned'
      ? `Un intervento programmato va annunciato almeno 4 giorni solari prima del suo inizio (manuale 8.1): ` +
        `pubblicandolo ora, può iniziare non prima del ${formatDateTimeMinutes(rule.earliest)}.`
      : kind === 'unplanned'
        ? 'Intervento non programmato: indicare quando è iniziato; la ripresa quando è nota.'
        : undefined;

  return (
    <Container className="py-4">
      <h1 className="h2">Avvisi</h1>
      <p className="mb-4">
        Gli avvisi compaiono nella pagina iniziale del portale dalla pubblicazione fino alla ripresa del servizio.
      </p>
      <h2 className="h4 mt-4 mb-5">Nuovo avviso</h2>
      <form noValidate onSubmit={(e) => void save(e)} className="col-lg-8" data-testid="notice-form">
        <SelectField
          id="notice-kind"
          label="Tipo di avviso"
          value={draft.kind}
          onChange={set('kind')}
          options={Object.values(KINDS)}
          required
          errors={fieldErrors('kind')}
        />
        <TextField
          id="notice-title"
          label="Titolo"
          value={draft.title}
          onChange={set('title')}
          required
          errors={fieldErrors('title')}
        />
        <TextAreaField
          id="notice-message"
          label="Testo"
          value={draft.message}
          onChange={set('message')}
          rows={4}
          required
          errors={fieldErrors('message')}
        />
        <DateTimeField
          id="notice-from"
          label="Inizio dell’interruzione (ora italiana)"
          value={draft.from}
          onChange={set('from')}
          hint={fromHint}
          warning={kind === 'planned' && rule.tooSoon && fromErrors.length === 0 ? TOO_SOON : undefined}
          errors={fromErrors}
        />
        <DateTimeField
          id="notice-to"
          label="Ripresa prevista del servizio (ora italiana)"
          value={draft.to}
          onChange={set('to')}
          errors={fieldErrors('to')}
        />
        {formError && <Alert color="danger">{formError}</Alert>}
        <Button type="submit" color="primary" disabled={busy}>
          {busy ? 'Pubblicazione in corso…' : 'Pubblica avviso'}
        </Button>
      </form>
      <DoneMessage testId="notice-saved">{saved}</DoneMessage>
      <h2 className="h4 mt-4">Avvisi registrati</h2>
      {list.error && <Alert color="danger">{list.error}</Alert>}
      {list.data && list.data.items.length === 0 && <p>Nessun avviso registrato.</p>}
      {list.data && list.data.items.length > 0 && (
        <ul className="list-unstyled" data-testid="notice-list">
          {list.data.items.map((notice) => (
            <li key={notice.id} className="border-bottom py-2 d-flex flex-wrap justify-content-between gap-2">
              <div>
                <strong>{notice.title}</strong> — {LISTED[notice.kind]}
                <br />
                <span className="small">
                  {notice.from ? `dal ${formatDateTimeMinutes(notice.from)}` : ''}
                  {notice.to ? ` al ${formatDateTimeMinutes(notice.to)}` : ''}
                </span>
              </div>
              <Button color="danger" outline size="sm" onClick={() => void remove(notice.id)}>
                Elimina<span className="visually-hidden"> l’avviso {notice.title}</span>
              </Button>
            </li>
          ))}
        </ul>
      )}
    </Container>
  );
}
