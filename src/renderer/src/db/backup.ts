import {
  backupTables,
  countTables,
  planMerge,
  serialiseBackup,
  type Backup,
  type MergePlan,
  type MergeReport,
  type StoreTables,
  type TableCounts,
} from '@core/backup';
import type { ChangeEvent, TableName } from '@shared/model';
import { editorNameKey } from './changes';
import type { ClaimdeskDB } from './db';
import { currentSchemaVersion } from './schema';
import { dismissedMergesKey, statusesKey } from './settings';

export interface DataProgress {
  /** What is happening, in words ("Writing claims"). */
  phase: string;
  done: number;
  total: number;
}
type OnProgress = (progress: DataProgress) => void;
const quiet: OnProgress = () => {};

const allTables = (db: ClaimdeskDB) => backupTables.map((t) => db.table(t));

/** Settings whose values are lists a merge combines (status vocabulary by id, dismissed proposals). */
export const mergeOptions = {
  listSettings: { [statusesKey]: 'id', [dismissedMergesKey]: 'value' } as Record<
    string,
    'id' | 'value'
  >,
};

/** Every table, read in one transaction so the copy is consistent. */
export function readAllTables(
  db: ClaimdeskDB,
  onProgress: OnProgress = quiet,
): Promise<StoreTables> {
  return db.transaction('r', allTables(db), async () => {
    // All reads at once: IndexedDB reads the next table while the page decodes the last one.
    let done = 0;
    onProgress({ phase: 'Reading the store', done, total: backupTables.length });
    const rows = await Promise.all(
      backupTables.map((table) =>
        db
          .table(table)
          .toArray()
          .then((list) => {
            onProgress({ phase: `Read ${table}`, done: ++done, total: backupTables.length });
            return list;
          }),
      ),
    );
    return Object.fromEntries(backupTables.map((t, i) => [t, rows[i]])) as unknown as StoreTables;
  });
}

export async function storeCounts(db: ClaimdeskDB): Promise<TableCounts> {
  const counts = await Promise.all(backupTables.map((t) => db.table(t).count()));
  return Object.fromEntries(backupTables.map((t, i) => [t, counts[i]])) as TableCounts;
}

/** True when the store holds no work: no sources, claims, people, outlets, links or history. */
export async function isStoreEmpty(db: ClaimdeskDB): Promise<boolean> {
  const counts = await storeCounts(db);
  return backupTables.every((t) => t === 'settings' || counts[t] === 0);
}

/** "claimdesk-backup-2025-07-03-1530.json" */
export function backupFileName(at = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `claimdesk-backup-${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}-${pad(at.getHours())}${pad(at.getMinutes())}.json`;
}

function encodeParts(parts: string[]): Uint8Array<ArrayBuffer> {
  const encoder = new TextEncoder();
  const chunks = parts.map((p) => encoder.encode(p));
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** The whole store as a backup file's bytes (UTF-8 JSON), with its row counts. */
export async function createBackup(
  db: ClaimdeskDB,
  onProgress: OnProgress = quiet,
): Promise<{ bytes: Uint8Array<ArrayBuffer>; counts: TableCounts; fileName: string }> {
  const tables = await readAllTables(db, onProgress);
  const createdAt = new Date();
  const parts = serialiseBackup(
    tables,
    { schemaVersion: currentSchemaVersion, createdAt: createdAt.toISOString(), app: 'Claimdesk' },
    (table, index) =>
      onProgress({ phase: `Writing ${table}`, done: index, total: backupTables.length }),
  );
  onProgress({ phase: 'Encoding', done: backupTables.length, total: backupTables.length });
  return {
    bytes: encodeParts(parts),
    counts: countTables(tables),
    fileName: backupFileName(createdAt),
  };
}

const chunkSize = 5_000;

/**
 * Writes rows in chunks without waiting for one chunk before sending the next, so the page keeps
 * serialising rows while IndexedDB writes the earlier ones (both inside the caller's transaction).
 */
function putInChunks(
  db: ClaimdeskDB,
  table: string,
  rows: unknown[],
  progress: { done: number; total: number; onProgress: OnProgress },
): Promise<unknown>[] {
  const pending: Promise<unknown>[] = [];
  for (let i = 0; i < rows.length; i += chunkSize) {
    const chunk = rows.slice(i, i + chunkSize);
    pending.push(
      db
        .table(table)
        .bulkPut(chunk)
        .then(() => {
          progress.done += chunk.length;
          progress.onProgress({
            phase: `Writing ${table}`,
            done: progress.done,
            total: progress.total,
          });
        }),
    );
  }
  return pending;
}

export interface ReplaceReport {
  mode: 'replace';
  restored: TableCounts;
  /** What the store held before (all of it replaced). */
  replaced: TableCounts;
}

export interface MergeResult {
  mode: 'merge';
  report: MergeReport;
  /** The undoable step's group id, or null when the merge changed nothing. */
  groupId: string | null;
}

/**
 * Replaces every table with the backup's rows, in one transaction: the store afterwards holds
 * exactly the backup (history and settings included), or, if anything fails, exactly what it held
 * before. Validate the backup (parseBackup) before calling this.
 */
export async function restoreReplacing(
  db: ClaimdeskDB,
  backup: Backup,
  onProgress: OnProgress = quiet,
): Promise<ReplaceReport> {
  const restored = countTables(backup.tables);
  const total = Object.values(restored).reduce((a, b) => a + b, 0);
  const progress = { done: 0, total, onProgress };
  let replaced: TableCounts | null = null;
  await db.transaction('rw', allTables(db), async () => {
    replaced = await storeCounts(db);
    onProgress({ phase: 'Clearing the store', done: 0, total });
    for (const table of backupTables) await db.table(table).clear();
    await Promise.all(
      backupTables.flatMap((table) =>
        putInChunks(db, table, backup.tables[table] as unknown[], progress),
      ),
    );
  });
  return { mode: 'replace', restored, replaced: replaced! };
}

/** What merging a backup would do, from a snapshot of the store (the merge itself re-plans inside its transaction). */
export async function previewMerge(db: ClaimdeskDB, backup: Backup): Promise<MergePlan> {
  return planMerge(backup.tables, await readAllTables(db), mergeOptions);
}

/**
 * Merges a backup into the store in one transaction, as one undoable step (Ctrl+Z takes it back):
 * rows are matched and conflicts settled by planMerge; the backup's history is added as
 * read-only entries.
 */
export async function restoreMerging(
  db: ClaimdeskDB,
  backup: Backup,
  label: string,
  onProgress: OnProgress = quiet,
): Promise<MergeResult> {
  const groupId = crypto.randomUUID();
  let plan: MergePlan | null = null;
  let changed = false;
  await db.transaction('rw', allTables(db), async () => {
    onProgress({ phase: 'Comparing with your store', done: 0, total: 1 });
    const rows = await Promise.all(backupTables.map((t) => db.table(t).toArray()));
    const local = Object.fromEntries(backupTables.map((t, i) => [t, rows[i]]));
    plan = planMerge(backup.tables, local as unknown as StoreTables, mergeOptions);
    const actor = ((await db.settings.get(editorNameKey))?.value as string | undefined) ?? null;
    const at = new Date().toISOString();
    const step: ChangeEvent[] = [];
    const writes: [TableName, unknown[]][] = [];
    for (const [table, puts] of Object.entries(plan.puts) as [
      TableName,
      { row: unknown; before: unknown }[],
    ][]) {
      if (puts.length === 0) continue;
      writes.push([table, puts.map((p) => p.row)]);
      for (const put of puts) {
        const row = put.row as { id?: string; key?: string };
        step.push({
          groupId,
          at,
          actor,
          label,
          table,
          key: (table === 'settings' ? row.key : row.id)!,
          before: put.before ?? null,
          after: put.row,
          state: 'done',
        });
      }
    }
    const total = step.length + plan.events.length;
    const progress = { done: 0, total, onProgress };
    if (step.length > 0) {
      changed = true;
      // A new change ends the redo branch, as every other edit does.
      await db.events.where('state').equals('undone').modify({ state: 'discarded' });
      await Promise.all([
        ...writes.flatMap(([table, rows]) => putInChunks(db, table, rows, progress)),
        ...putInChunks(db, 'events', step, progress),
      ]);
    }
    if (plan.events.length > 0) await Promise.all(putInChunks(db, 'events', plan.events, progress));
  });
  return { mode: 'merge', report: plan!.report, groupId: changed ? groupId : null };
}

/**
 * Empties the store of all work (sources, claims, speakers, outlets, links, history) in one
 * transaction. Settings (status vocabulary, editor name) stay. Not undoable: offer a backup first.
 */
export async function clearStore(db: ClaimdeskDB): Promise<TableCounts> {
  const work = backupTables.filter((t) => t !== 'settings');
  return db.transaction('rw', allTables(db), async () => {
    const counts = await storeCounts(db);
    for (const table of work) await db.table(table).clear();
    return counts;
  });
}
