import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateTime,
  formatDateTimeMinutes,
  italianInput,
  parseItalianInput,
  romeIsoDate,
  romeLocalInput,
  romeLocalToInstant,
} from './format';

describe('formatDate', () => {
  it('shows a calendar date as gg/mm/aaaa without shifting it', () => {
    expect(formatDate('2025-02-18')).toBe('18/02/2025');
    expect(formatDate('2026-01-01')).toBe('01/01/2026');
  });

  it('converts an instant to the Rome calendar day (winter, UTC+1)', () => {
    // 23:30 UTC on 31 December is already 1 January in Rome.
    expect(formatDate('2025-12-31T23:30:00Z')).toBe('01/01/2026');
  });

  it('converts an instant to the Rome calendar day (summer, UTC+2)', () => {
    expect(formatDate('2025-06-30T22:30:00Z')).toBe('01/07/2025');
    expect(formatDate('2025-06-30T21:59:59Z')).toBe('30/06/2025');
  });

  it('accepts Date objects and epoch milliseconds', () => {
    const d = new Date(Date.UTC(2025, 1, 18, 9, 0, 13));
    expect(formatDate(d)).toBe('18/02/2025');
    expect(formatDate(d.getTime())).toBe('18/02/2025');
  });

  it('gives an empty string for missing or invalid input', () => {
    expect(formatDate(undefined)).toBe('');
    expect(formatDate(null)).toBe('');
    expect(formatDate('')).toBe('');
    expect(formatDate('non è una data')).toBe('');
  });
});

describe('formatDateTime', () => {
  it('shows gg/mm/aaaa hh:mm:ss in Rome time with an offset in the input', () => {
    expect(formatDateTime('2025-02-18T10:00:13+01:00')).toBe('18/02/2025 10:00:13');
  });

  it('converts UTC to Rome in winter and in summer', () => {
    expect(formatDateTime('2025-02-18T09:00:13Z')).toBe('18/02/2025 10:00:13');
    expect(formatDateTime('2025-07-18T09:00:13Z')).toBe('18/07/2025 11:00:13');
  });

  it('uses a 24-hour clock with midnight as 00', () => {
    expect(formatDateTime('2025-03-10T23:05:09Z')).toBe('11/03/2025 00:05:09');
  });

  it('handles the daylight-saving changes', () => {
    // 30 March 2025: 02:00 CET jumps to 03:00 CEST (01:00 UTC).
    expect(formatDateTime('2025-03-30T00:59:59Z')).toBe('30/03/2025 01:59:59');
    expect(formatDateTime('2025-03-30T01:00:00Z')).toBe('30/03/2025 03:00:00');
    // 26 October 2025: 03:00 CEST goes back to 02:00 CET (01:00 UTC).
    expect(formatDateTime('2025-10-26T00:30:00Z')).toBe('26/10/2025 02:30:00');
    expect(formatDateTime('2025-10-26T01:30:00Z')).toBe('26/10/2025 02:30:00');
  });

  it('gives an empty string for invalid input', () => {
    expect(formatDateTime('31/12/2025')).toBe('');
    expect(formatDateTime(undefined)).toBe('');
  });
});

describe('formatDateTimeMinutes', () => {
  it('shows gg/mm/aaaa hh:mm in Rome time', () => {
    expect(formatDateTimeMinutes('2026-03-14T00:00:00Z')).toBe('14/03/2026 01:00');
    expect(formatDateTimeMinutes('2026-03-14T01:00:00+01:00')).toBe('14/03/2026 01:00');
  });

  it('gives an empty string for invalid input', () => {
    expect(formatDateTimeMinutes('ieri')).toBe('');
  });
});

describe('romeIsoDate', () => {
  it('gives the Rome day of an instant, which is not the UTC one after 23:00 UTC in winter', () => {
    expect(romeIsoDate('2031-06-09T22:30:00Z')).toBe('2031-06-10');
    expect(romeIsoDate('2031-12-03T22:59:00Z')).toBe('2031-12-03');
    expect(romeIsoDate('2031-12-03T23:00:00Z')).toBe('2031-12-04');
    expect(romeIsoDate(undefined)).toBe('');
  });
});

describe('romeLocalToInstant', () => {
  it('reads a datetime-local value as Rome time, winter and summer', () => {
    expect(romeLocalToInstant('2026-12-10T09:00')?.toISOString()).toBe('2026-12-10T08:00:00.000Z');
    expect(romeLocalToInstant('2026-07-10T09:00')?.toISOString()).toBe('2026-07-10T07:00:00.000Z');
    expect(romeLocalToInstant('10/12/2026')).toBeUndefined();
  });

  it('round-trips with romeLocalInput', () => {
    expect(romeLocalInput(romeLocalToInstant('2026-03-29T03:30'))).toBe('2026-03-29T03:30');
    expect(romeLocalInput('2026-12-10T08:00:00Z')).toBe('2026-12-10T09:00');
  });
});

describe('Italian date fields', () => {
  it('show an ISO day, or day and time, as gg/mm/aaaa [hh:mm]', () => {
    expect(italianInput('2026-12-07')).toBe('07/12/2026');
    expect(italianInput('2026-12-07T09:05')).toBe('07/12/2026 09:05');
    expect(italianInput('')).toBe('');
  });

  it('read what is typed back as ISO, refusing days that do not exist and the other form', () => {
    expect(parseItalianInput('7/12/2026', false)).toBe('2026-12-07');
    expect(parseItalianInput('07/12/2026 9.05', true)).toBe('2026-12-07T09:05');
    expect(parseItalianInput('31/02/2026', false)).toBeUndefined();
    expect(parseItalianInput('07/12/2026', true)).toBeUndefined();
    expect(parseItalianInput('07/12/2026 24:00', true)).toBeUndefined();
    expect(parseItalianInput('2026-12-07', false)).toBeUndefined();
  });
});
