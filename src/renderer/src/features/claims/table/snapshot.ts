import Dexie, { type EntityTable } from 'dexie';

/**
 * Where the claims table's snapshot (snapshotCodec.ts) is kept: a file in the Origin Private File
 * System, beside the store but outside IndexedDB, so reading it does not queue behind the store's
 * work at start-up (other screens read thousands of records then); an IndexedDB cache database
 * where there is no OPFS (component tests).
 */

const snapshotFileName = (dbName: string) => `${dbName}.claims-table.snapshot`;
const headFileName = (dbName: string) => `${dbName}.claims-table.head.json`;

type CacheDB = Dexie & {
  snapshots: EntityTable<{ key: string; data: ArrayBuffer | string }, 'key'>;
};
const caches = new Map<string, CacheDB>();
function cacheFor(dbName: string): CacheDB {
  let cache = caches.get(dbName);
  if (!cache) {
    cache = new Dexie(`${dbName}-cache`) as CacheDB;
    cache.version(1).stores({ snapshots: 'key' });
    caches.set(dbName, cache);
  }
  return cache;
}

function opfs(): Promise<FileSystemDirectoryHandle> | null {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  return typeof storage?.getDirectory === 'function' ? storage.getDirectory() : null;
}

async function readFile(dbName: string, name: string): Promise<File | null> {
  const root = opfs();
  if (!root) return null;
  try {
    return await (await (await root).getFileHandle(name)).getFile();
  } catch {
    return null;
  }
}

/** Written aside and swapped in on close: a crash leaves the old file or the new one. */
async function writeFile(
  root: FileSystemDirectoryHandle,
  name: string,
  data: ArrayBuffer | string,
) {
  const writable = await (await root.getFileHandle(name, { create: true })).createWritable();
  await writable.write(data);
  await writable.close();
}

export async function readSnapshot(dbName: string): Promise<ArrayBuffer | null> {
  if (opfs()) return (await readFile(dbName, snapshotFileName(dbName)))?.arrayBuffer() ?? null;
  const data = (await cacheFor(dbName).snapshots.get('claims-table'))?.data;
  return data === undefined || typeof data === 'string' ? null : data;
}

/** The snapshot's head (snapshotCodec.ts, SnapshotHead), as text. */
export async function readSnapshotHead(dbName: string): Promise<string | null> {
  if (opfs()) return (await readFile(dbName, headFileName(dbName)))?.text() ?? null;
  const data = (await cacheFor(dbName).snapshots.get('claims-table-head'))?.data;
  return typeof data === 'string' ? data : null;
}

/** Writes the snapshot, then its head. */
export async function writeSnapshot(
  dbName: string,
  data: ArrayBuffer,
  head: string,
): Promise<void> {
  const root = opfs();
  if (root) {
    await writeFile(await root, snapshotFileName(dbName), data);
    await writeFile(await root, headFileName(dbName), head);
    return;
  }
  await cacheFor(dbName).snapshots.bulkPut([
    { key: 'claims-table', data },
    { key: 'claims-table-head', data: head },
  ]);
}

export async function deleteSnapshot(dbName: string): Promise<void> {
  const root = opfs();
  if (root) {
    for (const name of [snapshotFileName(dbName), headFileName(dbName)]) {
      await (await root).removeEntry(name).catch(() => {});
    }
    return;
  }
  await cacheFor(dbName).snapshots.bulkDelete(['claims-table', 'claims-table-head']);
}
