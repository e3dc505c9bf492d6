import type { SearchHits } from './textIndex';

/** A source's fields that lists show and sort by (never its text). */
export interface SourceMeta {
  id: string;
  title: string;
  publishedAt: string | null;
  outletId: string | null;
}

/**
 * Claim texts for the index, by engine slot: `texts` holds them end to end, so a whole archive
 * crosses to the worker in one piece. As a string, text i is `texts.slice(offsets[i],
 * offsets[i + 1])`; as UTF-8 bytes (straight from the table's snapshot), offsets count bytes and
 * each text is decoded on its own in the worker.
 */
export interface ClaimTextBatch {
  reset: boolean;
  slots: Int32Array;
  texts: string | Uint8Array;
  offsets: Uint32Array;
  removed: Int32Array;
}

/** How far the index is: documents in it, documents queued, and whether all sources were read. */
export interface IndexProgress {
  claims: { indexed: number; pending: number };
  sources: { indexed: number; pending: number; scanned: boolean };
  ready: boolean;
}

/**
 * What one host indexes: everything (in the page), or one half in each of two workers, so that a
 * search runs through claims and sources at the same time (see pairedHosts.ts).
 */
export type IndexPart = 'all' | 'claims' | 'sources';

export type ClientMessage =
  | { type: 'init'; dbName: string; part: IndexPart }
  | ({ type: 'claims' } & ClaimTextBatch)
  | { type: 'search'; id: number; q: string };

export type HostMessage =
  | { type: 'progress'; progress: IndexProgress }
  | { type: 'sources'; upsert: SourceMeta[]; removed: string[]; scanned: boolean }
  | { type: 'result'; id: number; hits: SearchHits }
  | { type: 'error'; message: string };

/** Splits a batch back into (slot, text) pairs. */
export function* batchEntries(batch: ClaimTextBatch): IterableIterator<[number, string]> {
  const { texts, offsets } = batch;
  if (typeof texts === 'string') {
    for (let i = 0; i < batch.slots.length; i++) {
      yield [batch.slots[i]!, texts.slice(offsets[i], offsets[i + 1])];
    }
    return;
  }
  const utf8 = new TextDecoder();
  for (let i = 0; i < batch.slots.length; i++) {
    yield [batch.slots[i]!, utf8.decode(texts.subarray(offsets[i], offsets[i + 1]))];
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
