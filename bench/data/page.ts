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
  articlesPerTransaction,
  importArticles,
  markDuplicates,
  prepareInput,
  type ArticleInput,
} from '../../src/renderer/src/db/import/articles';
import { currentSchemaVersion } from '../../src/renderer/src/db/schema';
import { reduceHtml } from '../../src/renderer/src/lib/html';
import { generateArchive, type ArchiveSpec } from '../workspace/archive';
import { getAllRaw, openRawExisting, openRawFresh, putAllRaw, type RowsByTable } from './raw';

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
  await keepImportedRecords(dbName);
  return result;
}

/** The backup's rows written with bare IndexedDB in one transaction (restore's storage floor). */
export async function rawRestore(dbName: string, rowsPerTransaction = Infinity) {
  const decoded = decodeText(backupBytes!, { noun: 'backup' });
  if (!decoded.ok) throw new Error(decoded.problem);
  const parsed = parseBackup(decoded.text, { schemaVersion: currentSchemaVersion });
  if (!parsed.ok) throw new Error(parsed.problem);
  const idb = await openRawFresh(dbName);
  const t0 = performance.now();
  const tables = parsed.backup.tables as unknown as RowsByTable;
  const perTable: Record<string, number> = {};
  if (rowsPerTransaction === Infinity) await putAllRaw(idb, tables);
  else {
    for (const [table, rows] of Object.entries(tables)) {
      const started = performance.now();
      for (let i = 0; i < rows.length; i += rowsPerTransaction) {
        await putAllRaw(idb, { [table]: rows.slice(i, i + rowsPerTransaction) });
      }
      perTable[table] = Math.round(performance.now() - started);
    }
  }
  const ms = performance.now() - t0;
  idb.close();
  return { ms, perTable };
}

/**
 * Every row of the given stores (default: all of them) read with bare IndexedDB getAll calls in
 * one transaction: the storage floor for backup (every store) and the CSV export (claims, sources,
 * speakers, outlets, links).
 */
export async function rawRead(dbName: string, stores?: string[]) {
  const idb = await openRawExisting(dbName);
  const names = stores ?? [...idb.objectStoreNames];
  const t0 = performance.now();
  const perStore = await getAllRaw(idb, names);
  const ms = performance.now() - t0;
  idb.close();
  return { ms, perStore };
}

/** What one import transaction wrote, per article, read back from an imported store. */
let importedRecords: RowsByTable[] = [];

/** Keeps each imported article's records (source, claims, speakers, outlet, log entry). */
async function keepImportedRecords(dbName: string) {
  const db = createDatabase(dbName);
  await db.open();
  const [sources, claims, speakers, outlets, events] = await Promise.all([
    db.sources.orderBy('importedAt').toArray(),
    db.claims.toArray(),
    db.speakers.toArray(),
    db.outlets.toArray(),
    db.events.toArray(),
  ]);
  db.close();
  const claimsOf = new Map<string, typeof claims>();
  for (const claim of claims) {
    const list = claimsOf.get(claim.sourceId);
    if (list) list.push(claim);
    else claimsOf.set(claim.sourceId, [claim]);
  }
  const logOf = new Map(events.map((e) => [e.key, e]));
  // A speaker or outlet is written by the first article that names it.
  const seenSpeakers = new Set<string>();
  const seenOutlets = new Set<string>();
  const speakerById = new Map(speakers.map((s) => [s.id, s]));
  const outletById = new Map(outlets.map((o) => [o.id, o]));
  importedRecords = sources.map((source) => {
    const own = claimsOf.get(source.id) ?? [];
    const newSpeakers = [...new Set(own.map((c) => c.speakerId).filter((id) => id !== null))]
      .filter((id) => !seenSpeakers.has(id) && seenSpeakers.add(id))
      .map((id) => speakerById.get(id)!);
    const outlet =
      source.outletId && !seenOutlets.has(source.outletId) && seenOutlets.add(source.outletId)
        ? [outletById.get(source.outletId)!]
        : [];
    return {
      sources: [source],
      claims: own,
      speakers: newSpeakers,
      outlets: outlet,
      events: logOf.has(source.id) ? [logOf.get(source.id)!] : [],
    };
  });
  return importedRecords.length;
}

/**
 * The records the last import stored, written again with bare IndexedDB in transactions of as
 * many articles as the import puts in one: the storage floor for its store phase.
 */
export async function rawImport(dbName: string) {
  const idb = await openRawFresh(dbName);
  const t0 = performance.now();
  for (let i = 0; i < importedRecords.length; i += articlesPerTransaction) {
    const group: RowsByTable = {};
    for (const records of importedRecords.slice(i, i + articlesPerTransaction)) {
      for (const [table, rows] of Object.entries(records)) (group[table] ??= []).push(...rows);
    }
    await putAllRaw(idb, group);
  }
  const ms = performance.now() - t0;
  idb.close();
  return { ms, articles: importedRecords.length };
}

export function backupFile() {
  return backupBytes;
}

export function archiveCounts() {
  return counts;
}
