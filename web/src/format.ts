/**
 * Date formatting for the portal. The business clock is Europe/Rome (ENGINEERING.md, decision 7)
 * whatever the browser's own time zone: a letter published at 00:30 Rome time carries that day's
 * date for every user. Dates are shown as the manual shows them: gg/mm/aaaa, hh:mm(:ss).
 */

export const TIME_ZONE = 'Europe/Rome';

type DateInput = Date | string | number | null | undefined;

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

const parts = new Intl.DateTimeFormat('it-IT', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

interface RomeParts {
  day: string;
  month: string;
  year: string;
  hour: string;
  minute: string;
  second: string;
}

function toDate(value: DateInput): Date | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

function romeParts(date: Date): RomeParts {
  const out: Record<string, string> = {};
  for (const part of parts.formatToParts(date)) out[part.type] = part.value;
  return {
    day: out.day,
    month: out.month,
    year: out.year,
    hour: out.hour,
    minute: out.minute,
    second: out.second,
  };
}

/**
 * gg/mm/aaaa in Europe/Rome. A date-only ISO string ("2025-02-18") is a calendar date and is
 * shown as written, never shifted by a time zone. Missing or invalid input gives "".
 */
export function formatDate(value: DateInput): string {
  if (typeof value === 'string') {
    const m = DATE_ONLY.exec(value);
    if (m) return `${m[3]}/${m[2]}/${m[1]}`;
  }
  const date = toDate(value);
  if (!date) return '';
  const p = romeParts(date);
  return `${p.day}/${p.month}/${p.year}`;
}

/** gg/mm/aaaa hh:mm:ss in Europe/Rome (24-hour clock). Missing or invalid input gives "". */
export function formatDateTime(value: DateInput): string {
  const date = toDate(value);
  if (!date) return '';
  const p = romeParts(date);
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}:${p.second}`;
}

/** gg/mm/aaaa hh:mm in Europe/Rome, for notices where seconds would be noise. */
export function formatDateTimeMinutes(value: DateInput): string {
  const date = toDate(value);
  if (!date) return '';
  const p = romeParts(date);
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
}

/** aaaa-mm-gg of the Europe/Rome day of an instant, as a date input and the API want it. Invalid input gives "". */
export function romeIsoDate(value: DateInput): string {
  const date = toDate(value);
  if (!date) return '';
  const p = romeParts(date);
  return `${p.year}-${p.month}-${p.day}`;
}

/** aaaa-mm-ggThh:mm of an instant in Europe/Rome, as a `datetime-local` field shows it. Invalid input gives "". */
export function romeLocalInput(value: DateInput): string {
  const date = toDate(value);
  if (!date) return '';
  const p = romeParts(date);
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

const LOCAL_INPUT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/**
 * The instant a `datetime-local` value names when read as Europe/Rome time, whatever the browser's
 * own zone (the Sportello's forms speak Italian time); undefined for an empty or malformed value.
 */
export function romeLocalToInstant(value: string): Date | undefined {
  const m = LOCAL_INPUT.exec(value);
  if (!m) return undefined;
  const wall = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5]);
  // Rome is UTC+1 or +2: correct the guess by the offset Rome shows at it, twice for the DST edges.
  let instant = wall - 60 * 60 * 1000;
  for (let i = 0; i < 2; i++) {
    const p = romeParts(new Date(instant));
    const shown = Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute);
    instant += wall - shown;
  }
  return new Date(instant);
}

const ITALIAN_INPUT = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})(?:[\s,]+(\d{1,2})[:.](\d{2}))?\s*$/;

/**
 * What an Italian date field shows for an ISO value: `gg/mm/aaaa` for aaaa-mm-gg, `gg/mm/aaaa hh:mm` for
 * aaaa-mm-ggThh:mm (the browser's own date inputs follow its locale, not the portal's language).
 */
export function italianInput(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/.exec(iso);
  if (!m) return '';
  return m[4] ? `${m[3]}/${m[2]}/${m[1]} ${m[4]}:${m[5]}` : `${m[3]}/${m[2]}/${m[1]}`;
}

/**
 * The ISO value of what was typed in an Italian date field: aaaa-mm-gg, or aaaa-mm-ggThh:mm when `withTime`
 * (hh.mm accepted too); undefined when it is not a real day and time of that form.
 */
export function parseItalianInput(text: string, withTime: boolean): string | undefined {
  const m = ITALIAN_INPUT.exec(text);
  if (!m || Boolean(m[4]) !== withTime) return undefined;
  const [day, month, year] = [+m[1], +m[2], +m[3]];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    return undefined;
  }
  const date = `${m[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  if (!withTime) return date;
  const [hour, minute] = [+m[4], +m[5]];
  if (hour > 23 || minute > 59) return undefined;
  return `${date}T${String(hour).padStart(2, '0')}:${m[5]}`;
}
