import type { BackupTable, TableCounts } from '@core/backup';
import { formatCount } from '../../lib/numbers';

/** Table names as users say them. */
export const tableLabels: Record<BackupTable, string> = {
  sources: 'Sources',
  claims: 'Claims',
  speakers: 'Speakers',
  outlets: 'Outlets',
  links: 'Links',
  events: 'History entries',
  settings: 'Settings',
};

export const n = formatCount;

/** "5 sources, 120 claims, 40 speakers" (only the tables that hold something). */
export function describeCounts(
  counts: Partial<TableCounts>,
  tables: BackupTable[] = ['sources', 'claims', 'speakers', 'outlets', 'links'],
): string {
  const parts = tables
    .filter((t) => (counts[t] ?? 0) > 0)
    .map((t) => `${n(counts[t]!)} ${tableLabels[t].toLowerCase()}`);
  return parts.length ? parts.join(', ') : 'nothing';
}
