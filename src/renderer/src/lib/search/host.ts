import type { Source } from '@shared/model';
import type { ClaimdeskDB } from '../../db/db';
import {
  batchEntries,
  type ClaimTextBatch,
  type ClientMessage,
  type HostMessage,
  type IndexPart,
  type IndexProgress,
  type SourceMeta,
} from './protocol';
import { watchTables } from './storageChanges';
import { ArchiveTextIndex } from './textIndex';

/** Sources read from IndexedDB per transaction, and documents indexed per slice of work. */
const sourceChunk = 200;
const claimSlice = 1500;
const sourceSlice = 12;

const meta = (s: Source): SourceMeta => ({
  id: s.id,
  title: s.title,
  publishedAt: s.publishedAt,
  outletId: s.outletId,
});

/** Gives the event loop a turn (messages, searches) between slices of indexing. */
function yieldToEvents(): Promise<void> {
  if (typeof MessageChannel === 'undefined') return new Promise((done) => setTimeout(done, 0));
  return new Promise((done) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      done();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * The search side of the claims table; runs in a Web Worker (or, where there is none, in the
 * page). It builds the full-text index in small slices so that searches are answered while it
 * grows: claim texts arrive from the page (which holds them anyway); source texts it reads from
 * IndexedDB itself, so they are never held by the page, and it reports each source's list fields
 * (title, date, outlet) back to the page as it goes. It follows later changes to sources through
 * Dexie's change events, and to claims through the page's batches.
 */
export class SearchHost {
  private index = new ArchiveTextIndex();
  private pendingClaims = new Map<number, string | null>();
  private pendingSources = new Map<string, { title: string; text: string } | null>();
  private claimSlots = new Set<number>();
  private sourceIds = new Set<string>();
  private scanned = false;
  private working = false;
  private stopWatching: () => void = () => {};
  private lastProgress = 0;
  private closed = false;
  private warmedUp = false;

  constructor(
    private readonly db: ClaimdeskDB,
    private readonly send: (message: HostMessage) => void,
    private readonly part: IndexPart = 'all',
  ) {}

  start() {
    if (this.part === 'claims') {
      // The sources are another host's: this one has read all it will ever read.
      this.scanned = true;
      this.progress(true);
      return;
    }
    this.stopWatching = watchTables(this.db.name, ['sources'], (changes) => {
      const change = changes.get('sources');
      if (change) void this.sourcesChanged(change);
    });
    void this.scanSources().catch((error: unknown) => this.fail(error));
  }

  close() {
    this.closed = true;
    this.stopWatching();
  }

  receive(message: ClientMessage) {
    if (message.type === 'claims') {
      if (this.part !== 'sources') this.takeClaims(message);
    }
    else if (message.type === 'search') {
      this.send({ type: 'result', id: message.id, hits: this.index.search(message.q, this.ready) });
    }
  }

  private get ready() {
    return this.scanned && this.pendingClaims.size === 0 && this.pendingSources.size === 0;
  }

  private progress(force = false) {
    const now = Date.now();
    if (!force && now - this.lastProgress < 250) return;
    this.lastProgress = now;
    const progress: IndexProgress = {
      claims: { indexed: this.index.claimCount, pending: this.pendingClaims.size },
      sources: {
        indexed: this.index.sourceCount,
        pending: this.pendingSources.size,
        scanned: this.scanned,
      },
      ready: this.ready,
    };
    this.send({ type: 'progress', progress });
  }

  private fail(error: unknown) {
    this.send({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }

  private takeClaims(batch: ClaimTextBatch) {
    if (batch.reset) {
      this.index.resetClaims();
      this.claimSlots.clear();
      this.pendingClaims.clear();
    }
    for (const slot of batch.removed) this.pendingClaims.set(slot, null);
    for (const [slot, text] of batchEntries(batch)) this.pendingClaims.set(slot, text);
    this.progress(true);
    this.pump();
  }

  /** Reads every source once, in chunks: list fields go to the page, texts to the index queue. */
  private async scanSources() {
    let last: string | undefined;
    for (;;) {
      const chunk = await (last === undefined
        ? this.db.sources.orderBy(':id').limit(sourceChunk).toArray()
        : this.db.sources.where(':id').above(last).limit(sourceChunk).toArray());
      if (this.closed) return;
      if (chunk.length === 0) break;
      last = chunk[chunk.length - 1]!.id;
      for (const source of chunk) {
        this.sourceIds.add(source.id);
        this.pendingSources.set(source.id, { title: source.title, text: source.text });
      }
      this.send({ type: 'sources', upsert: chunk.map(meta), removed: [], scanned: false });
      this.progress();
      this.pump();
    }
    this.scanned = true;
    this.send({ type: 'sources', upsert: [], removed: [], scanned: true });
    this.progress(true);
    this.pump();
  }

  private async sourcesChanged(change: string[] | 'all') {
    const ids = change === 'all' ? await this.db.sources.toCollection().primaryKeys() : change;
    const known = change === 'all' ? new Set(this.sourceIds) : null;
    const upsert: SourceMeta[] = [];
    const removed: string[] = [];
    for (let i = 0; i < ids.length; i += sourceChunk) {
      const part = ids.slice(i, i + sourceChunk);
      const sources = await this.db.sources.bulkGet(part);
      sources.forEach((source, j) => {
        const id = part[j]!;
        known?.delete(id);
        if (source) {
          this.sourceIds.add(id);
          this.pendingSources.set(id, { title: source.title, text: source.text });
          upsert.push(meta(source));
        } else if (this.sourceIds.delete(id)) {
          this.pendingSources.set(id, null);
          removed.push(id);
        }
      });
    }
    for (const id of known ?? []) {
      this.sourceIds.delete(id);
      this.pendingSources.set(id, null);
      removed.push(id);
    }
    if (upsert.length || removed.length) {
      this.send({ type: 'sources', upsert, removed, scanned: this.scanned });
    }
    this.pump();
  }

  /** Indexes queued claims first (short, and what most searches find), then queued sources. */
  private pump() {
    if (this.working || this.closed) return;
    this.working = true;
    void (async () => {
      try {
        while (!this.closed && (this.pendingClaims.size > 0 || this.pendingSources.size > 0)) {
          if (this.pendingClaims.size > 0) {
            let n = 0;
            for (const [slot, text] of this.pendingClaims) {
              this.pendingClaims.delete(slot);
              if (text === null) {
                this.index.removeClaim(slot);
                this.claimSlots.delete(slot);
              } else {
                this.index.setClaim(slot, text);
                this.claimSlots.add(slot);
              }
              if (++n >= claimSlice) break;
            }
          } else {
            let n = 0;
            for (const [id, doc] of this.pendingSources) {
              this.pendingSources.delete(id);
              if (doc === null) this.index.removeSource(id);
              else this.index.setSource(id, doc.title, doc.text);
              if (++n >= sourceSlice) break;
            }
          }
          this.progress();
          await yieldToEvents();
        }
      } catch (error) {
        this.fail(error);
      } finally {
        this.working = false;
        this.progress(true);
        if (this.ready && !this.warmedUp) {
          this.warmedUp = true;
          this.index.warmUp();
        }
      }
    })();
  }
}
