/**
 * Runs inside the benchmark's browser page (bundled by bench/lib/bundle.ts): the data features
 * of the app — CSV export, JSON backup and restore, article import — called as the Data screen
 * calls them, on the app's own Dexie schema in an on-disk Chromium profile.
 */
import { parseBackup, serialiseBackup, type StoreTables } from '../../src/core/backup';
import { decodeText } from '../../src/core/decode';
import type { ChangeEvent, ClaimLink, Setting } from '../../src/shared/model';
import { createBackup, restoreReplacing } from '../../src/renderer/src/db/backup';
import { buildClaimsCsv } from '../../src/renderer/src/db/csvImport';
import { createDatabase } from '../../src/renderer/src/db/db';
import {
  importArticles,
  markDuplicates,
  prepareInput,
  type ArticleInput,
} from '../../src/renderer/src/db/import/articles';
import { currentSchemaVersion } from '../../src/renderer/src/db/schema';
import { reduceHtml } from '../../src/renderer/src/lib/html';
import { generateArchive, type ArchiveSpec } from '../workspace/archive';

let backupBytes: Uint8Array | null = null;
let counts: Record<string, number> = {};

/** Links and history as a worked store has them, added to the generated archive. */
function workedTables(spec: ArchiveSpec): StoreTables {
  const archive = generateArchive(spec);
  const at = '2025-09-02T10:00:00.000Z';
  const links: ClaimLink[] = [];
  for (let i = 0; i + 1 < archive.claims.length && links.length < 2_000; i += 50) {
    links.push({
      id: `link-${i}`,
      fromClaimId: archive.claims[i]!.id,
      toClaimId: archive.claims[i + 1]!.id,
      relation: i % 3 === 0 ? 'contradicts' : 'corroborates',
      note: '',
      createdAt: at,
      updatedAt: at,
    });
  }
  const events: ChangeEvent[] = [];
  for (let i = 0; i < 20_000; i++) {
    const claim = archive.claims[(i * 7) % archive.claims.length]!;
    events.push({
      seq: i + 1,
      groupId: `g-${Math.floor(i / 2)}`,
      at,
      actor: 'Bench',
      label: 'Set status to disputed',
      table: 'claims',
      key: claim.id,
      before: claim,
      after: { ...claim, status: 'disputed' },
      state: 'done',
    });
  }
  const settings: Setting[] = [
    { key: 'firstRun.completedAt', value: at },
    { key: 'editor.name', value: 'Bench' },
  ];
  return { ...archive, links, events, settings };
}

/** Generates the archive and keeps its backup file's bytes for the restore runs. */
export function prepare(spec: ArchiveSpec) {
  const t0 = performance.now();
  const tables = workedTables(spec);
  const parts = serialiseBackup(tables, {
    schemaVersion: currentSchemaVersion,
    createdAt: new Date().toISOString(),
    app: 'Claimdesk bench',
  });
  backupBytes = new TextEncoder().encode(parts.join(''));
  counts = Object.fromEntries(Object.entries(tables).map(([k, v]) => [k, (v as unknown[]).length]));
  return { ms: performance.now() - t0, bytes: backupBytes.length, counts };
}

async function fresh(name: string) {
  const db = createDatabase(name);
  await db.delete();
  const again = createDatabase(name);
  await again.open();
  return again;
}

/** Restore from the file's bytes: decode, validate every row (zod), write all tables in one transaction. */
export async function restore(dbName: string) {
  const db = await fresh(dbName);
  const t0 = performance.now();
  const decoded = decodeText(backupBytes!, { noun: 'backup' });
  if (!decoded.ok) throw new Error(decoded.problem);
  const t1 = performance.now();
  const parsed = parseBackup(decoded.text, { schemaVersion: currentSchemaVersion });
  if (!parsed.ok) throw new Error(parsed.problem);
  const t2 = performance.now();
  await restoreReplacing(db, parsed.backup);
  const t3 = performance.now();
  const claims = await db.claims.count();
  db.close();
  return { ms: t3 - t0, decodeMs: t1 - t0, validateMs: t2 - t1, writeMs: t3 - t2, claims };
}

/** Backup of the whole store: read every table, serialise, encode to the file's bytes. */
export async function backup(dbName: string) {
  const db = createDatabase(dbName);
  await db.open();
  const t0 = performance.now();
  const file = await createBackup(db);
  const ms = performance.now() - t0;
  db.close();
  return { ms, bytes: file.bytes.length, claims: file.counts.claims };
}

/** CSV export of every claim: read, build rows, papaparse, and encode as the saved file. */
export async function exportCsv(dbName: string) {
  const db = createDatabase(dbName);
  await db.open();
  const t0 = performance.now();
  let read = 0;
  const { csv, rows } = await buildClaimsCsv(db, null, (p) => {
    if (p.phase === 'Writing rows' && read === 0) read = performance.now() - t0;
  });
  const t1 = performance.now();
  const bytes = new TextEncoder().encode(csv);
  const ms = performance.now() - t0;
  db.close();
  return {
    ms,
    readMs: read,
    rowsMs: t1 - t0 - read,
    encodeMs: ms - (t1 - t0),
    rows,
    bytes: bytes.length,
  };
}

/**
 * Imports articles as the import dialog does: read each (decode, HTML reduced and sanitised,
 * extractor), check duplicates, then store each in its own transaction.
 */
export async function importBatch(articles: { name: string; text: string }[], dbName: string) {
  const db = await fresh(dbName);
  const encoder = new TextEncoder();
  const inputs: ArticleInput[] = articles.map((a) => ({
    type: 'file',
    name: a.name,
    bytes: encoder.encode(a.text),
  }));
  const t0 = performance.now();
  const prepared = [];
  for (const input of inputs) prepared.push(await prepareInput(input, reduceHtml));
  const marked = await markDuplicates(db, prepared);
  const t1 = performance.now();
  const outcomes = await importArticles(
    db,
    marked.map((input) => ({ input })),
  );
  const t2 = performance.now();
  const result = {
    ms: t2 - t0,
    readMs: t1 - t0,
    storeMs: t2 - t1,
    imported: outcomes.filter((o) => o.status === 'imported').length,
    failed: outcomes.flatMap((o) => (o.status === 'failed' ? [`${o.name}: ${o.problem}`] : [])),
    claims: await db.claims.count(),
  };
  db.close();
  return result;
}

export function backupFile() {
  return backupBytes;
}

export function archiveCounts() {
  return counts;
}
