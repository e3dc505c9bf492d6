import type {
  CreatingHookContext,
  DeletingHookContext,
  Transaction,
  UpdatingHookContext,
} from 'dexie';
import type { Claim, Outlet, Speaker } from '@shared/model';
import { ClaimQueryEngine, defaultSort, type ClaimQueryRow } from '@core/query';
import type { ClaimdeskDB } from '../../../db/db';
import {
  ArchiveSearch,
  makeBatch,
  watchTables,
  type SourceMeta,
  type SourcesUpdate,
  type TableChange,
} from '../../../lib/search';
import { journalFor, type ChangeJournal } from './journal';
import { afterNextPaint, whenIdle } from './frames';
import { mark } from './marks';
import { writeSnapshot } from './snapshot';
import {
  decodeSnapshot,
  decodeSnapshotHead,
  encodeSnapshot,
  encodeSnapshotHead,
  type SnapshotHead,
} from './snapshotCodec';
import { takeSnapshot } from './snapshotPrefetch';

/** Claims read per IndexedDB transaction when the whole store is read. */
const readChunk = 5_000;
/**
 * A snapshot is written this long after the last change (and when the window is hidden): writing
 * ~20 MB occupies IndexedDB for a moment, so not while someone is editing. A snapshot that is
 * behind costs nothing but a few more corrections after the next launch.
 */
const snapshotDelay = 60_000;

export type StorePhase = 'loading' | 'ready' | 'error';

/** Shares equal strings (ids repeated across 100,000 rows) instead of keeping a copy per row. */
class Interner {
  private map = new Map<string, string>();
  of(value: string): string {
    const known = this.map.get(value);
    if (known !== undefined) return known;
    this.map.set(value, value);
    return value;
  }
}

/**
 * The claims table's data, held in the renderer: every claim as a compact row (ClaimQueryRow) in
 * a ClaimQueryEngine, with the names of speakers, outlets and sources it shows.
 *
 * Loading: from the table snapshot when there is one (fast), then the store is read in the
 * background and any difference corrected; otherwise from the store directly.
 *
 * Keeping up: Dexie's `storagemutated` event names the claims every committed transaction
 * wrote (applyEdits, undo and redo write row by row, so they arrive as keys), in this window and
 * in others. Those rows are read again and patched in; a bulk write that Dexie reports only as a
 * range makes the store be read again in full. This catches every writer (imports, undo, merges,
 * other screens) without the table needing to know them, and costs one small read per change,
 * where a live query over all claims would reread 100,000 records after every change. (An
 * `updatedAt` watermark would not do: undo restores the old `updatedAt`, and deletions leave no
 * trace.)
 */
export class ClaimStore {
  readonly engine = new ClaimQueryEngine();
  readonly search: ArchiveSearch;
  phase: StorePhase = 'loading';
  progress = { loaded: 0, total: 0 };
  /** True while the store is being compared with what the table shows. */
  verifying = false;
  fromSnapshot = false;
  /**
   * While the snapshot is read at launch: its first rows, as the table showed them when it was
   * written, so the table is on screen at once (for its default order only, and only when no
   * claim has changed since). Null once the rows are loaded.
   */
  preview: SnapshotHead | null = null;
  private onPreviewDrawn: (() => void) | null = null;
  private previewWanted = false;
  error: string | null = null;
  speakers = new Map<string, Speaker>();
  outlets = new Map<string, Outlet>();
  sources = new Map<string, SourceMeta>();
  /** Changes when speakers, outlets or sources (the filter options) change. */
  lookupVersion = 0;
  /** Changes when the tags in use (or their counts) change. */
  tagsVersion = 0;
  version = 0;
  private tagCount = new Map<string, number>();

  private listeners = new Set<() => void>();
  private queue: Promise<void> = Promise.resolve();
  private intern = new Interner();
  private fresh: Set<string> | null = null;
  private sourcesScanned = false;
  private scanWaiters: (() => void)[] = [];
  private scanSeen = new Set<string>();
  private stopWatching: (() => void) | null = null;
  private stopSources: (() => void) | null = null;
  private stopHooks: (() => void) | null = null;
  private snapshotTimer: ReturnType<typeof setTimeout> | null = null;
  private snapshotDirty = false;
  private started = false;
  private snapshotTexts: { texts: Uint8Array; offsets: Uint32Array } | null = null;
  private journal: ChangeJournal | null = null;

  constructor(private readonly db: ClaimdeskDB) {
    this.search = new ArchiveSearch(db);
  }

  /** The table calls this once the preview's rows are in the page. */
  previewDrawn() {
    this.onPreviewDrawn?.();
  }

  /**
   * Whether a table on screen would show a preview now (in the default view). Without one (no
   * table, another view, the Data screen's use of the rows) loading does not wait for it.
   */
  wantPreview(wanted: boolean) {
    this.previewWanted = wanted;
    if (!wanted) this.onPreviewDrawn?.();
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  getVersion = () => this.version;

  private notify() {
    this.version++;
    for (const listener of this.listeners) listener();
  }

  /** The status vocabulary's order, for sorting by status. */
  setStatusOrder(order: readonly string[]) {
    const before = this.engine.version;
    this.engine.setStatusOrder(order);
    if (this.engine.version !== before) this.notify();
  }

  start() {
    if (this.started) return;
    this.started = true;
    this.journal = journalFor(this.db.name);
    this.stopSources = this.search.onSources((update) => this.sourcesUpdated(update));
    this.stopWatching = watchTables(this.db.name, ['claims', 'speakers', 'outlets'], (changes) => {
      const claims = changes.get('claims');
      mark('claims:changes-seen', { claims: claims === 'all' ? 'all' : (claims?.length ?? 0) });
      this.enqueue(() => this.applyChanges(changes));
    });
    this.stopHooks = this.watchWrites();
    this.enqueue(() => this.load());
    if (typeof document !== 'undefined') {
      document.addEventListener('visibilitychange', this.flushWhenHidden);
    }
  }

  close() {
    this.stopHooks?.();
    this.stopWatching?.();
    this.stopSources?.();
    this.search.close();
    if (this.snapshotTimer) clearTimeout(this.snapshotTimer);
    if (typeof document !== 'undefined') {
      document.removeEventListener('visibilitychange', this.flushWhenHidden);
    }
  }

  /** Runs store work one job at a time, in order (loading first, then each change). */
  private enqueue(job: () => Promise<void>) {
    this.queue = this.queue.then(job).catch((error: unknown) => {
      this.error = error instanceof Error ? error.message : String(error);
      if (this.phase === 'loading') this.phase = 'error';
      this.notify();
    });
  }

  /** Waits until every change noticed so far is in the table (tests, and the benchmark). */
  settled(): Promise<void> {
    return this.queue;
  }

  // ---- rows -------------------------------------------------------------------------------

  private toRow(claim: Claim): ClaimQueryRow {
    const source = this.sources.get(claim.sourceId);
    const speakerId = claim.speakerId === null ? null : this.intern.of(claim.speakerId);
    const outletId = claim.outletId === null ? null : this.intern.of(claim.outletId);
    return {
      id: claim.id,
      text: claim.text,
      sourceId: source?.id ?? this.intern.of(claim.sourceId),
      sourceTitle: source?.title ?? '',
      date: source?.publishedAt ?? null,
      speakerId,
      speakerName: speakerId === null ? null : (this.speakers.get(speakerId)?.name ?? null),
      outletId,
      outletName: outletId === null ? null : (this.outlets.get(outletId)?.name ?? null),
      status: this.intern.of(claim.status),
      tags: claim.tags.map((t) => this.intern.of(t)),
      review: claim.review,
      start: claim.anchor.start,
    };
  }

  private static sameRow(a: ClaimQueryRow, b: ClaimQueryRow) {
    return (
      a.text === b.text &&
      a.sourceId === b.sourceId &&
      a.sourceTitle === b.sourceTitle &&
      a.date === b.date &&
      a.speakerId === b.speakerId &&
      a.speakerName === b.speakerName &&
      a.outletId === b.outletId &&
      a.outletName === b.outletName &&
      a.status === b.status &&
      a.review === b.review &&
      a.start === b.start &&
      a.tags.length === b.tags.length &&
      a.tags.every((t, i) => t === b.tags[i])
    );
  }

  /** Puts rows in the table and tells the search index which texts changed. */
  private commit(upserts: ClaimQueryRow[], removed: string[]) {
    const newTexts: ClaimQueryRow[] = [];
    const changed = upserts.filter((row) => {
      const old = this.engine.get(row.id);
      if (old && ClaimStore.sameRow(old, row)) return false;
      if (!old || old.text !== row.text) newTexts.push(row);
      return true;
    });
    const removedSlots = removed
      .map((id) => this.engine.slotOf(id))
      .filter((s): s is number => s !== undefined);
    if (changed.length === 0 && removedSlots.length === 0) return false;
    for (const row of changed) {
      const old = this.engine.get(row.id);
      if (
        old &&
        old.tags.length === row.tags.length &&
        old.tags.every((t, i) => t === row.tags[i])
      ) {
        continue;
      }
      if (old) this.countTags(old, -1);
      this.countTags(row, 1);
    }
    for (const id of removed) {
      const old = this.engine.get(id);
      if (old) this.countTags(old, -1);
    }
    this.engine.upsert(changed);
    this.engine.remove(removed);
    this.search.updateClaims(
      makeBatch(
        newTexts.map((row) => [this.engine.slotOf(row.id)!, row.text]),
        removedSlots,
      ),
    );
    this.scheduleSnapshot();
    return true;
  }

  private countTags(row: ClaimQueryRow, delta: 1 | -1) {
    for (const tag of row.tags) {
      const n = (this.tagCount.get(tag) ?? 0) + delta;
      if (n > 0) this.tagCount.set(tag, n);
      else this.tagCount.delete(tag);
      this.tagsVersion++;
    }
  }

  private replaceRows(rows: ClaimQueryRow[], inDefaultOrder = false) {
    this.engine.replaceAll(rows, inDefaultOrder ? defaultSort : undefined);
    this.tagCount = new Map();
    for (const row of rows) this.countTags(row, 1);
  }

  /** The tags in use with how many claims carry each, most used first. */
  tagCounts(): [string, number][] {
    return [...this.tagCount].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  }

  private fullBatch = () => {
    const first = this.snapshotTexts;
    this.snapshotTexts = null;
    if (first) {
      // Straight from the snapshot: slots 0…n-1 in order, texts already end to end (UTF-8).
      const slots = Int32Array.from({ length: first.offsets.length - 1 }, (_, i) => i);
      return {
        reset: true,
        slots,
        texts: first.texts,
        offsets: first.offsets,
        removed: new Int32Array(),
      };
    }
    return makeBatch(
      (function* (engine: ClaimQueryEngine) {
        for (const [slot, row] of engine.entries()) yield [slot, row.text] as [number, string];
      })(this.engine),
      [],
      true,
    );
  };

  // ---- loading ----------------------------------------------------------------------------

  private async loadNames() {
    const [speakers, outlets] = await Promise.all([
      this.db.speakers.toArray(),
      this.db.outlets.toArray(),
    ]);
    this.speakers = new Map(speakers.map((s) => [this.intern.of(s.id), s]));
    this.outlets = new Map(outlets.map((o) => [this.intern.of(o.id), o]));
    this.lookupVersion++;
  }

  private async load() {
    mark('claims:store-start', {});
    const names = this.loadNames();
    // The claims changed since the snapshot was written are read again at once, alongside it.
    const pending = this.journal?.pending() ?? { all: true, ids: [] };
    const fixes = pending.ids.length > 0 ? this.db.claims.bulkGet(pending.ids) : null;
    const reads = takeSnapshot(this.db.name);
    const head = decodeSnapshotHead(await reads.head);
    // Only a head written after the last change to any claim: a claim changed since could have
    // left its rows, or (a new one) belong among them.
    if (head && this.previewWanted && !pending.all && pending.ids.length === 0) {
      this.preview = head;
      mark('claims:preview', { claims: head.rows.length });
      // Drawn by the table (previewDrawn) and painted before decoding the whole snapshot holds
      // the page up; without a table on screen, not waited for long.
      const drawn = new Promise<void>((done) => {
        this.onPreviewDrawn = done;
        setTimeout(done, 250);
      });
      this.notify();
      await drawn;
      this.onPreviewDrawn = null;
      await afterNextPaint();
    }
    const data = await reads.full;
    const snapshot = data ? decodeSnapshot(data) : null;
    mark('claims:snapshot-read', { claims: snapshot?.rows.length ?? 0 });
    this.preview = null;
    if (snapshot) {
      for (const source of snapshot.sources) {
        // What the search host has already reported is newer than the snapshot.
        if (!this.sources.has(source.id)) this.sources.set(source.id, source);
      }
      // The snapshot keeps the rows in the default order: no sorting before the first render.
      this.replaceRows(snapshot.rows, true);
      this.snapshotTexts = { texts: snapshot.textBytes, offsets: snapshot.textOffsets };
      this.fromSnapshot = true;
      this.progress = { loaded: snapshot.rows.length, total: snapshot.rows.length };
      this.phase = 'ready';
      this.notify();
      if (fixes) {
        const claims = await fixes;
        const upserts: ClaimQueryRow[] = [];
        const removed: string[] = [];
        claims.forEach((claim, i) => {
          if (claim) upserts.push(this.toRow(claim));
          else removed.push(pending.ids[i]!);
        });
        this.commit(upserts, removed);
        mark('claims:journal-applied', { claims: pending.ids.length });
        this.notify();
      }
      // The names as they are now (the snapshot's may be older).
      await names;
      this.relabel(() => true);
      this.notify();
      // Once the rows are on screen: the search index, and a comparison with the whole store
      // (for changes no journal saw: a crash before it was written, another program).
      await whenIdle();
      this.engine.warm();
      this.search.attachClaims(this.fullBatch);
      void this.reconcile();
      return;
    }
    await names;
    // No snapshot: the rows need the sources' titles and dates, which the search host reads.
    this.search.start();
    this.progress = { loaded: 0, total: await this.db.claims.count() };
    this.notify();
    const rows: ClaimQueryRow[] = [];
    await this.readClaims((claims) => {
      for (const claim of claims) rows.push(this.toRow(claim));
      this.progress = { loaded: rows.length, total: Math.max(this.progress.total, rows.length) };
      this.notify();
    });
    mark('claims:store-read', { claims: rows.length });
    await this.sourcesRead();
    mark('claims:sources-read', { sources: this.sources.size });
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      const source = this.sources.get(row.sourceId);
      if (source)
        rows[i] = {
          ...row,
          sourceId: source.id,
          sourceTitle: source.title,
          date: source.publishedAt,
        };
    }
    this.replaceRows(rows);
    this.phase = 'ready';
    this.search.attachClaims(this.fullBatch);
    this.notify();
    this.scheduleSnapshot(0);
    // As after a snapshot: what the first filter or sort would otherwise build.
    await whenIdle();
    this.engine.warm();
  }

  /** Reads every claim in chunks (one transaction each), handing each chunk over as it comes. */
  private async readClaims(each: (claims: Claim[]) => void) {
    let last: string | undefined;
    for (;;) {
      const chunk = await (last === undefined
        ? this.db.claims.orderBy(':id').limit(readChunk).toArray()
        : this.db.claims.where(':id').above(last).limit(readChunk).toArray());
      if (chunk.length === 0) return;
      last = chunk[chunk.length - 1]!.id;
      each(chunk);
    }
  }

  /** Resolves once the search host has read every source (their titles and dates). */
  private sourcesRead(): Promise<void> {
    if (this.sourcesScanned) return Promise.resolve();
    return new Promise((done) => {
      this.scanWaiters.push(done);
      // Should the search host fail, read the sources here instead.
      const unsubscribe = this.search.subscribe(() => {
        if (this.sourcesScanned) unsubscribe();
        else if (this.search.error) {
          unsubscribe();
          void this.readSourcesHere();
        }
      });
    });
  }

  private async readSourcesHere() {
    const upsert: SourceMeta[] = [];
    await this.db.sources.each((s) =>
      upsert.push({ id: s.id, title: s.title, publishedAt: s.publishedAt, outletId: s.outletId }),
    );
    this.sourcesUpdated({ upsert, removed: [], scanned: true });
  }

  private reconciling: Promise<void> | null = null;
  private reconcileAgain = false;

  /**
   * Reads every claim and corrects the rows that differ (after a snapshot, or a bulk write).
   * Rows changed by events meanwhile are newer than what this read saw, and are left alone.
   */
  private reconcile(): Promise<void> {
    if (this.reconciling) {
      this.reconcileAgain = true;
      return this.reconciling;
    }
    this.reconciling = (async () => {
      do {
        this.reconcileAgain = false;
        await this.reconcileOnce();
      } while (this.reconcileAgain);
    })().finally(() => {
      this.reconciling = null;
    });
    return this.reconciling;
  }

  private async reconcileOnce() {
    this.verifying = true;
    const fresh = (this.fresh = new Set());
    this.notify();
    try {
      const seen = new Set<string>();
      const differing: ClaimQueryRow[] = [];
      await this.sourcesRead();
      await this.readClaims((claims) => {
        for (const claim of claims) {
          seen.add(claim.id);
          const row = this.toRow(claim);
          const current = this.engine.get(claim.id);
          if (!current || !ClaimStore.sameRow(current, row)) differing.push(row);
        }
      });
      const removed: string[] = [];
      for (const [, row] of this.engine.entries()) {
        if (!seen.has(row.id) && !fresh.has(row.id)) removed.push(row.id);
      }
      const changed = this.commit(
        differing.filter((row) => !fresh.has(row.id)),
        removed,
      );
      if (changed) this.scheduleSnapshot(0);
      mark('claims:verified', { differing: differing.length, removed: removed.length });
    } finally {
      this.fresh = null;
      this.verifying = false;
      this.notify();
    }
  }

  // ---- changes ----------------------------------------------------------------------------

  /**
   * The fast path for writes made in this window (every edit the user makes here): Dexie's table
   * hooks hand over each written claim, and once its transaction has committed the rows are
   * updated from those values at once, without reading them back. Reading back would queue behind
   * whatever other screens are reading at that moment. The `storagemutated` path still follows
   * (it finds nothing left to change) and covers writes from other windows and bulk writes.
   */
  private watchWrites(): () => void {
    const claims = this.db.claims;
    const written = new WeakMap<Transaction, Map<string, Claim | null>>();
    const record = (transaction: Transaction, id: string, claim: Claim | null) => {
      let batch = written.get(transaction);
      if (!batch) {
        const fresh = new Map<string, Claim | null>();
        written.set(transaction, (batch = fresh));
        transaction.on('complete', () => this.applyWritten(fresh));
      }
      batch.set(id, claim);
    };
    const creating = function (
      this: CreatingHookContext<Claim, string>,
      id: string,
      claim: Claim,
      transaction: Transaction,
    ) {
      this.onsuccess = (key) => record(transaction, String(key ?? id), claim);
    };
    const updating = function (
      this: UpdatingHookContext<Claim, string>,
      _changes: object,
      id: string,
      _claim: Claim,
      transaction: Transaction,
    ) {
      this.onsuccess = (updated) => record(transaction, id, updated);
    };
    const deleting = function (
      this: DeletingHookContext<Claim, string>,
      id: string,
      _claim: Claim,
      transaction: Transaction,
    ) {
      this.onsuccess = () => record(transaction, id, null);
    };
    claims.hook('creating', creating);
    claims.hook('updating', updating);
    claims.hook('deleting', deleting);
    return () => {
      claims.hook('creating').unsubscribe(creating);
      claims.hook('updating').unsubscribe(updating);
      claims.hook('deleting').unsubscribe(deleting);
    };
  }

  private applyWritten(written: Map<string, Claim | null>) {
    // While loading, the change events (queued behind the load) bring these in.
    if (this.phase !== 'ready') return;
    const upserts: ClaimQueryRow[] = [];
    const removed: string[] = [];
    for (const [id, claim] of written) {
      if (claim) upserts.push(this.toRow(claim));
      else removed.push(id);
      this.fresh?.add(id);
    }
    if (this.commit(upserts, removed)) {
      mark('claims:changes-applied', { claims: written.size, from: 'this window' });
      this.notify();
    }
  }

  private async applyChanges(changes: Map<string, TableChange>) {
    if (changes.has('speakers') || changes.has('outlets')) {
      await this.loadNames();
      this.relabel(() => true);
    }
    const claims = changes.get('claims');
    if (claims === 'all') {
      // Dexie only knows "some claims changed" (a bulk write): compare everything, in the background.
      void this.reconcile();
    } else if (claims && claims.length > 0) {
      const upserts: ClaimQueryRow[] = [];
      const removed: string[] = [];
      for (let i = 0; i < claims.length; i += 1000) {
        const ids = claims.slice(i, i + 1000);
        const rows = await this.db.claims.bulkGet(ids);
        rows.forEach((claim, j) => {
          if (claim) upserts.push(this.toRow(claim));
          else removed.push(ids[j]!);
        });
      }
      for (const id of claims) this.fresh?.add(id);
      if (this.commit(upserts, removed)) {
        mark('claims:changes-applied', { claims: claims.length, from: 'change event' });
      }
    }
    this.notify();
  }

  /** Rewrites the names rows show, for rows `affected` selects, after speakers, outlets or sources changed. */
  private relabel(affected: (row: ClaimQueryRow) => boolean) {
    const upserts: ClaimQueryRow[] = [];
    for (const [, row] of this.engine.entries()) {
      if (!affected(row)) continue;
      const source = this.sources.get(row.sourceId);
      const next: ClaimQueryRow = {
        ...row,
        sourceTitle: source?.title ?? row.sourceTitle,
        date: source ? source.publishedAt : row.date,
        speakerName:
          row.speakerId === null ? null : (this.speakers.get(row.speakerId)?.name ?? null),
        outletName: row.outletId === null ? null : (this.outlets.get(row.outletId)?.name ?? null),
      };
      if (!ClaimStore.sameRow(row, next)) upserts.push(next);
    }
    if (upserts.length > 0) this.commit(upserts, []);
  }

  private sourcesUpdated(update: SourcesUpdate) {
    const changed = new Set<string>();
    for (const meta of update.upsert) {
      const id = this.intern.of(meta.id);
      this.scanSeen.add(id);
      const old = this.sources.get(id);
      if (
        old &&
        old.title === meta.title &&
        old.publishedAt === meta.publishedAt &&
        old.outletId === meta.outletId
      ) {
        continue;
      }
      this.sources.set(id, { ...meta, id });
      if (old) changed.add(id);
    }
    for (const id of update.removed) {
      if (this.sources.delete(id)) changed.add(id);
    }
    if (update.scanned && !this.sourcesScanned) {
      this.sourcesScanned = true;
      // Sources gone since the snapshot was written.
      for (const id of [...this.sources.keys()])
        if (!this.scanSeen.has(id)) this.sources.delete(id);
      this.scanSeen.clear();
      for (const done of this.scanWaiters.splice(0)) done();
    }
    this.lookupVersion++;
    if (changed.size > 0 && this.phase === 'ready')
      this.relabel((row) => changed.has(row.sourceId));
    this.notify();
  }

  // ---- snapshot ---------------------------------------------------------------------------

  private scheduleSnapshot(delay = snapshotDelay) {
    if (this.phase !== 'ready') return;
    this.snapshotDirty = true;
    if (this.snapshotTimer) clearTimeout(this.snapshotTimer);
    this.snapshotTimer = setTimeout(() => void this.saveSnapshot(), delay);
  }

  private flushWhenHidden = () => {
    if (document.visibilityState === 'hidden' && this.snapshotDirty) void this.saveSnapshot();
  };

  /** Writes the snapshot now, when the table has changed since the last one. */
  async saveSnapshot(): Promise<void> {
    if (this.snapshotTimer) clearTimeout(this.snapshotTimer);
    this.snapshotTimer = null;
    if (!this.snapshotDirty || this.phase !== 'ready') return;
    if (this.verifying) {
      this.scheduleSnapshot();
      return;
    }
    this.snapshotDirty = false;
    // Changes already in the journal but still queued here would otherwise be marked saved
    // without being in the snapshot.
    let settled: Promise<void> | null = null;
    while (settled !== this.queue) {
      settled = this.queue;
      await settled;
    }
    const journalMark = this.journal?.mark() ?? 0;
    const rows = this.engine.inDefaultOrder();
    try {
      await writeSnapshot(
        this.db.name,
        encodeSnapshot(rows, this.sources),
        encodeSnapshotHead(rows),
      );
      this.journal?.saved(journalMark);
      mark('claims:snapshot-saved', { claims: rows.length });
    } catch {
      // Only a head start for the next launch; the store is untouched.
    }
  }
}

const stores = new WeakMap<ClaimdeskDB, ClaimStore>();

/** The claims table's data for a store, loaded on first use and kept for the session. */
export function getClaimStore(db: ClaimdeskDB): ClaimStore {
  let store = stores.get(db);
  if (!store) {
    store = new ClaimStore(db);
    stores.set(db, store);
    store.start();
  }
  return store;
}
