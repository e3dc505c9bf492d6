import { sortRows, type SortOptions } from './compare';
import { compileClaimFilter, plainTextMatcher } from './filter';
import { defaultSort, hasSearch, type ClaimQuery } from './query';
import { relevanceBucket } from './relevance';
import type { ClaimQueryRow } from './row';

export interface ApplyOptions extends SortOptions {
  /**
   * The search index's answer for `query.q`: claim id → relevance (higher first). Claims absent
   * from it do not match. Without it, a plain word match on the claim's text stands in.
   */
  search?: ReadonlyMap<string, number> | null;
}

/**
 * The claims a query selects, in its order: what the claims table shows for that query, as a
 * plain function (the table itself uses ClaimQueryEngine, which gives the same answer faster).
 */
export function applyClaimQuery<R extends ClaimQueryRow>(
  rows: readonly R[],
  query: ClaimQuery,
  options: ApplyOptions = {},
): R[] {
  const filter = compileClaimFilter(query);
  const searching = hasSearch(query);
  const search = searching ? (options.search ?? null) : null;
  const matchText = searching && !search ? plainTextMatcher(query.q) : null;
  const selected = rows.filter(
    (row) => filter(row) && (!search || search.has(row.id)) && (!matchText || matchText(row)),
  );
  if (search && !query.sort) {
    // By relevance; equal scores keep the default order.
    const ordered = sortRows(selected, defaultSort, options);
    const position = new Map(ordered.map((row, i) => [row.id, i]));
    return ordered.sort(
      (a, b) =>
        relevanceBucket(search.get(b.id)!) - relevanceBucket(search.get(a.id)!) ||
        position.get(a.id)! - position.get(b.id)!,
    );
  }
  return sortRows(selected, query.sort ?? defaultSort, options);
}
