import type { SortDirection, SortKey } from '@core/query';

export interface Column {
  key: SortKey;
  label: string;
  /** The direction of the first click: newest dates first, everything else A to Z. */
  firstDir: SortDirection;
}

/** The table's data columns, in order (after the selection checkbox). */
export const columns: Column[] = [
  { key: 'text', label: 'Claim', firstDir: 'asc' },
  { key: 'speaker', label: 'Speaker', firstDir: 'asc' },
  { key: 'outlet', label: 'Outlet', firstDir: 'asc' },
  { key: 'source', label: 'Source', firstDir: 'asc' },
  { key: 'date', label: 'Date', firstDir: 'desc' },
  { key: 'status', label: 'Status', firstDir: 'asc' },
  { key: 'tags', label: 'Tags', firstDir: 'asc' },
  { key: 'review', label: 'Review', firstDir: 'asc' },
];

export const rowHeight = 56;
export const headerHeight = 36;
