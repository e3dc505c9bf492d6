import Dexie, { type EntityTable } from 'dexie';
import type { Review } from '@shared/model';
import { reviewStates, type ClaimQueryRow } from '@core/query';
import type { SourceMeta } from '../../../lib/search';

/**
 * A compact copy of the claims table's rows, kept in a cache database beside the store, so the
 * table opens without reading every claim record (100,000 claims: one ~20 MB value read in about
 * 0.1 s, against seconds for the records). It is only a head start: after showing it, the table
 * reads the store in the background and corrects whatever differs (a crash can leave the copy
 * behind), and the store stays the only truth. Deleting the cache loses nothing.
 *
 * Columnar: all texts end to end in one string with offsets (the rows' texts are slices of it),
 * ids likewise, and small integer arrays pointing into lists of the distinct sources, speakers,
 * outlets, statuses and tags.
 */
export interface TableSnapshot {
  key: 'claims-table';
  format: typeof snapshotFormat;
  savedAt: string;
  count: number;
  ids: string;
  idOffsets: Uint32Array;
  texts: string;
  textOffsets: Uint32Array;
  source: Uint32Array;
  speaker: Int32Array;
  outlet: Int32Array;
  status: Uint16Array;
  review: Uint8Array;
  tagOffsets: Uint32Array;
  tagList: Uint16Array;
  start: Uint32Array;
  sources: SourceMeta[];
  speakerIds: string[];
  outletIds: string[];
  statuses: string[];
  tags: string[];
}

export const snapshotFormat = 1;

type CacheDB = Dexie & { snapshots: EntityTable<TableSnapshot, 'key'> };

const caches = new Map<string, CacheDB>();

/** The cache database of a store: `<store name>-cache`. */
function cacheFor(dbName: string): CacheDB {
  let cache = caches.get(dbName);
  if (!cache) {
    cache = new Dexie(`${dbName}-cache`) as CacheDB;
    cache.version(1).stores({ snapshots: 'key' });
    caches.set(dbName, cache);
  }
  return cache;
}

export async function readSnapshot(dbName: string): Promise<TableSnapshot | null> {
  const snapshot = await cacheFor(dbName).snapshots.get('claims-table');
  return snapshot?.format === snapshotFormat ? snapshot : null;
}

export async function writeSnapshot(dbName: string, snapshot: TableSnapshot): Promise<void> {
  await cacheFor(dbName).snapshots.put(snapshot);
}

export async function deleteSnapshot(dbName: string): Promise<void> {
  await cacheFor(dbName).snapshots.delete('claims-table');
}

/** Numbers distinct strings in order of first appearance. */
class Numbering {
  readonly list: string[] = [];
  private readonly index = new Map<string, number>();
  of(value: string): number {
    let n = this.index.get(value);
    if (n === undefined) {
      n = this.list.length;
      this.list.push(value);
      this.index.set(value, n);
    }
    return n;
  }
}

export function encodeSnapshot(
  rows: readonly ClaimQueryRow[],
  sources: ReadonlyMap<string, SourceMeta>,
): TableSnapshot {
  const n = rows.length;
  const idOffsets = new Uint32Array(n + 1);
  const textOffsets = new Uint32Array(n + 1);
  const source = new Uint32Array(n);
  const speaker = new Int32Array(n);
  const outlet = new Int32Array(n);
  const status = new Uint16Array(n);
  const review = new Uint8Array(n);
  const tagOffsets = new Uint32Array(n + 1);
  const start = new Uint32Array(n);
  const tagList: number[] = [];
  const ids: string[] = [];
  const texts: string[] = [];
  const sourceIds = new Numbering();
  const speakerIds = new Numbering();
  const outletIds = new Numbering();
  const statuses = new Numbering();
  const tags = new Numbering();
  let idLength = 0;
  let textLength = 0;
  for (let i = 0; i < n; i++) {
    const row = rows[i]!;
    ids.push(row.id);
    idLength += row.id.length;
    idOffsets[i + 1] = idLength;
    texts.push(row.text);
    textLength += row.text.length;
    textOffsets[i + 1] = textLength;
    source[i] = sourceIds.of(row.sourceId);
    speaker[i] = row.speakerId === null ? -1 : speakerIds.of(row.speakerId);
    outlet[i] = row.outletId === null ? -1 : outletIds.of(row.outletId);
    status[i] = statuses.of(row.status);
    review[i] = Math.max(0, reviewStates.indexOf(row.review));
    for (const tag of row.tags) tagList.push(tags.of(tag));
    tagOffsets[i + 1] = tagList.length;
    start[i] = row.start;
  }
  return {
    key: 'claims-table',
    format: snapshotFormat,
    savedAt: new Date().toISOString(),
    count: n,
    ids: ids.join(''),
    idOffsets,
    texts: texts.join(''),
    textOffsets,
    source,
    speaker,
    outlet,
    status,
    review,
    tagOffsets,
    tagList: Uint16Array.from(tagList),
    start,
    sources: sourceIds.list.map(
      (id) => sources.get(id) ?? { id, title: '', publishedAt: null, outletId: null },
    ),
    speakerIds: speakerIds.list,
    outletIds: outletIds.list,
    statuses: statuses.list,
    tags: tags.list,
  };
}

export interface DecodedSnapshot {
  rows: ClaimQueryRow[];
  sources: SourceMeta[];
}

/** Rows from a snapshot; speaker and outlet names come from the store (they may have changed). */
export function decodeSnapshot(
  snapshot: TableSnapshot,
  names: { speaker: (id: string) => string | null; outlet: (id: string) => string | null },
): DecodedSnapshot {
  const { sources } = snapshot;
  const speakerNames = snapshot.speakerIds.map((id) => names.speaker(id));
  const outletNames = snapshot.outletIds.map((id) => names.outlet(id));
  const tagSets = new Map<string, readonly string[]>();
  const rows: ClaimQueryRow[] = new Array(snapshot.count);
  for (let i = 0; i < snapshot.count; i++) {
    const source = sources[snapshot.source[i]!]!;
    const sp = snapshot.speaker[i]!;
    const ou = snapshot.outlet[i]!;
    const t0 = snapshot.tagOffsets[i]!;
    const t1 = snapshot.tagOffsets[i + 1]!;
    let tags: readonly string[] = [];
    if (t1 > t0) {
      const list = Array.from(snapshot.tagList.subarray(t0, t1), (t) => snapshot.tags[t]!);
      // Claims with the same tags share one frozen array.
      const key = list.join('\u0000');
      tags = tagSets.get(key) ?? (tagSets.set(key, Object.freeze(list)), tagSets.get(key)!);
    }
    rows[i] = {
      id: snapshot.ids.substring(snapshot.idOffsets[i]!, snapshot.idOffsets[i + 1]!),
      text: snapshot.texts.substring(snapshot.textOffsets[i]!, snapshot.textOffsets[i + 1]!),
      sourceId: source.id,
      sourceTitle: source.title,
      date: source.publishedAt,
      speakerId: sp < 0 ? null : snapshot.speakerIds[sp]!,
      speakerName: sp < 0 ? null : speakerNames[sp]!,
      outletId: ou < 0 ? null : snapshot.outletIds[ou]!,
      outletName: ou < 0 ? null : outletNames[ou]!,
      status: snapshot.statuses[snapshot.status[i]!]!,
      tags,
      review: (reviewStates[snapshot.review[i]!] ?? 'suggested') as Review,
      start: snapshot.start[i]!,
    };
  }
  return { rows, sources };
}
