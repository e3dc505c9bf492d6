import { describe, expect, it } from 'vitest';
import {
  applyClaimQuery,
  emptyClaimQuery,
  type ClaimQuery,
  type ClaimQueryRow,
} from '../../../src/core/query';

function row(id: string, overrides: Partial<ClaimQueryRow> = {}): ClaimQueryRow {
  return {
    id,
    text: `claim ${id}`,
    sourceId: 'src-1',
    sourceTitle: 'Budget day',
    date: '2025-07-03',
    speakerId: 'sp-1',
    speakerName: 'Ilham Aliyev',
    outletId: 'out-1',
    outletName: 'Caliber.Az',
    status: 'unverified',
    tags: [],
    review: 'suggested',
    start: 0,
    ...overrides,
  };
}

const q = (overrides: Partial<ClaimQuery>): ClaimQuery => ({ ...emptyClaimQuery, ...overrides });
const ids = (rows: ClaimQueryRow[]) => rows.map((r) => r.id);

const rows = [
  row('a', { status: 'disputed', tags: ['energy'], start: 10 }),
  row('b', { speakerId: null, speakerName: null, start: 20, review: 'accepted' }),
  row('c', {
    sourceId: 'src-2',
    sourceTitle: 'Crisis chain',
    date: '2025-02-07',
    outletId: null,
    outletName: null,
    tags: ['courts', 'energy'],
    status: 'refuted',
  }),
  row('d', {
    sourceId: 'src-3',
    sourceTitle: 'Undated op-ed',
    date: null,
    speakerId: 'sp-2',
    speakerName: 'sergey Lavrov',
    review: 'rejected',
  }),
];

describe('applyClaimQuery filters', () => {
  it('keeps everything without filters, newest source first in reading order', () => {
    expect(ids(applyClaimQuery(rows, emptyClaimQuery))).toEqual(['a', 'b', 'c', 'd']);
  });

  it('narrows by status, review, source and tag (any of the chosen tags)', () => {
    expect(ids(applyClaimQuery(rows, q({ statuses: ['disputed', 'refuted'] })))).toEqual([
      'a',
      'c',
    ]);
    expect(ids(applyClaimQuery(rows, q({ reviews: ['accepted', 'rejected'] })))).toEqual([
      'b',
      'd',
    ]);
    expect(ids(applyClaimQuery(rows, q({ sources: ['src-2'] })))).toEqual(['c']);
    expect(ids(applyClaimQuery(rows, q({ tags: ['courts'] })))).toEqual(['c']);
    expect(ids(applyClaimQuery(rows, q({ tags: ['energy'] })))).toEqual(['a', 'c']);
  });

  it('finds claims without a speaker or outlet with "none"', () => {
    expect(ids(applyClaimQuery(rows, q({ speakers: ['none'] })))).toEqual(['b']);
    expect(ids(applyClaimQuery(rows, q({ speakers: ['none', 'sp-2'] })))).toEqual(['b', 'd']);
    expect(ids(applyClaimQuery(rows, q({ outlets: ['none'] })))).toEqual(['c']);
  });

  it('combines different filters with AND', () => {
    expect(ids(applyClaimQuery(rows, q({ tags: ['energy'], statuses: ['refuted'] })))).toEqual([
      'c',
    ]);
    expect(ids(applyClaimQuery(rows, q({ speakers: ['sp-2'], statuses: ['refuted'] })))).toEqual(
      [],
    );
  });

  it('keeps dates within inclusive bounds and leaves undated sources out', () => {
    expect(ids(applyClaimQuery(rows, q({ from: '2025-07-03' })))).toEqual(['a', 'b']);
    expect(ids(applyClaimQuery(rows, q({ to: '2025-02-07' })))).toEqual(['c']);
    expect(ids(applyClaimQuery(rows, q({ from: '2025-01-01', to: '2025-12-31' })))).toEqual([
      'a',
      'b',
      'c',
    ]);
  });

  it('searches with the index’s answer, ranked, or a plain word match without one', () => {
    const search = new Map([
      ['c', 2.5],
      ['a', 0.7],
      ['d', 0.7],
    ]);
    expect(ids(applyClaimQuery(rows, q({ q: 'energy' }), { search }))).toEqual(['c', 'a', 'd']);
    // A chosen sort wins over relevance.
    expect(
      ids(
        applyClaimQuery(rows, q({ q: 'energy', sort: { key: 'status', dir: 'asc' } }), {
          search,
          statusOrder: ['unverified', 'disputed', 'refuted'],
        }),
      ),
    ).toEqual(['d', 'a', 'c']);
    expect(ids(applyClaimQuery(rows, q({ q: 'UNDATED  claim' })))).toEqual(['d']);
    expect(ids(applyClaimQuery(rows, q({ q: 'crisis' })))).toEqual(['c']);
  });
});

describe('applyClaimQuery order', () => {
  const sorted = (sort: ClaimQuery['sort'], statusOrder?: string[]) =>
    ids(applyClaimQuery(rows, q({ sort }), { statusOrder }));

  it('sorts names ignoring case, empty values last in both directions', () => {
    expect(sorted({ key: 'speaker', dir: 'asc' })).toEqual(['a', 'c', 'd', 'b']);
    expect(sorted({ key: 'speaker', dir: 'desc' })).toEqual(['d', 'a', 'c', 'b']);
    expect(sorted({ key: 'outlet', dir: 'desc' })).toEqual(['a', 'b', 'd', 'c']);
  });

  it('sorts dates with undated sources last', () => {
    expect(sorted({ key: 'date', dir: 'asc' })).toEqual(['c', 'a', 'b', 'd']);
    expect(sorted({ key: 'date', dir: 'desc' })).toEqual(['a', 'b', 'c', 'd']);
  });

  it('sorts statuses in the vocabulary’s order', () => {
    expect(sorted({ key: 'status', dir: 'asc' }, ['refuted', 'disputed', 'unverified'])).toEqual([
      'c',
      'a',
      'b',
      'd',
    ]);
  });

  it('sorts tags and review states', () => {
    expect(sorted({ key: 'tags', dir: 'asc' })).toEqual(['c', 'a', 'b', 'd']);
    expect(sorted({ key: 'review', dir: 'asc' })).toEqual(['a', 'c', 'b', 'd']);
  });

  it('sorts texts in word order, ignoring quotation marks and case', () => {
    const texts = [
      row('x', { text: '“Zero tolerance”', start: 1 }),
      row('y', { text: 'apples', start: 2 }),
      row('z', { text: '«Banana»', start: 3 }),
    ];
    expect(ids(applyClaimQuery(texts, q({ sort: { key: 'text', dir: 'asc' } })))).toEqual([
      'y',
      'z',
      'x',
    ]);
  });
});
