import { describe, expect, it } from 'vitest';
import { listQueryString } from '../api/operator';
import {
  currentCursor,
  FIRST_PAGE,
  hasPrevious,
  next,
  previous,
  rangeLabel,
  sortDirection,
  toggleSort,
} from './paging';

describe('cursor stack', () => {
  it('walks forward and back', () => {
    let s = FIRST_PAGE;
    expect(currentCursor(s)).toBeUndefined();
    expect(hasPrevious(s)).toBe(false);
    s = next(s, 'c2');
    s = next(s, 'c3');
    expect(currentCursor(s)).toBe('c3');
    expect(rangeLabel(s, 10, 4, 24)).toBe('Vista da 21 a 24 di 24 elementi');
    s = previous(s);
    expect(currentCursor(s)).toBe('c2');
    s = previous(previous(s));
    expect(s).toEqual([undefined]);
  });

  it('does not move past the last page', () => {
    expect(next(FIRST_PAGE, null)).toBe(FIRST_PAGE);
  });

  it('names an empty list as the manual does', () => {
    expect(rangeLabel(FIRST_PAGE, 10, 0, 0)).toBe('Vista da 0 a 0 di 0 elementi');
    expect(rangeLabel(FIRST_PAGE, 10, 1, 1)).toBe('Vista da 1 a 1 di 1 elementi');
  });
});

describe('sort', () => {
  it('toggles ascending and descending', () => {
    expect(toggleSort(undefined, 'name')).toBe('name:asc');
    expect(toggleSort('name:asc', 'name')).toBe('name:desc');
    expect(toggleSort('name:desc', 'name')).toBe('name:asc');
    expect(toggleSort('name:desc', 'caseId')).toBe('caseId:asc');
    expect(sortDirection('name:desc', 'name')).toBe('descending');
    expect(sortDirection('name:desc', 'hash')).toBeUndefined();
  });
});

describe('list query string', () => {
  it('leaves out empty filters and trims the search', () => {
    expect(listQueryString({ section: 'new', pageSize: 10, serviceType: '', recipient: '', q: '  ' })).toBe(
      'section=new&pageSize=10',
    );
    expect(
      listQueryString({
        section: 'to-work',
        pageSize: 25,
        sort: 'publishedAt:desc',
        serviceType: 'gas',
        recipient: 'CC',
        q: ' rossi ',
        cursor: 'a+b',
      }),
    ).toBe('section=to-work&pageSize=25&sort=publishedAt%3Adesc&serviceType=gas&recipient=CC&q=rossi&cursor=a%2Bb');
  });
});
