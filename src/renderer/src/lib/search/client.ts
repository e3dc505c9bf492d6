import type { ClaimdeskDB } from '../../db/db';
import { SearchHost } from './host';
import { PairedHosts, type HalfIndex } from './pairedHosts';
import type {
  ClaimTextBatch,
  ClientMessage,
  HostMessage,
  IndexProgress,
  SourceMeta,
} from './protocol';
import type { SearchHits } from './textIndex';

export interface SourcesUpdate {
  upsert: SourceMeta[];
  removed: string[];
  /** True once every source has been read at least once. */
  scanned: boolean;
}

type Resolver = (hits: SearchHits | null) => void;

interface Port {
  post(message: ClientMessage): void;
  close(): void;
}

/**
 * The page's handle on the search index (one per database). It runs the index in two Web Workers
 * (claim texts in one, source texts in the other) when the platform allows them, else in the page
 * itself (component tests, or a worker that fails to start), with the same behaviour. Searches are answered latest-first: while one is running,
 * only the newest of the searches asked meanwhile is sent next, the others resolve with null.
 */
export class ArchiveSearch {
  mode: 'worker' | 'page' = 'page';
  progress: IndexProgress | null = null;
  private port: Port | null = null;
  private listeners = new Set<() => void>();
  private sourceListeners = new Set<(update: SourcesUpdate) => void>();
  private claimSource: (() => ClaimTextBatch) | null = null;
  private nextId = 1;
  private inflight: { id: number; q: string; resolvers: Resolver[]; version: number } | null = null;
  private wanted: { q: string; resolvers: Resolver[] } | null = null;
  /**
   * Changes when claims are sent and when the index reports progress (at most every 250 ms while
   * it builds; an answer given again meanwhile is marked incomplete).
   */
  private version = 0;
  /**
   * Changes whenever what the index holds changes (claims sent, sources reported): an answer
   * given before is then out of date, and whoever shows one asks again.
   */
  contentVersion = 0;
  private lastAnswer: { hits: SearchHits; version: number } | null = null;
  /** Claim changes made before the claims were attached, sent right after them. */
  private early: ClaimTextBatch[] = [];
  private lastError: string | null = null;

  constructor(private readonly db: ClaimdeskDB) {}

  /**
   * Starts the index (the worker, and its reading of every source). The claims table delays this
   * until its first rows are on screen, so the two do not compete for the store and the CPU.
   */
  start() {
    if (this.port) return;
    this.port = this.connect();
  }

  private post(message: ClientMessage) {
    this.start();
    this.port!.post(message);
  }

  get error() {
    return this.lastError;
  }

  private connect(): Port {
    if (typeof Worker === 'function') {
      try {
        return this.connectWorker();
      } catch {
        // Fall through to the page.
      }
    }
    return this.connectPage();
  }

  private connectWorker(): Port {
    // Two workers, one per half of the index (see PairedHosts). Literal constructor calls: the
    // bundler finds workers by this exact shape.
    const workers: Record<HalfIndex, Worker> = {
      claims: new Worker(new URL('./search.worker.ts', import.meta.url), {
        type: 'module',
        name: 'claims search index',
      }),
      sources: new Worker(new URL('./search.worker.ts', import.meta.url), {
        type: 'module',
        name: 'sources search index',
      }),
    };
    const all = Object.values(workers);
    const paired = new PairedHosts((message) => this.receive(message));
    const heard: Record<HalfIndex, boolean> = { claims: false, sources: false };
    let abandoned = false;
    for (const half of ['claims', 'sources'] as const) {
      const worker = workers[half];
      worker.onmessage = (event: MessageEvent<HostMessage>) => {
        // A message already on its way from a worker given up for the page: not to be taken.
        if (abandoned) return;
        heard[half] = true;
        paired.receive(half, event.data);
      };
      worker.onerror = (event) => {
        event.preventDefault();
        if (abandoned) return;
        if (heard[half]) {
          this.fail(event.message || 'The search worker stopped.');
          return;
        }
        // A worker never started (a platform without module workers): run in the page instead.
        abandoned = true;
        for (const each of all) each.terminate();
        this.port = this.connectPage();
        this.restart();
      };
      worker.postMessage({ type: 'init', dbName: this.db.name, part: half } satisfies ClientMessage);
    }
    this.mode = 'worker';
    return {
      // Claim texts only to the claims' half; searches to both.
      post: (message) => {
        if (message.type === 'claims') workers.claims.postMessage(message);
        else for (const worker of all) worker.postMessage(message);
      },
      close: () => {
        for (const worker of all) worker.terminate();
      },
    };
  }

  private connectPage(): Port {
    this.mode = 'page';
    const host = new SearchHost(
      this.db,
      (message) => queueMicrotask(() => this.receive(message)),
      'all',
    );
    host.start();
    return {
      post: (message) => queueMicrotask(() => host.receive(message)),
      close: () => host.close(),
    };
  }

  private restart() {
    this.progress = null;
    if (this.claimSource) this.post({ type: 'claims', ...this.claimSource() });
    const inflight = this.inflight;
    this.inflight = null;
    this.version++;
    for (const resolve of inflight?.resolvers ?? []) resolve(null);
    this.notify();
  }

  private fail(message: string) {
    this.lastError = message;
    this.notify();
  }

  private receive(message: HostMessage) {
    switch (message.type) {
      case 'progress':
        this.progress = message.progress;
        this.version++;
        this.notify();
        break;
      case 'sources':
        for (const listener of this.sourceListeners) listener(message);
        this.contentChanged();
        break;
      case 'error':
        this.fail(message.message);
        break;
      case 'result': {
        const inflight = this.inflight;
        if (!inflight || inflight.id !== message.id) break;
        this.inflight = null;
        const hits = this.wanted ? null : message.hits;
        if (hits) this.lastAnswer = { hits, version: inflight.version };
        for (const resolve of inflight.resolvers) resolve(hits);
        this.sendWanted();
        break;
      }
    }
  }

  private sendWanted() {
    const wanted = this.wanted;
    if (!wanted || this.inflight) return;
    this.wanted = null;
    const id = this.nextId++;
    this.inflight = { id, q: wanted.q, resolvers: wanted.resolvers, version: this.version };
    this.post({ type: 'search', id, q: wanted.q });
  }

  private contentChanged() {
    this.contentVersion++;
    // An answer kept from before (lastAnswer) is no longer one to give again.
    this.version++;
    this.notify();
  }

  private notify() {
    for (const listener of this.listeners) listener();
  }

  /** Hits for `q`, or null when a newer search replaced it before it ran. */
  search(q: string): Promise<SearchHits | null> {
    const last = this.lastAnswer;
    if (last && last.hits.q === q && last.version === this.version && !this.wanted) {
      return Promise.resolve(last.hits);
    }
    return new Promise((resolve) => {
      if (this.wanted?.q === q) {
        this.wanted.resolvers.push(resolve);
        return;
      }
      for (const stale of this.wanted?.resolvers ?? []) stale(null);
      this.wanted = null;
      if (this.inflight?.q === q && this.inflight.version === this.version) {
        this.inflight.resolvers.push(resolve);
        return;
      }
      this.wanted = { q, resolvers: [resolve] };
      this.sendWanted();
    });
  }

  /** Hands over the claims to index: `source` gives them all, now and after a restart. */
  attachClaims(source: () => ClaimTextBatch) {
    this.claimSource = source;
    this.version++;
    this.post({ type: 'claims', ...source() });
    // Changes made before: applied over the whole batch, which may be older (the snapshot's).
    for (const batch of this.early) this.post({ type: 'claims', ...batch });
    this.early = [];
    this.contentChanged();
  }

  /** Claims added, changed or removed since. */
  updateClaims(batch: ClaimTextBatch) {
    if (batch.slots.length === 0 && batch.removed.length === 0 && !batch.reset) return;
    if (!this.claimSource) {
      this.version++;
      this.early.push(batch);
    } else {
      this.post({ type: 'claims', ...batch });
      this.contentChanged();
    }
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  onSources = (listener: (update: SourcesUpdate) => void): (() => void) => {
    this.sourceListeners.add(listener);
    return () => {
      this.sourceListeners.delete(listener);
    };
  };

  close() {
    this.port?.close();
    this.listeners.clear();
    this.sourceListeners.clear();
  }
}
