import type { ClaimSort, SortKey } from './query';
import type { ClaimQueryRow } from './row';

/**
 * Word order for texts and names: case, accents and punctuation (the quotation marks around a
 * claim) do not count, numbers compare by value.
 */
export const textCollator = new Intl.Collator(undefined, {
  sensitivity: 'base',
  numeric: true,
  ignorePunctuation: true,
});

export const reviewOrder: readonly string[] = ['suggested', 'accepted', 'rejected'];

export interface SortOptions {
  /** Status ids in the vocabulary's order; a status not listed sorts after them. */
  statusOrder?: readonly string[];
}

/** What a row is sorted by: a string (compared in word order), a number, or null (always last). */
export type SortValue = string | number | null;

const tagsValue = (tags: readonly string[]): string | null =>
  tags.length === 0 ? null : [...tags].sort(textCollator.compare).join(', ');

export function sortValueGetter(
  key: SortKey,
  options: SortOptions = {},
): (row: ClaimQueryRow) => SortValue {
  switch (key) {
    case 'text':
      return (row) => row.text || null;
    case 'speaker':
      return (row) => row.speakerName || null;
    case 'outlet':
      return (row) => row.outletName || null;
    case 'source':
      return (row) => row.sourceTitle || null;
    case 'date':
      return (row) => row.date || null;
    case 'tags':
      return (row) => tagsValue(row.tags);
    case 'status': {
      const order = options.statusOrder ?? [];
      const rank = new Map(order.map((id, i) => [id, i]));
      return (row) => rank.get(row.status) ?? order.length;
    }
    case 'review':
      return (row) => {
        const rank = reviewOrder.indexOf(row.review);
        return rank < 0 ? reviewOrder.length : rank;
      };
  }
}

/** Compares two non-null sort values of one column. */
export function compareValues(key: SortKey, a: string | number, b: string | number): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (key === 'date') return a < b ? -1 : a > b ? 1 : 0;
  return textCollator.compare(String(a), String(b));
}

/** The fixed order among rows whose sort values are equal: by source, then reading order. */
export function compareTie(a: ClaimQueryRow, b: ClaimQueryRow): number {
  if (a.sourceId !== b.sourceId) return a.sourceId < b.sourceId ? -1 : 1;
  if (a.start !== b.start) return a.start - b.start;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The complete order of a sort: the column's values in the chosen direction, empty values last in
 * either direction, ties in source and reading order. Every two different rows compare unequal.
 */
export function rowComparator(
  sort: ClaimSort,
  options: SortOptions = {},
): (a: ClaimQueryRow, b: ClaimQueryRow) => number {
  const value = sortValueGetter(sort.key, options);
  const sign = sort.dir === 'desc' ? -1 : 1;
  return (a, b) => {
    const va = value(a);
    const vb = value(b);
    if (va === null || vb === null) {
      if (va !== vb) return va === null ? 1 : -1;
    } else {
      const c = compareValues(sort.key, va, vb);
      if (c !== 0) return sign * c;
    }
    return compareTie(a, b);
  };
}

/**
 * The rank of each of `distinct` (different non-null values of one column) in the column's order,
 * equal values in that order sharing a rank (e.g. names differing only in case): sorting many
 * rows then compares small integers instead of collating strings again and again.
 */
export function rankDistinct(key: SortKey, distinct: readonly (string | number)[]): Int32Array {
  const byValue = Array.from(distinct.keys()).sort((i, j) =>
    compareValues(key, distinct[i]!, distinct[j]!),
  );
  const rank = new Int32Array(distinct.length);
  let current = -1;
  byValue.forEach((index, i) => {
    if (i === 0 || compareValues(key, distinct[byValue[i - 1]!]!, distinct[index]!) !== 0) current++;
    rank[index] = current;
  });
  return rank;
}

/** Sort values as small integers with the same order (see rankDistinct); null stays null. */
export function rankSortValues(key: SortKey, values: readonly SortValue[]): (number | null)[] {
  const distinct = [...new Set(values.filter((v): v is string | number => v !== null))];
  const ranks = rankDistinct(key, distinct);
  const rank = new Map(distinct.map((value, i) => [value, ranks[i]!]));
  return values.map((v) => (v === null ? null : rank.get(v)!));
}

/** Sorts rows (a copy) in a sort's complete order, ranking values once. */
export function sortRows<R extends ClaimQueryRow>(
  rows: readonly R[],
  sort: ClaimSort,
  options: SortOptions = {},
): R[] {
  const value = sortValueGetter(sort.key, options);
  const ranks = rankSortValues(sort.key, rows.map(value));
  const sign = sort.dir === 'desc' ? -1 : 1;
  const order = rows.map((_, i) => i);
  order.sort((i, j) => {
    const a = ranks[i]!;
    const b = ranks[j]!;
    if (a === null || b === null) {
      if (a !== b) return a === null ? 1 : -1;
    } else if (a !== b) return sign * (a - b);
    return compareTie(rows[i]!, rows[j]!);
  });
  return order.map((i) => rows[i]!);
}
