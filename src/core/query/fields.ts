import { effectiveSort, hasSearch, type ClaimQuery, type SortKey } from './query';
import type { RowField } from './row';

const sortFields: Record<SortKey, readonly RowField[]> = {
  text: ['text'],
  speaker: ['speakerName'],
  outlet: ['outletName'],
  source: ['sourceTitle'],
  date: ['date'],
  status: ['status'],
  tags: ['tags'],
  review: ['review'],
};

/**
 * The row fields a query's result depends on: those it filters and sorts by, ties (source and
 * reading order) and, while searching, the texts. Edits of other fields (a status change under a
 * filter by speaker, say) leave the result as it was.
 */
export function queryFields(query: ClaimQuery): ReadonlySet<RowField> {
  const fields = new Set<RowField>(['sourceId', 'start']);
  if (query.speakers.length) fields.add('speakerId');
  if (query.outlets.length) fields.add('outletId');
  if (query.statuses.length) fields.add('status');
  if (query.tags.length) fields.add('tags');
  if (query.reviews.length) fields.add('review');
  if (query.from !== null || query.to !== null) fields.add('date');
  if (hasSearch(query)) {
    fields.add('text');
    fields.add('sourceTitle');
  }
  const sort = effectiveSort(query, false);
  if (sort !== 'relevance') for (const field of sortFields[sort.key]) fields.add(field);
  // Relevance falls back to the default order between equal scores.
  if (query.sort === null) fields.add('date');
  return fields;
}
