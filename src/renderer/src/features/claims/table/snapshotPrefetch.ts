import { readSnapshot } from './snapshot';

const prefetched = new Map<string, Promise<ArrayBuffer | null>>();

/**
 * Starts reading the table's snapshot for a store now, before the table asks for it: when the app
 * opens on the claims screen (startEarly.ts), the file is read while the app boots, and ahead of
 * the other screens' start-up queries.
 */
export function prefetchSnapshot(dbName: string): Promise<ArrayBuffer | null> {
  let read = prefetched.get(dbName);
  if (!read) {
    read = readSnapshot(dbName).catch(() => null);
    prefetched.set(dbName, read);
  }
  return read;
}

/** The prefetched snapshot (or a read started now), which the next caller will not get again. */
export function takeSnapshot(dbName: string): Promise<ArrayBuffer | null> {
  const read = prefetchSnapshot(dbName);
  prefetched.delete(dbName);
  return read;
}
