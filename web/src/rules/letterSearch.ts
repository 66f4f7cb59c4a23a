/**
 * "Ricerca lettere" (manual 6.8): the 14 filters in the manual's order and labels, the checks the
 * browser makes before asking the API (dates as gg/mm/aaaa, at least one filter) and the query
 * string the API expects (docs/api.md, "Ricerca lettere").
 */

export type SearchField =
  | 'letter'
  | 'answer'
  | 'recipient'
  | 'caseId'
  | 'customerName'
  | 'supplyAddress'
  | 'utility'
  | 'topic'
  | 'subTopic'
  | 'note'
  | 'publishedFrom'
  | 'publishedTo'
  | 'completeness'
  | 'practiceType';

/** What the user typed; `recipient` is the manual's SI/NO ('' = any). Dates are gg/mm/aaaa. */
export type SearchForm = Record<SearchField, string>;

/** Completezza Risposta's values (AnswerCompleteness.cs): energy «assente», water «Risposta incompleta». */
export const COMPLETENESS_VALUES = ['assente', 'Risposta incompleta'] as const;

/** The filters in the manual's order; the field names are the API's query parameters. */
export const SEARCH_FIELDS: ReadonlyArray<{
  field: SearchField;
  label: string;
  kind: 'text' | 'yes-no' | 'date' | 'choice';
  /** The values a `choice` offers, sent as they are. */
  options?: readonly string[];
}> = [
  { field: 'letter', label: 'Lettera', kind: 'text' },
  { field: 'answer', label: 'Risposta', kind: 'text' },
  { field: 'recipient', label: 'Destinatario Principale', kind: 'yes-no' },
  { field: 'caseId', label: 'ID Caso', kind: 'text' },
  { field: 'customerName', label: 'Denominazione Cliente', kind: 'text' },
  { field: 'supplyAddress', label: 'Indirizzo Fornitura', kind: 'text' },
  { field: 'utility', label: 'Utenza', kind: 'text' },
  { field: 'topic', label: 'Argomento', kind: 'text' },
  { field: 'subTopic', label: 'Sub Argomento', kind: 'text' },
  { field: 'note', label: 'Nota', kind: 'text' },
  { field: 'publishedFrom', label: 'Pubblicazione dal', kind: 'date' },
  { field: 'publishedTo', label: 'Pubblicazione al', kind: 'date' },
  { field: 'completeness', label: 'Completezza Risposta', kind: 'choice', options: COMPLETENESS_VALUES },
  { field: 'practiceType', label: 'Tipo Pratica', kind: 'text' },
];

export const EMPTY_SEARCH: SearchForm = Object.fromEntries(SEARCH_FIELDS.map((f) => [f.field, ''])) as SearchForm;

export const NO_FILTER_MESSAGE = 'Indicare almeno un filtro di ricerca.';

const ITALIAN_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** gg/mm/aaaa → aaaa-mm-gg, or undefined when it is not a real calendar date. */
export function isoDate(text: string): string | undefined {
  const m = ITALIAN_DATE.exec(text.trim());
  if (!m) return undefined;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${m[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export type SearchErrors = Partial<Record<SearchField | 'form', string[]>>;

/** The API's query parameters for a valid form, or the Italian errors per field. */
export function checkSearch(form: SearchForm): { params: Record<string, string> } | { errors: SearchErrors } {
  const errors: SearchErrors = {};
  const params: Record<string, string> = {};
  for (const { field, label, kind } of SEARCH_FIELDS) {
    const value = form[field].trim();
    if (value === '') continue;
    if (kind === 'date') {
      const iso = isoDate(value);
      if (iso) params[field] = iso;
      else errors[field] = [`${label}: data non valida (formato gg/mm/aaaa).`];
    } else if (kind === 'yes-no') {
      params[field] = value === 'SI' ? 'TO' : 'CC';
    } else {
      params[field] = value;
    }
  }
  if (params.publishedFrom && params.publishedTo && params.publishedFrom > params.publishedTo) {
    errors.publishedTo = ['Pubblicazione al non può essere precedente a Pubblicazione dal.'];
  }
  if (Object.keys(errors).length > 0) return { errors };
  if (Object.keys(params).length === 0) return { errors: { form: [NO_FILTER_MESSAGE] } };
  return { params };
}
