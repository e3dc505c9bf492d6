import fc from 'fast-check';
import type { Review } from '../../../src/shared/model';
import {
  reviewStates,
  sortKeys,
  type ClaimQuery,
  type ClaimQueryRow,
} from '../../../src/core/query';

/** Small vocabularies, so random rows and queries often meet. */
export const speakerIds = ['sp-a', 'sp-b', 'sp-c'];
export const outletIds = ['out-a', 'out-b'];
export const sourceIds = ['src-1', 'src-2', 'src-3', 'src-4'];
export const statuses = ['unverified', 'corroborated', 'disputed', 'refuted', 'legacy'];
export const tags = ['energy', 'Aviation', 'courts', 'émigré'];
const names: Record<string, string> = {
  'sp-a': 'Ilham Aliyev',
  'sp-b': 'sergey lavrov',
  'sp-c': 'Élise Martin',
};
const outletNames: Record<string, string> = { 'out-a': 'Caliber.Az', 'out-b': 'alpha news' };
const titles: Record<string, string> = {
  'src-1': 'Budget day',
  'src-2': 'budget Day',
  'src-3': 'The crisis chain',
  'src-4': '',
};
const dates: Record<string, string | null> = {
  'src-1': '2025-02-07',
  'src-2': '2025-07-03',
  'src-3': null,
  'src-4': '2025-07-03',
};
const words = ['plane', 'Prices', 'wages', 'rise', 'fall', 'Moscow', 'baku', 'pipeline', 'said'];

export const rowArb: fc.Arbitrary<ClaimQueryRow> = fc
  .record({
    id: fc.uuid(),
    text: fc
      .array(fc.constantFrom(...words), { minLength: 1, maxLength: 6 })
      .map((w) => w.join(' ')),
    sourceId: fc.constantFrom(...sourceIds),
    speakerId: fc.option(fc.constantFrom(...speakerIds), { nil: null }),
    outletId: fc.option(fc.constantFrom(...outletIds), { nil: null }),
    status: fc.constantFrom(...statuses),
    tags: fc.uniqueArray(fc.constantFrom(...tags), { maxLength: 3 }),
    review: fc.constantFrom<Review>(...reviewStates),
    start: fc.integer({ min: 0, max: 50 }),
  })
  .map((r) => ({
    ...r,
    sourceTitle: titles[r.sourceId]!,
    date: dates[r.sourceId]!,
    speakerName: r.speakerId ? names[r.speakerId]! : null,
    outletName: r.outletId ? outletNames[r.outletId]! : null,
  }));

const isoDay = fc
  .date({
    min: new Date('2024-01-01T00:00:00Z'),
    max: new Date('2026-01-01T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));

/** A range's end: often exactly a row's date, where an off-by-one would show. */
const rangeDay = fc.oneof(
  isoDay,
  fc.constantFrom(...Object.values(dates).filter((d) => d !== null)),
);

/** Queries over the vocabularies above (normalized: no repeats, no empty values). */
export const queryArb: fc.Arbitrary<ClaimQuery> = fc.record({
  q: fc.oneof(fc.constant(''), fc.constantFrom(...words), fc.constant('  ')),
  speakers: fc.uniqueArray(fc.constantFrom(...speakerIds, 'none'), { maxLength: 2 }),
  outlets: fc.uniqueArray(fc.constantFrom(...outletIds, 'none'), { maxLength: 2 }),
  sources: fc.uniqueArray(fc.constantFrom(...sourceIds), { maxLength: 2 }),
  statuses: fc.uniqueArray(fc.constantFrom(...statuses), { maxLength: 3 }),
  tags: fc.uniqueArray(fc.constantFrom(...tags), { maxLength: 2 }),
  reviews: fc.uniqueArray(fc.constantFrom<Review>(...reviewStates), { maxLength: 2 }),
  from: fc.option(rangeDay, { nil: null }),
  to: fc.option(rangeDay, { nil: null }),
  sort: fc.option(
    fc.record({
      key: fc.constantFrom(...sortKeys),
      dir: fc.constantFrom('asc' as const, 'desc' as const),
    }),
    { nil: null },
  ),
});

/** Any query at all, with arbitrary (well-formed) strings everywhere. */
export const wildQueryArb: fc.Arbitrary<ClaimQuery> = fc.record({
  q: fc.string({ unit: 'grapheme', maxLength: 20 }),
  speakers: fc.array(fc.string({ unit: 'grapheme', maxLength: 8 }), { maxLength: 3 }),
  outlets: fc.array(fc.string({ maxLength: 8 }), { maxLength: 3 }),
  sources: fc.array(fc.uuid(), { maxLength: 3 }),
  statuses: fc.array(fc.string({ unit: 'grapheme', maxLength: 8 }), { maxLength: 3 }),
  tags: fc.array(fc.string({ unit: 'grapheme', maxLength: 8 }), { maxLength: 3 }),
  reviews: fc.array(fc.constantFrom<Review>(...reviewStates), { maxLength: 4 }),
  from: fc.option(fc.oneof(isoDay, fc.string({ maxLength: 10 })), { nil: null }),
  to: fc.option(fc.oneof(isoDay, fc.string({ maxLength: 10 })), { nil: null }),
  sort: fc.option(
    fc.record({
      key: fc.constantFrom(...sortKeys),
      dir: fc.constantFrom('asc' as const, 'desc' as const),
    }),
    { nil: null },
  ),
});
