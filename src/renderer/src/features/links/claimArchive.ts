import { useSyncExternalStore } from 'react';
import { SimilarityIndex } from '@core/similarity';
import type { Claim } from '@shared/model';
import type { ClaimdeskDB } from '../../db/db';
import { watchTables, type TableChange } from '../../lib/search';

/** What the similarity index and the claim search need of a claim. */
export interface ArchiveClaim {
  id: string;
  sourceId: string;
  text: string;
  speakerId: string | null;
  outletId: string | null;
  status: string;
  review: Claim['review'];
}

const readChunk = 5_000;
/** Claims indexed per slice of work before the page gets a turn. */
const indexSlice = 1_000;

const nextTurn = () => new Promise<void>((done) => setTimeout(done, 0));

const toArchive = (c: Claim): ArchiveClaim => ({
  id: c.id,
  sourceId: c.sourceId,
  text: c.text,
  speakerId: c.speakerId,
  outletId: c.outletId,
  status: c.status,
  review: c.review,
});

/**
 * Every claim of the store in a similarity index (rejected ones left out: they are "not a claim"),
 * one per database, shared by the inspector's suggestions, the compare view and the evidence
 * overview. Read once in slices (the page stays responsive at 100,000 claims), then kept current
 * from Dexie's change events: the claims a write names are read again and re-indexed; a bulk write
 * reported only as "the table changed" makes the store be read again.
 */
export class ClaimArchive {
  readonly index = new SimilarityIndex();
  readonly claims = new Map<string, ArchiveClaim>();
  phase: 'loading' | 'ready' = 'loading';
  progress = { loaded: 0, total: 0 };
  /** Changes whenever a claim changes (statuses too). */
  version = 0;
  /** Changes only when what the index holds changes: words, sources, claims added or removed. */
  textVersion = 0;
  private listeners = new Set<() => void>();
  private queue: Promise<void> = Promise.resolve();
  private started = false;

  constructor(private readonly db: ClaimdeskDB) {}

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    this.start();
    return () => void this.listeners.delete(listener);
  };

  getVersion = () => this.version;

  private emit() {
    this.version++;
    for (const listener of this.listeners) listener();
  }

  private start() {
    if (this.started) return;
    this.started = true;
    watchTables(this.db.name, ['claims'], (changes) => {
      const change = changes.get('claims');
      if (change) this.enqueue(() => this.applyChange(change));
    });
    this.enqueue(() => this.loadAll());
  }

  private enqueue(work: () => Promise<void>) {
    this.queue = this.queue.then(work).catch((error: unknown) => {
      console.warn('The similar-claims index could not be updated', error);
    });
  }

  private put(claim: ArchiveClaim | undefined, id: string) {
    const before = this.claims.get(id);
    const indexed = (c: ArchiveClaim | undefined) =>
      c && c.review !== 'rejected' ? `${c.sourceId}\u0000${c.text}` : null;
    if (indexed(before) !== indexed(claim)) this.textVersion++;
    if (!claim) {
      this.claims.delete(id);
      this.index.remove(id);
      return;
    }
    this.claims.set(id, claim);
    if (claim.review === 'rejected') this.index.remove(id);
    else this.index.add(claim);
  }

  private async loadAll() {
    const total = await this.db.claims.count();
    this.progress = { loaded: 0, total };
    const seen = new Set<string>();
    let last: string | null = null;
    for (;;) {
      const page: Claim[] = await (last === null
        ? this.db.claims.orderBy(':id').limit(readChunk).toArray()
        : this.db.claims.where(':id').above(last).limit(readChunk).toArray());
      if (page.length === 0) break;
      for (let i = 0; i < page.length; i += indexSlice) {
        for (const claim of page.slice(i, i + indexSlice)) {
          this.put(toArchive(claim), claim.id);
          seen.add(claim.id);
        }
        this.progress = { loaded: seen.size, total: Math.max(total, seen.size) };
        if (this.phase === 'loading') this.emit();
        await nextTurn();
      }
      last = page[page.length - 1]!.id;
    }
    for (const id of [...this.claims.keys()]) if (!seen.has(id)) this.put(undefined, id);
    // IDF and lengths now, so the first suggestion shown does not pay for them.
    await nextTurn();
    this.index.warm();
    this.phase = 'ready';
    this.emit();
  }

  private async applyChange(change: TableChange) {
    if (change === 'all') return this.loadAll();
    const rows = await this.db.claims.bulkGet(change);
    change.forEach((id, i) => {
      const row = rows[i];
      this.put(row ? toArchive(row) : undefined, id);
    });
    this.emit();
  }

  /**
   * Claims whose text holds every word of the query, or whose speaker's name does (up to `limit`),
   * in archive order. A linear scan: about 20 ms over 100,000 claims.
   */
  search(query: string, speakerIds: ReadonlySet<string>, limit = 30): ArchiveClaim[] {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    if (words.length === 0) return [];
    const out: ArchiveClaim[] = [];
    for (const claim of this.claims.values()) {
      if (claim.review === 'rejected') continue;
      const text = claim.text.toLowerCase();
      if (
        (claim.speakerId !== null && speakerIds.has(claim.speakerId)) ||
        words.every((w) => text.includes(w))
      ) {
        out.push(claim);
        if (out.length >= limit) break;
      }
    }
    return out;
  }
}

const archives = new WeakMap<ClaimdeskDB, ClaimArchive>();

export function getClaimArchive(db: ClaimdeskDB): ClaimArchive {
  let archive = archives.get(db);
  if (!archive) archives.set(db, (archive = new ClaimArchive(db)));
  return archive;
}

/** The shared claim archive, re-rendering when it changes; starts reading it on first use. */
export function useClaimArchive(db: ClaimdeskDB): { archive: ClaimArchive; version: number } {
  const archive = getClaimArchive(db);
  const version = useSyncExternalStore(archive.subscribe, archive.getVersion);
  return { archive, version };
}
