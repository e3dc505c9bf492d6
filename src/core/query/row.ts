import type { Review } from '@shared/model';

/**
 * One claim as claims lists filter, sort and show it: the claim's own fields with the names of
 * what it points to, so a list needs nothing else to answer a query.
 */
export interface ClaimQueryRow {
  readonly id: string;
  readonly text: string;
  readonly sourceId: string;
  readonly sourceTitle: string;
  /** The source's publication date (ISO, YYYY-MM-DD or longer), or null when it states none. */
  readonly date: string | null;
  readonly speakerId: string | null;
  readonly speakerName: string | null;
  readonly outletId: string | null;
  readonly outletName: string | null;
  readonly status: string;
  readonly tags: readonly string[];
  readonly review: Review;
  /** Where the claim starts in its source's text: claims of one source keep reading order. */
  readonly start: number;
}

export type RowField = keyof ClaimQueryRow;

const fields: RowField[] = [
  'text',
  'sourceId',
  'sourceTitle',
  'date',
  'speakerId',
  'speakerName',
  'outletId',
  'outletName',
  'status',
  'review',
  'start',
];

/** The fields in which two versions of a row differ. */
export function differingFields(a: ClaimQueryRow, b: ClaimQueryRow): RowField[] {
  const out = fields.filter((f) => a[f] !== b[f]);
  if (a.tags.length !== b.tags.length || a.tags.some((t, i) => t !== b.tags[i])) out.push('tags');
  return out;
}
