import { readSnapshot, readSnapshotHead } from './snapshot';

/** The two reads of a snapshot: its small head (the first rows) and the whole of it. */
export interface SnapshotReads {
  head: Promise<string | null>;
  full: Promise<ArrayBuffer | null>;
}

const prefetched = new Map<string, SnapshotReads>();

/**
 * Starts reading the table's snapshot for a store now, before the table asks for it: when the app
 * opens on the claims screen (startEarly.ts), the files are read while the app boots, and ahead
 * of the other screens' start-up queries.
 */
export function prefetchSnapshot(dbName: string): SnapshotReads {
  let reads = prefetched.get(dbName);
  if (!reads) {
    reads = {
      head: readSnapshotHead(dbName).catch(() => null),
      full: readSnapshot(dbName).catch(() => null),
    };
    prefetched.set(dbName, reads);
  }
  return reads;
}

/** The prefetched reads (or reads started now), which the next caller will not get again. */
export function takeSnapshot(dbName: string): SnapshotReads {
  const reads = prefetchSnapshot(dbName);
  prefetched.delete(dbName);
  return reads;
}
