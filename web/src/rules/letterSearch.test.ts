import { describe, expect, it } from 'vitest';
import { checkSearch, EMPTY_SEARCH, isoDate, NO_FILTER_MESSAGE, SEARCH_FIELDS } from './letterSearch';

describe('letter search rules', () => {
  it('lists the 14 filters of manual 6.8 in its order and wording', () => {
    expect(SEARCH_FIELDS.map((f) => f.label)).toEqual([
      'Lettera',
      'Risposta',
      'Destinatario Principale',
      'ID Caso',
      'Denominazione Cliente',
      'Indirizzo Fornitura',
      'Utenza',
      'Argomento',
      'Sub Argomento',
      'Nota',
      'Pubblicazione dal',
      'Pubblicazione al',
      'Completezza Risposta',
      'Tipo Pratica',
    ]);
  });

  it('reads gg/mm/aaaa dates and refuses impossible ones', () => {
    expect(isoDate('05/03/2026')).toBe('2026-03-05');
    expect(isoDate(' 5/3/2026 ')).toBe('2026-03-05');
    expect(isoDate('29/02/2028')).toBe('2028-02-29');
    expect(isoDate('30/02/2026')).toBeUndefined();
    expect(isoDate('2026-03-05')).toBeUndefined();
    expect(isoDate('5/3/26')).toBeUndefined();
  });

  it('sends only the filters given, trimmed, SI/NO as TO/CC and dates as aaaa-mm-gg', () => {
    expect(
      checkSearch({
        ...EMPTY_SEARCH,
        letter: ' L-P-20% ',
        recipient: 'NO',
        publishedFrom: '01/03/2026',
        publishedTo: '31/03/2026',
      }),
    ).toEqual({
      params: { letter: 'L-P-20%', recipient: 'CC', publishedFrom: '2026-03-01', publishedTo: '2026-03-31' },
    });
    expect(checkSearch({ ...EMPTY_SEARCH, recipient: 'SI' })).toEqual({ params: { recipient: 'TO' } });
  });

  it('asks for at least one filter', () => {
    expect(checkSearch({ ...EMPTY_SEARCH, note: '   ' })).toEqual({ errors: { form: [NO_FILTER_MESSAGE] } });
  });

  it('names the wrong date fields in Italian, and al before dal', () => {
    expect(checkSearch({ ...EMPTY_SEARCH, publishedFrom: '31/13/2026', publishedTo: 'ieri' })).toEqual({
      errors: {
        publishedFrom: ['Pubblicazione dal: data non valida (formato gg/mm/aaaa).'],
        publishedTo: ['Pubblicazione al: data non valida (formato gg/mm/aaaa).'],
      },
    });
    expect(checkSearch({ ...EMPTY_SEARCH, publishedFrom: '10/03/2026', publishedTo: '09/03/2026' })).toEqual({
      errors: { publishedTo: ['Pubblicazione al non può essere precedente a Pubblicazione dal.'] },
    });
  });
});
