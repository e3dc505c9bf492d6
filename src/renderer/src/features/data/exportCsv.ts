import type { SaveResult } from '@shared/ipc';
import type { ClaimdeskDB } from '../../db/db';
import { buildClaimsCsv, type CsvLoadProgress as ExportProgress } from '../../db/csvImport';
import type { Platform } from '../../platform';

export type { ExportProgress };

/** "claimdesk-claims-2025-07-03.csv" */
export function csvFileName(scope: string, at = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `claimdesk-${scope}-${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}.csv`;
}

/** Builds the CSV and hands it to the platform: the native save dialog, or a browser download. */
export async function exportClaimsCsv(
  db: ClaimdeskDB,
  platform: Platform,
  options: { ids: readonly string[] | null; scope: string },
  onProgress?: (progress: ExportProgress) => void,
): Promise<{ saved: SaveResult; rows: number }> {
  const { csv, rows } = await buildClaimsCsv(db, options.ids, onProgress);
  const saved = await platform.saveFile({
    suggestedName: csvFileName(options.scope),
    filters: [{ name: 'CSV', extensions: ['csv'] }],
    content: csv,
  });
  return { saved, rows };
}
