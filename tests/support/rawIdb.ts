/**
 * A database at the level of IndexedDB itself (stores, key paths, indexes, records), without
 * Dexie: to write a committed fixture as an older Claimdesk left it on disk, to load it back, and
 * to read a store again after the app has (or has not) touched it.
 */
export interface RawIndex {
  name: string;
  keyPath: string | string[];
  unique: boolean;
  multiEntry: boolean;
}

export interface RawStore {
  name: string;
  keyPath: string | string[];
  autoIncrement: boolean;
  indexes: RawIndex[];
  /** In primary-key order; keys are inline (every Claimdesk store has a key path). */
  records: unknown[];
}

export interface RawDatabase {
  /** IndexedDB's version number (Dexie's schema version × 10). */
  idbVersion: number;
  stores: RawStore[];
}

const done = <T>(request: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });

const names = (list: DOMStringList) => Array.from({ length: list.length }, (_, i) => list.item(i)!);

/** Reads every store of a database as it is on disk (opened without a version: never upgrades). */
export async function dumpDatabase(name: string): Promise<RawDatabase> {
  const db = await done(indexedDB.open(name));
  try {
    const storeNames = names(db.objectStoreNames).sort();
    const tx = db.transaction(storeNames, 'readonly');
    const stores: RawStore[] = [];
    for (const storeName of storeNames) {
      const store = tx.objectStore(storeName);
      if (store.keyPath === null) throw new Error(`${storeName} has out-of-line keys`);
      stores.push({
        name: storeName,
        keyPath: store.keyPath,
        autoIncrement: store.autoIncrement,
        indexes: names(store.indexNames)
          .sort()
          .map((indexName) => {
            const index = store.index(indexName);
            return {
              name: indexName,
              keyPath: index.keyPath,
              unique: index.unique,
              multiEntry: index.multiEntry,
            };
          }),
        records: await done(store.getAll()),
      });
    }
    return { idbVersion: db.version, stores };
  } finally {
    db.close();
  }
}

/** Creates a database exactly as described: its version, stores, indexes and records. */
export async function loadDatabase(name: string, raw: RawDatabase): Promise<void> {
  const request = indexedDB.open(name, raw.idbVersion);
  request.onupgradeneeded = () => {
    const db = request.result;
    const tx = request.transaction!;
    for (const spec of raw.stores) {
      const store = db.createObjectStore(spec.name, {
        keyPath: spec.keyPath,
        autoIncrement: spec.autoIncrement,
      });
      for (const index of spec.indexes) {
        store.createIndex(index.name, index.keyPath, {
          unique: index.unique,
          multiEntry: index.multiEntry,
        });
      }
      for (const record of spec.records) tx.objectStore(spec.name).put(record);
    }
  };
  const db = await done(request);
  db.close();
}
