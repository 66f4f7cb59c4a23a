import { useState, type FormEvent } from 'react';
import { SelectField, TextField } from '../components/FormField';
import { SERVICE_TYPES } from '../pages/letterColumns';
import type { Schemas } from '../api/contract';
import { DoneMessage, PdfField, pdfForm, SubmitRow, useChosenFile, useStaffSubmit } from './StaffForm';
import { useStaff } from './StaffLayout';
import type { Company } from './useCompanies';

/** The letter's fields as the manual's columns name them (figs. 1–2), in the metadata's names. */
const TEXT_FIELDS = [
  ['caseId', 'ID Caso'],
  ['practiceType', 'Tipo Pratica'],
  ['utility', 'Utenza'],
  ['topic', 'Argomento'],
  ['subTopic', 'Sub Argomento'],
  ['customerName', 'Denominazione Cliente'],
  ['supplyAddress', 'Indirizzo Fornitura'],
] as const;

type TextFieldName = (typeof TEXT_FIELDS)[number][0];
type Draft = Record<TextFieldName, string> & {
  to: string;
  cc: string[];
  serviceType: string;
  termWorkingDays: string;
  specialProcedure: boolean;
};

const EMPTY: Draft = {
  to: '',
  cc: [],
  caseId: '',
  practiceType: '',
  utility: '',
  serviceType: '',
  topic: '',
  subTopic: '',
  customerName: '',
  supplyAddress: '',
  termWorkingDays: '30',
  specialProcedure: false,
};

const companyLabel = (c: Company) => `${c.name} (${c.id})`;

/** The sector follows the Tipo Servizio (idrico → acqua, every other → energia), as the API checks. */
export const sectorOf = (serviceType: string) => (serviceType === 'idrico' ? 'water' : 'energy');

/**
 * Back office (issue 13, item 3): one letter for tonight's loading, every field and its PDF. A refusal
 * puts each message under its field and keeps all that was written, the PDF too.
 */
export function LetterStagingForm({ companies }: { companies: Company[] }) {
  const { call } = useStaff();
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [done, setDone] = useState<string>();
  const pdf = useChosenFile(() => setDone(undefined));
  const { busy, formError, submit, fieldErrors } = useStaffSubmit({
    'letter-exists': 'file',
  });
  const byLabel = new Map(companies.map((c) => [companyLabel(c), c.id]));
  const labelOf = (id: string) => {
    const company = companies.find((c) => c.id === id);
    return company ? companyLabel(company) : '';
  };
  const set = <K extends keyof Draft>(field: K, value: Draft[K]) => {
    setDraft((d) => ({ ...d, [field]: value }));
    setDone(undefined);
  };

  async function stage(event: FormEvent) {
    event.preventDefault();
    const metadata = {
      to: draft.to,
      cc: draft.cc,
      ...Object.fromEntries(TEXT_FIELDS.map(([name]) => [name, draft[name]])),
      serviceType: draft.serviceType,
      termWorkingDays: draft.termWorkingDays === '' ? null : Number(draft.termWorkingDays),
      specialProcedure: draft.specialProcedure,
      sector: sectorOf(draft.serviceType),
    };
    const staged = await submit(() =>
      call<Schemas['StagedLetter']>('/backoffice/letters', { method: 'POST', body: pdfForm(pdf.file, metadata) }),
    );
    if (!staged) return;
    setDone(`La lettera ${staged.name} è pronta: il caricamento notturno la pubblicherà alle società indicate.`);
    setDraft(EMPTY);
    pdf.clear();
  }

  return (
    <form noValidate onSubmit={(e) => void stage(e)} data-testid="letter-staging-form">
      <div className="row">
        <div className="col-lg-6">
          <SelectField
            id="letter-to"
            label="Società destinataria (TO)"
            value={labelOf(draft.to)}
            onChange={(label) => set('to', byLabel.get(label) ?? '')}
            options={companies.map(companyLabel)}
            required
            errors={fieldErrors('to')}
          />
        </div>
        <div className="col-lg-6">
          <fieldset className="mb-4" aria-describedby={fieldErrors('cc').length ? 'letter-cc-error' : undefined}>
            <legend className="form-label h6">Società in copia conoscenza (CC)</legend>
            {companies
              .filter((c) => c.id !== draft.to)
              .map((c) => (
                <div className="form-check" key={c.id}>
                  <input
                    id={`letter-cc-${c.id}`}
                    type="checkbox"
                    checked={draft.cc.includes(c.id)}
                    onChange={(e) =>
                      set('cc', e.target.checked ? [...draft.cc, c.id] : draft.cc.filter((id) => id !== c.id))
                    }
                  />
                  <label htmlFor={`letter-cc-${c.id}`}>{companyLabel(c)}</label>
                </div>
              ))}
            {fieldErrors('cc').length > 0 && (
              <div id="letter-cc-error" className="invalid-feedback d-block">
                {fieldErrors('cc').join(' ')}
              </div>
            )}
          </fieldset>
        </div>
        {TEXT_FIELDS.map(([name, label]) => (
          <div className="col-lg-6" key={name}>
            <TextField
              id={`letter-${name}`}
              label={label}
              value={draft[name]}
              onChange={(value) => set(name, value)}
              required
              autoComplete="off"
              errors={fieldErrors(name)}
            />
          </div>
        ))}
        <div className="col-lg-6">
          <SelectField
            id="letter-serviceType"
            label="Tipo Servizio"
            value={SERVICE_TYPES.find((t) => t.value === draft.serviceType)?.label ?? ''}
            onChange={(label) => set('serviceType', SERVICE_TYPES.find((t) => t.label === label)?.value ?? '')}
            options={SERVICE_TYPES.map((t) => t.label)}
            required
            errors={[...fieldErrors('serviceType'), ...fieldErrors('sector')]}
          />
        </div>
        <div className="col-lg-6">
          <TextField
            id="letter-termWorkingDays"
            label="Termine di risposta (giorni lavorativi)"
            inputMode="numeric"
            value={draft.termWorkingDays}
            onChange={(value) => set('termWorkingDays', value)}
            required
            errors={fieldErrors('termWorkingDays')}
          />
        </div>
        <div className="col-lg-6">
          <div className="form-check mb-4">
            <input
              id="letter-specialProcedure"
              type="checkbox"
              checked={draft.specialProcedure}
              aria-describedby={fieldErrors('specialProcedure').length ? 'letter-specialProcedure-error' : undefined}
              onChange={(e) => set('specialProcedure', e.target.checked)}
            />
            <label htmlFor="letter-specialProcedure">Procedura speciale</label>
            {fieldErrors('specialProcedure').length > 0 && (
              <div id="letter-specialProcedure-error" className="invalid-feedback d-block">
                {fieldErrors('specialProcedure').join(' ')}
              </div>
            )}
          </div>
        </div>
        <div className="col-lg-6">
          <PdfField
            key={pdf.version}
            id="letter-file"
            label="PDF della lettera"
            hint="Il nome del file è il nome della lettera: L-P-AA-NNNNNNN_NN.PDF."
            onChange={pdf.choose}
            errors={[...fieldErrors('file'), ...fieldErrors('metadata')]}
          />
        </div>
      </div>
      <SubmitRow formError={formError} busy={busy} label="Prepara la lettera" />
      <DoneMessage testId="letter-staged">{done}</DoneMessage>
    </form>
  );
}
