import type { Review } from '@shared/model';

/** The columns a claims list can be sorted by. */
export const sortKeys = [
  'text',
  'speaker',
  'outlet',
  'source',
  'date',
  'status',
  'tags',
  'review',
] as const;
export type SortKey = (typeof sortKeys)[number];
export type SortDirection = 'asc' | 'desc';

export interface ClaimSort {
  key: SortKey;
  dir: SortDirection;
}

export const reviewStates: readonly Review[] = ['suggested', 'accepted', 'rejected'];

/** In the speaker and outlet filters: claims that have none. */
export const noneId = 'none';

/**
 * What a claims list shows: a text search, filters (several values of one filter are alternatives,
 * different filters must all hold) and an order. The claims table keeps it in its URL; the CSV
 * export reuses it, so both always agree on what "the filtered claims" are.
 */
export interface ClaimQuery {
  /** Words to search in claim texts and in the texts of their sources; '' for none. */
  q: string;
  speakers: string[];
  outlets: string[];
  sources: string[];
  statuses: string[];
  tags: string[];
  reviews: Review[];
  /** Inclusive bounds on the source's publication date, YYYY-MM-DD; claims of undated sources are left out when either is set. */
  from: string | null;
  to: string | null;
  /** null: by relevance when searching, else the default order (newest sources first). */
  sort: ClaimSort | null;
}

export const emptyClaimQuery: ClaimQuery = Object.freeze({
  q: '',
  speakers: [],
  outlets: [],
  sources: [],
  statuses: [],
  tags: [],
  reviews: [],
  from: null,
  to: null,
  sort: null,
}) as ClaimQuery;

/** Newest sources first, each source's claims in reading order. */
export const defaultSort: ClaimSort = Object.freeze({ key: 'date', dir: 'desc' }) as ClaimSort;

export const listFilters = [
  'speakers',
  'outlets',
  'sources',
  'statuses',
  'tags',
  'reviews',
] as const;
export type ListFilter = (typeof listFilters)[number];

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const match = isoDate.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

export const isSortKey = (value: string): value is SortKey =>
  (sortKeys as readonly string[]).includes(value);

const isReview = (value: string): value is Review =>
  (reviewStates as readonly string[]).includes(value);

function unique(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const value of values) {
    if (value === '' || seen.has(value)) continue;
    seen.add(value);
    out.push(value);
  }
  return out;
}

/** The canonical form: no empty or repeated values, only known review states, real dates and sort keys. */
export function normalizeClaimQuery(query: ClaimQuery): ClaimQuery {
  return {
    q: query.q,
    speakers: unique(query.speakers),
    outlets: unique(query.outlets),
    sources: unique(query.sources),
    statuses: unique(query.statuses),
    tags: unique(query.tags),
    reviews: unique(query.reviews).filter(isReview),
    from: query.from !== null && isIsoDate(query.from) ? query.from : null,
    to: query.to !== null && isIsoDate(query.to) ? query.to : null,
    sort:
      query.sort &&
      isSortKey(query.sort.key) &&
      (query.sort.dir === 'asc' || query.sort.dir === 'desc')
        ? { key: query.sort.key, dir: query.sort.dir }
        : null,
  };
}

/** True when the search has words to look for (spaces alone are no search). */
export const hasSearch = (query: ClaimQuery): boolean => query.q.trim() !== '';

/** How many filters narrow the list (the search counts as one). */
export function activeFilterCount(query: ClaimQuery): number {
  return (
    listFilters.filter((name) => query[name].length > 0).length +
    (query.from !== null || query.to !== null ? 1 : 0) +
    (hasSearch(query) ? 1 : 0)
  );
}

/** The same query without any filter or search; the order is kept. */
export function clearFilters(query: ClaimQuery): ClaimQuery {
  return { ...emptyClaimQuery, sort: query.sort };
}

/** The order that applies: the chosen one, relevance while searching, else the default. */
export function effectiveSort(query: ClaimQuery, searchAvailable = true): ClaimSort | 'relevance' {
  if (query.sort) return query.sort;
  return hasSearch(query) && searchAvailable ? 'relevance' : defaultSort;
}
