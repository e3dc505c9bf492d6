/**
 * The same records written with bare IndexedDB calls, no Dexie and no app logic: the storage
 * floor the app's own writes are measured against. The database is created with the app's
 * schema (same object stores and indexes), then written through `indexedDB` directly.
 */
import { createDatabase } from '../../src/renderer/src/db/db';

export type RowsByTable = Record<string, unknown[]>;

/** Opens a fresh copy of the app's schema and hands back the bare IDBDatabase. */
export async function openRawFresh(name: string): Promise<IDBDatabase> {
  const dexie = createDatabase(name);
  await dexie.delete();
  await dexie.open();
  const idb = dexie.backendDB();
  // Dexie keeps the connection; closing Dexie would close it too, so reopen it bare.
  const version = idb.version;
  dexie.close();
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, version);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** Puts every row of every table in one readwrite transaction; resolves when it commits. */
export function putAllRaw(idb: IDBDatabase, tables: RowsByTable): Promise<void> {
  const names = Object.keys(tables).filter((t) => tables[t]!.length > 0);
  return new Promise((resolve, reject) => {
    const tx = idb.transaction(names, 'readwrite');
    for (const name of names) {
      const store = tx.objectStore(name);
      for (const row of tables[name]!) store.put(row);
    }
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
  });
}

/** Opens an existing database with bare IndexedDB (its current version). */
export function openRawExisting(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/**
 * Reads every row of the named stores with one `getAll` each, all in one read transaction, and
 * resolves with the time each took (they run side by side, so the slowest one is the total).
 */
export function getAllRaw(idb: IDBDatabase, names: string[]): Promise<Record<string, number>> {
  const started = performance.now();
  const perStore: Record<string, number> = {};
  return new Promise((resolve, reject) => {
    const tx = idb.transaction(names, 'readonly');
    for (const name of names) {
      const request = tx.objectStore(name).getAll();
      request.onsuccess = () => {
        perStore[name] = Math.round(performance.now() - started);
      };
    }
    tx.oncomplete = () => resolve(perStore);
    tx.onerror = () => reject(tx.error);
  });
}
