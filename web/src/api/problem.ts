/**
 * RFC 9457 problem details as the portal's API sends them (API.md, "Conventions"):
 * `title` is Italian and meant for people, `code` is stable and meant for programs.
 */
export interface Problem {
  type?: string;
  status: number;
  title: string;
  detail?: string;
  code?: string;
  errors?: Record<string, string[]>;
  /** OTP: wrong codes still allowed before the account locks. */
  attemptsLeft?: number;
  /** Registration and profile: why the codice fiscale looks inconsistent (`fiscal-code-confirm`). */
  warnings?: ProblemWarning[];
  /** Change of mobile: the manual's warning to acknowledge (`acknowledgement-required`). */
  warning?: string;
}

export interface ProblemWarning {
  field: string;
  mismatch?: string;
  message: string;
}

/** An API call that did not succeed. `status` is 0 when the server could not be reached. */
export class ApiError extends Error {
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.title);
    this.name = 'ApiError';
    this.problem = problem;
  }

  get status(): number {
    return this.problem.status;
  }

  get code(): string | undefined {
    return this.problem.code;
  }
}

export const NETWORK_ERROR_TITLE =
  'Non è stato possibile contattare il portale: verificare la connessione e riprovare.';
export const NOT_AVAILABLE_TITLE = 'Servizio non ancora disponibile.';

/** Italian wording for a status when the server sent no usable problem document. */
export function fallbackTitle(status: number): string {
  if (status === 0) return NETWORK_ERROR_TITLE;
  if (status === 400 || status === 422)
    return 'I dati inviati non sono validi: controllare i campi evidenziati e riprovare.';
  if (status === 401) return 'La sessione è scaduta o non è valida: è necessario accedere di nuovo.';
  if (status === 403) return "L'utente non è autorizzato a eseguire questa operazione.";
  if (status === 404) return NOT_AVAILABLE_TITLE;
  if (status === 429) return 'Troppi tentativi ravvicinati: attendere qualche minuto e riprovare.';
  if (status === 503)
    return 'Il portale è temporaneamente non disponibile (manutenzione o caricamento dei dati): riprovare più tardi.';
  if (status >= 500) return 'Si è verificato un errore del portale: riprovare più tardi.';
  return 'La richiesta non è andata a buon fine: riprovare più tardi.';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseErrors(value: unknown): Record<string, string[]> | undefined {
  if (!isRecord(value)) return undefined;
  const out: Record<string, string[]> = {};
  for (const [field, messages] of Object.entries(value)) {
    if (Array.isArray(messages)) out[field] = messages.filter((m): m is string => typeof m === 'string');
    else if (typeof messages === 'string') out[field] = [messages];
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

function parseWarnings(value: unknown): ProblemWarning[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const out = value
    .filter(isRecord)
    .filter((w) => typeof w.message === 'string')
    .map((w) => ({
      field: typeof w.field === 'string' ? w.field : '',
      mismatch: typeof w.mismatch === 'string' ? w.mismatch : undefined,
      message: w.message as string,
    }));
  return out.length > 0 ? out : undefined;
}

/**
 * Builds a Problem from whatever body came back with an error status. A well-formed problem
 * keeps its own title; anything else (HTML from a proxy, empty body, bad JSON) gets the Italian
 * fallback for the HTTP status, so the user never sees English or raw markup.
 */
export function toProblem(status: number, body: unknown): Problem {
  const problem: Problem = { status, title: fallbackTitle(status) };
  if (!isRecord(body)) return problem;
  // The portal's own problems always carry a stable `code` and an Italian `title`. A problem
  // without `code` comes from the framework or a proxy (e.g. ASP.NET's "Not Found" for a route
  // that does not exist yet) and its English title is replaced by the Italian fallback.
  const fromPortal = typeof body.code === 'string' && body.code !== '';
  if (fromPortal && typeof body.title === 'string' && body.title.trim() !== '') problem.title = body.title.trim();
  if (typeof body.type === 'string') problem.type = body.type;
  if (typeof body.detail === 'string') problem.detail = body.detail;
  if (typeof body.code === 'string') problem.code = body.code;
  if (typeof body.status === 'number' && body.status >= 400) problem.status = body.status;
  if (typeof body.attemptsLeft === 'number') problem.attemptsLeft = body.attemptsLeft;
  const warnings = parseWarnings(body.warnings);
  if (warnings) problem.warnings = warnings;
  if (typeof body.warning === 'string' && body.warning.trim() !== '') problem.warning = body.warning;
  const errors = parseErrors(body.errors);
  if (errors) problem.errors = errors;
  return problem;
}

/**
 * The problem behind whatever a call threw: the API's own (Italian title, code, field errors), or
 * the network fallback for anything else. The one place that asks `instanceof ApiError`.
 */
export function problemOf(error: unknown): Problem {
  return error instanceof ApiError ? error.problem : { status: 0, title: fallbackTitle(0) };
}

/** The Italian sentence to show for a failed call. */
export const errorTitle = (error: unknown): string => problemOf(error).title;
