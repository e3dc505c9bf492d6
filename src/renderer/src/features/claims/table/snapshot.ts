import Dexie, { type EntityTable } from 'dexie';

/**
 * Where the claims table's snapshot (snapshotCodec.ts) is kept: a file in the Origin Private File
 * System, beside the store but outside IndexedDB, so reading it does not queue behind the store's
 * work at start-up (other screens read thousands of records then); an IndexedDB cache database
 * where there is no OPFS (component tests).
 */

const snapshotFileName = (dbName: string) => `${dbName}.claims-table.snapshot`;

type CacheDB = Dexie & { snapshots: EntityTable<{ key: string; data: ArrayBuffer }, 'key'> };
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

export async function readSnapshot(dbName: string): Promise<ArrayBuffer | null> {
  const root = opfs();
  if (root) {
    try {
      const handle = await (await root).getFileHandle(snapshotFileName(dbName));
      return await (await handle.getFile()).arrayBuffer();
    } catch {
      return null;
    }
  }
  return (await cacheFor(dbName).snapshots.get('claims-table'))?.data ?? null;
}

export async function writeSnapshot(dbName: string, data: ArrayBuffer): Promise<void> {
  const root = opfs();
  if (root) {
    const handle = await (await root).getFileHandle(snapshotFileName(dbName), { create: true });
    // Written aside and swapped in on close: a crash leaves the old file or the new one.
    const writable = await handle.createWritable();
    await writable.write(data);
    await writable.close();
    return;
  }
  await cacheFor(dbName).snapshots.put({ key: 'claims-table', data });
}

export async function deleteSnapshot(dbName: string): Promise<void> {
  const root = opfs();
  if (root) {
    await (await root).removeEntry(snapshotFileName(dbName)).catch(() => {});
    return;
  }
  await cacheFor(dbName).snapshots.delete('claims-table');
}
