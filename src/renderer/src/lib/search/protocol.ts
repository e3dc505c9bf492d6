import type { SearchHits } from './textIndex';

/** A source's fields that lists show and sort by (never its text). */
export interface SourceMeta {
  id: string;
  title: string;
  publishedAt: string | null;
  outletId: string | null;
}

/**
 * Claim texts for the index, by engine slot: `texts` holds them end to end, text i being
 * `texts.slice(offsets[i], offsets[i + 1])`, so a whole archive crosses to the worker as one string.
 */
export interface ClaimTextBatch {
  reset: boolean;
  slots: Int32Array;
  texts: string;
  offsets: Uint32Array;
  removed: Int32Array;
}

/** How far the index is: documents in it, documents queued, and whether all sources were read. */
export interface IndexProgress {
  claims: { indexed: number; pending: number };
  sources: { indexed: number; pending: number; scanned: boolean };
  ready: boolean;
}

export type ClientMessage =
  | { type: 'init'; dbName: string }
  | ({ type: 'claims' } & ClaimTextBatch)
  | { type: 'search'; id: number; q: string };

export type HostMessage =
  | { type: 'progress'; progress: IndexProgress }
  | { type: 'sources'; upsert: SourceMeta[]; removed: string[]; scanned: boolean }
  | { type: 'result'; id: number; hits: SearchHits }
  | { type: 'error'; message: string };

/** Splits a batch back into (slot, text) pairs. */
export function* batchEntries(batch: ClaimTextBatch): IterableIterator<[number, string]> {
  for (let i = 0; i < batch.slots.length; i++) {
    yield [batch.slots[i]!, batch.texts.slice(batch.offsets[i], batch.offsets[i + 1])];
  }
}

/** Builds a batch from (slot, text) pairs. */
export function makeBatch(
  entries: Iterable<[number, string]>,
  removed: Iterable<number> = [],
  reset = false,
): ClaimTextBatch {
  const slots: number[] = [];
  const texts: string[] = [];
  const offsets: number[] = [0];
  let length = 0;
  for (const [slot, text] of entries) {
    slots.push(slot);
    texts.push(text);
    length += text.length;
    offsets.push(length);
  }
  return {
    reset,
    slots: Int32Array.from(slots),
    texts: texts.join(''),
    offsets: Uint32Array.from(offsets),
    removed: Int32Array.from(removed),
  };
}
