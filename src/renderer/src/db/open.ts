import type { ClaimdeskDB } from './db';
import { currentSchemaVersion, idbVersionOf } from './schema';

/** The store on disk was written by a later Claimdesk: opening it here could damage it. */
export class NewerSchemaError extends Error {
  override name = 'NewerSchemaError';
  constructor(
    readonly found: number,
    readonly supported: number,
  ) {
    super(
      `This data was written by a newer Claimdesk (schema ${found}); this version supports up to schema ${supported}. Update Claimdesk to open it. Your data has not been changed.`,
    );
  }
}

/**
 * IndexedDB's version of the named database (null: there is none), without changing it:
 * `indexedDB.databases()` where it exists, else an open without a version whose creation of a
 * database that did not exist is rolled back.
 */
async function installedIdbVersion(name: string): Promise<number | null> {
  if (typeof indexedDB.databases === 'function') {
    return (await indexedDB.databases()).find((d) => d.name === name)?.version ?? null;
  }
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onupgradeneeded = () => request.transaction!.abort(); // it did not exist
    request.onsuccess = () => {
      request.result.close();
      resolve(request.result.version);
    };
    request.onerror = (event) => {
      if (request.error?.name !== 'AbortError') return reject(request.error);
      event.preventDefault();
      resolve(null);
    };
  });
}

function refuse(db: ClaimdeskDB, idbVersion: number): never {
  // No auto-open afterwards either: a later query must fail, not open the newer store.
  db.close({ disableAutoOpen: true });
  throw new NewerSchemaError(idbVersion / 10, currentSchemaVersion);
}

/**
 * Opens the store at start, upgrading an older one (db/migrations.ts). A store from a newer
 * Claimdesk is refused before it is opened: Dexie 4 would otherwise open it at its own version,
 * and even add indexes this version declares, changing data a newer version owns.
 */
export async function openDatabase(db: ClaimdeskDB): Promise<void> {
  const supported = idbVersionOf(currentSchemaVersion);
  const installed = await installedIdbVersion(db.name);
  if (installed !== null && installed > supported) refuse(db, installed);
  await db.open();
  // A newer Claimdesk that upgraded the store in the meantime.
  const opened = db.backendDB().version;
  if (opened > supported) refuse(db, opened);
}

export type VersionChange = 'upgraded' | 'deleted';

/**
 * When another window upgrades (or deletes) the store, this one must let go of it, or the other
 * window waits forever. The connection is closed for good (a later query fails instead of quietly
 * reopening a store this version may not understand) and `onChange` tells the user to reload.
 */
export function watchVersionChange(
  db: ClaimdeskDB,
  onChange: (change: VersionChange) => void,
): () => void {
  const listener = (event: IDBVersionChangeEvent) => {
    db.close({ disableAutoOpen: true });
    onChange(event.newVersion ? 'upgraded' : 'deleted');
    // Stops Dexie's own handler (listeners run newest first), which closes the connection too
    // but lets the next query reopen it.
    return false;
  };
  db.on('versionchange', listener);
  return () => db.on('versionchange').unsubscribe(listener);
}

/** Calls `onBlocked` while this window's upgrade waits for other windows to close the store. */
export function watchBlocked(db: ClaimdeskDB, onBlocked: () => void): () => void {
  const listener = () => onBlocked();
  db.on('blocked', listener);
  return () => db.on('blocked').unsubscribe(listener);
}
