import type { Review } from '@shared/model';
import {
  emptyClaimQuery,
  isSortKey,
  normalizeClaimQuery,
  type ClaimQuery,
  type ClaimSort,
} from './query';

/** URL parameter of each list filter; a filter with several values repeats it (`status=a&status=b`). */
const listParams = [
  ['speakers', 'speaker'],
  ['outlets', 'outlet'],
  ['sources', 'source'],
  ['statuses', 'status'],
  ['tags', 'tag'],
  ['reviews', 'review'],
] as const;

/**
 * Reads a query from a URL's query string (`speaker=<id>&status=disputed&q=plane&sort=date:desc`),
 * with or without its leading `?`. Unknown parameters and invalid values are ignored, so any link
 * opens a usable list. The result is normalized (see normalizeClaimQuery).
 */
export function parseClaimQuery(search: string | URLSearchParams): ClaimQuery {
  const params =
    typeof search === 'string' ? new URLSearchParams(search.replace(/^\?/, '')) : search;
  let sort: ClaimSort | null = null;
  const [key = '', dir = 'asc'] = (params.get('sort') ?? '').split(':');
  if (isSortKey(key) && (dir === 'asc' || dir === 'desc')) sort = { key, dir };
  return normalizeClaimQuery({
    q: params.get('q') ?? '',
    speakers: params.getAll('speaker'),
    outlets: params.getAll('outlet'),
    sources: params.getAll('source'),
    statuses: params.getAll('status'),
    tags: params.getAll('tag'),
    reviews: params.getAll('review') as Review[],
    from: params.get('from'),
    to: params.get('to'),
    sort,
  });
}

/**
 * Writes a query as a URL query string without the leading `?`, in a fixed parameter order and
 * leaving out what is empty, so equal queries give equal URLs. `parseClaimQuery` reads it back
 * unchanged (for any query in normalized form).
 */
export function serialiseClaimQuery(query: ClaimQuery): string {
  const normal = normalizeClaimQuery(query);
  const params = new URLSearchParams();
  if (normal.q !== '') params.set('q', normal.q);
  for (const [field, param] of listParams) {
    for (const value of normal[field]) params.append(param, value);
  }
  if (normal.from !== null) params.set('from', normal.from);
  if (normal.to !== null) params.set('to', normal.to);
  if (normal.sort) params.set('sort', `${normal.sort.key}:${normal.sort.dir}`);
  return params.toString();
}

/** The claims table's location for a query, e.g. `claimsHref({ speakers: [id] })` → `/claims?speaker=…`. */
export function claimsHref(query: Partial<ClaimQuery> = {}, path = '/claims'): string {
  const search = serialiseClaimQuery({ ...emptyClaimQuery, ...query });
  return search ? `${path}?${search}` : path;
}
