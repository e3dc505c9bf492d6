import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  claimsHref,
  emptyClaimQuery,
  normalizeClaimQuery,
  parseClaimQuery,
  serialiseClaimQuery,
} from '../../../src/core/query';
import { queryArb, wildQueryArb } from './arbitraries';

describe('claim query in the URL', () => {
  it('reads the link other screens write', () => {
    const query = parseClaimQuery('?speaker=sp-1&status=disputed&q=plane&sort=date:desc');
    expect(query).toEqual({
      ...emptyClaimQuery,
      q: 'plane',
      speakers: ['sp-1'],
      statuses: ['disputed'],
      sort: { key: 'date', dir: 'desc' },
    });
  });

  it('reads repeated parameters as several values of one filter', () => {
    const query = parseClaimQuery('status=disputed&status=refuted&tag=a%20b&tag=c%26d');
    expect(query.statuses).toEqual(['disputed', 'refuted']);
    expect(query.tags).toEqual(['a b', 'c&d']);
  });

  it('ignores what it does not know and drops invalid values', () => {
    const query = parseClaimQuery(
      'claim=abc&review=maybe&review=accepted&from=2025-02-30&to=2025-07-03&sort=colour:up&speaker=',
    );
    expect(query).toEqual({ ...emptyClaimQuery, reviews: ['accepted'], to: '2025-07-03' });
  });

  it('writes parameters in a fixed order and leaves out what is empty', () => {
    expect(serialiseClaimQuery(emptyClaimQuery)).toBe('');
    expect(
      serialiseClaimQuery({
        ...emptyClaimQuery,
        sort: { key: 'speaker', dir: 'asc' },
        statuses: ['refuted', 'disputed'],
        q: 'plane crash',
        from: '2025-01-01',
      }),
    ).toBe('q=plane+crash&status=refuted&status=disputed&from=2025-01-01&sort=speaker%3Aasc');
  });

  it('builds links for other screens', () => {
    expect(claimsHref()).toBe('/claims');
    expect(claimsHref({ speakers: ['sp-1'] })).toBe('/claims?speaker=sp-1');
    expect(claimsHref({ outlets: ['o 1'] })).toBe('/claims?outlet=o+1');
  });

  it('reads back what it writes: parse(serialise(q)) is q, for any normalized query', () => {
    fc.assert(
      fc.property(wildQueryArb, (raw) => {
        const query = normalizeClaimQuery(raw);
        expect(parseClaimQuery(serialiseClaimQuery(query))).toEqual(query);
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(queryArb, (query) => {
        expect(parseClaimQuery(serialiseClaimQuery(query))).toEqual(query);
      }),
    );
  });

  it('normalizes: parse(serialise(q)) equals normalize(q) for any query', () => {
    fc.assert(
      fc.property(wildQueryArb, (query) => {
        expect(parseClaimQuery(serialiseClaimQuery(query))).toEqual(normalizeClaimQuery(query));
        expect(normalizeClaimQuery(normalizeClaimQuery(query))).toEqual(normalizeClaimQuery(query));
      }),
      { numRuns: 300 },
    );
  });
});
