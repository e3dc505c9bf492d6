import { noneId, type ClaimQuery } from './query';
import type { ClaimQueryRow } from './row';

const fold = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();

/** The filter of a query that filters nothing: `run` can then skip looking at the rows. */
export const everyRow = (_row: ClaimQueryRow): boolean => true;

/**
 * The query's filters (not its search) as a test of one row. Several values of one filter are
 * alternatives; different filters must all hold.
 */
export function compileClaimFilter(query: ClaimQuery): (row: ClaimQueryRow) => boolean {
  const tests: ((row: ClaimQueryRow) => boolean)[] = [];
  const nullable = (values: string[], get: (row: ClaimQueryRow) => string | null) => {
    if (values.length === 0) return;
    const set = new Set(values);
    const none = set.has(noneId);
    tests.push((row) => {
      const value = get(row);
      return value === null ? none : set.has(value);
    });
  };
  const plain = (values: readonly string[], get: (row: ClaimQueryRow) => string) => {
    if (values.length === 0) return;
    const set = new Set(values);
    tests.push((row) => set.has(get(row)));
  };
  nullable(query.speakers, (row) => row.speakerId);
  nullable(query.outlets, (row) => row.outletId);
  plain(query.sources, (row) => row.sourceId);
  plain(query.statuses, (row) => row.status);
  plain(query.reviews, (row) => row.review);
  if (query.tags.length > 0) {
    const set = new Set(query.tags);
    tests.push((row) => row.tags.some((tag) => set.has(tag)));
  }
  const { from, to } = query;
  if (from !== null || to !== null) {
    tests.push((row) => {
      if (!row.date) return false;
      const day = row.date.slice(0, 10);
      return (from === null || day >= from) && (to === null || day <= to);
    });
  }
  if (tests.length === 0) return everyRow;
  if (tests.length === 1) return tests[0]!;
  const n = tests.length;
  return (row) => {
    for (let i = 0; i < n; i++) if (!tests[i]!(row)) return false;
    return true;
  };
}

/**
 * A plain stand-in for the search index, for callers without one: every word of the search
 * occurs in the claim's text or its source's title (ignoring case and accents).
 */
export function plainTextMatcher(q: string): (row: ClaimQueryRow) => boolean {
  const words = fold(q)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  if (words.length === 0) return () => true;
  return (row) => {
    const haystack = fold(`${row.text} ${row.sourceTitle}`);
    return words.every((word) => haystack.includes(word));
  };
}
