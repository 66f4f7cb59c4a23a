import { describe, expect, it } from 'vitest';
import { ApiError, errorTitle, fallbackTitle, NETWORK_ERROR_TITLE, NOT_AVAILABLE_TITLE } from './problem';
import { problemOf, toProblem } from './problem';

describe('toProblem', () => {
  it('keeps the Italian title, code and field errors of a portal problem', () => {
    const problem = toProblem(400, {
      type: 'about:blank',
      status: 400,
      title: 'Username o password non corretti.',
      code: 'credentials-invalid',
      errors: { username: ['Lo username è obbligatorio.'], password: 'Troppo corta' },
    });
    expect(problem).toEqual({
      type: 'about:blank',
      status: 400,
      title: 'Username o password non corretti.',
      code: 'credentials-invalid',
      errors: { username: ['Lo username è obbligatorio.'], password: ['Troppo corta'] },
    });
  });

  it('replaces the English title of a framework problem (no code) with Italian', () => {
    const problem = toProblem(404, {
      type: 'https://tools.ietf.org/html/rfc9110#section-15.5.5',
      title: 'Not Found',
      status: 404,
    });
    expect(problem.title).toBe(NOT_AVAILABLE_TITLE);
    expect(problem.code).toBeUndefined();
  });

  it('falls back by status when the body is not a problem', () => {
    expect(toProblem(503, undefined).title).toBe(fallbackTitle(503));
    expect(toProblem(500, '<html>').title).toBe(fallbackTitle(500));
    expect(toProblem(401, [1, 2]).title).toBe(fallbackTitle(401));
  });

  it('keeps the codice fiscale warnings and the change-of-mobile warning', () => {
    const problem = toProblem(422, {
      title: 'Codice fiscale da confermare.',
      code: 'fiscal-code-confirm',
      warnings: [
        { field: 'fiscalCode', mismatch: 'Birthplace', message: 'Il luogo di nascita non corrisponde' },
        { field: 'x' },
        'bad',
      ],
      warning: 'Attenzione!',
    });
    expect(problem.warnings).toEqual([
      { field: 'fiscalCode', mismatch: 'Birthplace', message: 'Il luogo di nascita non corrisponde' },
    ]);
    expect(problem.warning).toBe('Attenzione!');
    expect(toProblem(422, { title: 't', code: 'c', warnings: [] }).warnings).toBeUndefined();
  });

  it('ignores a blank title', () => {
    expect(toProblem(429, { title: '  ', code: 'rate-limited' }).title).toBe(fallbackTitle(429));
  });
});

describe('fallbackTitle', () => {
  it('speaks Italian for every status', () => {
    expect(fallbackTitle(0)).toBe(NETWORK_ERROR_TITLE);
    expect(fallbackTitle(404)).toBe('Servizio non ancora disponibile.');
    expect(fallbackTitle(503)).toMatch(/manutenzione/);
    expect(fallbackTitle(502)).toMatch(/errore del portale/);
    expect(fallbackTitle(418)).toMatch(/non è andata a buon fine/);
  });
});

describe('problemOf and errorTitle', () => {
  const refused = new ApiError({
    status: 422,
    title: 'Il codice OTP non è corretto.',
    code: 'otp-invalid',
    attemptsLeft: 2,
    errors: { code: ['Il codice OTP non è corretto.'] },
  });

  it("give back the API's own problem: its Italian title, code, field errors and extensions", () => {
    expect(problemOf(refused)).toBe(refused.problem);
    expect(errorTitle(refused)).toBe('Il codice OTP non è corretto.');
  });

  it('turn anything else thrown (a bug, a string) into the network fallback, never an English message', () => {
    for (const thrown of [new TypeError('Failed to fetch'), new SyntaxError('Unexpected token <'), 'boom', undefined]) {
      expect(problemOf(thrown)).toEqual({ status: 0, title: NETWORK_ERROR_TITLE });
      expect(errorTitle(thrown)).toBe(NETWORK_ERROR_TITLE);
    }
  });
});
