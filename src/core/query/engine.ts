import {
  compareTie,
  rankDistinct,
  rowComparator,
  sortValueGetter,
  type SortOptions,
} from './compare';
import { FilterColumns } from './columns';
import { plainTextMatcher } from './filter';
import { sortByKeyStable } from './radixSort';
import { maxBucket, relevanceBucket } from './relevance';
import { defaultSort, hasSearch, type ClaimQuery, type ClaimSort } from './query';
import { differingFields, type ClaimQueryRow, type RowField } from './row';

/** Rows a query selected, as engine slots in order, and how many rows the engine holds. */
export interface QueryResult {
  slots: Int32Array;
  total: number;
}

/** Above this many changed rows at once, cached orders are rebuilt rather than patched. */
const patchLimit = 500;

const sortId = (sort: ClaimSort) => `${sort.key}:${sort.dir}`;

/**
 * Answers claim queries over many rows quickly, with the same results as applyClaimQuery.
 *
 * Each row lives in a numbered slot (stable while the row exists). For every order asked for, the
 * engine keeps all slots sorted once (a permutation) and patches it row by row on small changes,
 * so a query is one pass over that permutation keeping the rows its filters accept: a few
 * milliseconds for 100,000 rows whatever the order. Relevance order (a search without a chosen
 * sort) sorts just the matching rows by score, ties in the default order.
 */
export class ClaimQueryEngine {
  private rows: (ClaimQueryRow | undefined)[] = [];
  /** Slot by claim id; built on first use after replaceAll (100,000 entries take a while). */
  private slotsById: Map<string, number> | null = new Map();
  private bySource = new Map<string, number[]>();
  private sourceNumbering: { byId: Map<string, number>; ofSlot: Int32Array } | null = null;
  /** Every live slot in tie order (see tieOrder); null until asked for after a change. */
  private ties: number[] | null = null;
  /** The filtered fields by slot; built on first use after replaceAll, then kept up to date. */
  private filterColumns: FilterColumns | null = null;
  private orders = new Map<string, { sort: ClaimSort; slots: number[] }>();
  private options: SortOptions = {};
  private live = 0;
  private scratch = { keys: new Uint32Array(0), matched: new Int32Array(0) };
  private log: { version: number; fields: ReadonlySet<RowField> | 'all' }[] = [];
  /** Changes whenever a row or the status order changes. */
  version = 0;
  /** Changes when rows come or go (slots are added or freed), not when rows are edited. */
  structureVersion = 0;

  /** Records a new version and what it changed. */
  private changed(fields: ReadonlySet<RowField> | 'all') {
    this.version++;
    if (fields === 'all') this.structureVersion++;
    this.log.push({ version: this.version, fields });
    if (this.log.length > 64) this.log.shift();
  }

  /**
   * The row fields changed since `version` when rows were only edited in place; 'all' when rows
   * came or went, the sort options changed, or `version` is too old to tell. A query that neither
   * filters nor sorts by any of these fields has the same result as before (see queryFields).
   */
  changedSince(version: number): ReadonlySet<RowField> | 'all' {
    if (version === this.version) return new Set();
    const first = this.log[0];
    if (!first || first.version > version + 1 || version > this.version) return 'all';
    const fields = new Set<RowField>();
    for (const entry of this.log) {
      if (entry.version <= version) continue;
      if (entry.fields === 'all') return 'all';
      for (const field of entry.fields) fields.add(field);
    }
    return fields;
  }

  constructor(rows: readonly ClaimQueryRow[] = [], options: SortOptions = {}) {
    this.options = options;
    this.upsert(rows);
  }

  get size(): number {
    return this.live;
  }

  /** One past the highest slot in use: the length of a per-slot array such as search scores. */
  get capacity(): number {
    return this.rows.length;
  }

  row(slot: number): ClaimQueryRow | undefined {
    return this.rows[slot];
  }

  private get slots(): Map<string, number> {
    if (!this.slotsById) {
      const map = new Map<string, number>();
      for (let slot = 0; slot < this.rows.length; slot++) {
        const row = this.rows[slot];
        if (row) map.set(row.id, slot);
      }
      this.slotsById = map;
    }
    return this.slotsById;
  }

  slotOf(id: string): number | undefined {
    return this.slots.get(id);
  }

  get(id: string): ClaimQueryRow | undefined {
    const slot = this.slots.get(id);
    return slot === undefined ? undefined : this.rows[slot];
  }

  /**
   * Each slot's source as a small number (-1: no row there), and the numbers by source id: a
   * search spreads each source's relevance over its claims in one pass over the slots with it
   * (see the claims table's scoreSlots). Kept until rows come, go or move to another source.
   */
  sourceNumbers(): { byId: ReadonlyMap<string, number>; ofSlot: Int32Array } {
    if (!this.sourceNumbering) {
      const byId = new Map<string, number>();
      const ofSlot = new Int32Array(this.rows.length).fill(-1);
      for (const [sourceId, list] of this.bySource) {
        const number = byId.size;
        byId.set(sourceId, number);
        for (const slot of list) ofSlot[slot] = number;
      }
      this.sourceNumbering = { byId, ofSlot };
    }
    return this.sourceNumbering;
  }

  private get columns(): FilterColumns {
    if (!this.filterColumns) {
      const columns = new FilterColumns();
      for (let slot = 0; slot < this.rows.length; slot++) {
        const row = this.rows[slot];
        if (row) columns.set(slot, row);
      }
      this.filterColumns = columns;
    }
    return this.filterColumns;
  }

  /** Builds what replaceAll left for later, e.g. while the browser is idle after a first render. */
  warm() {
    void this.slots;
    // The first filter would otherwise build them (100,000 rows: ~20 ms), and the first sort by a
    // column the tie order it starts from (~30 ms).
    void this.columns;
    this.tieOrder();
    // The first search would otherwise build it (100,000 rows: ~15 ms of that search's answer).
    this.sourceNumbers();
  }

  /** Both keep the source numbering in step: it is rebuilt on next use. */
  private linkSource(sourceId: string, slot: number) {
    this.sourceNumbering = null;
    const list = this.bySource.get(sourceId);
    if (list) list.push(slot);
    else this.bySource.set(sourceId, [slot]);
  }

  private unlinkSource(sourceId: string, slot: number) {
    this.sourceNumbering = null;
    const list = this.bySource.get(sourceId);
    const at = list ? list.indexOf(slot) : -1;
    if (at >= 0) list!.splice(at, 1);
  }

  *entries(): IterableIterator<[number, ClaimQueryRow]> {
    for (let slot = 0; slot < this.rows.length; slot++) {
      const row = this.rows[slot];
      if (row) yield [slot, row];
    }
  }

  setStatusOrder(statusOrder: readonly string[]) {
    const current = this.options.statusOrder ?? [];
    if (current.length === statusOrder.length && current.every((s, i) => s === statusOrder[i])) {
      return;
    }
    this.options = { ...this.options, statusOrder: [...statusOrder] };
    for (const [id, order] of this.orders) if (order.sort.key === 'status') this.orders.delete(id);
    this.changed('all');
  }

  /** Adds rows, or replaces the rows with the same ids. */
  upsert(rows: readonly ClaimQueryRow[]) {
    if (rows.length === 0) return;
    const patch = rows.length <= patchLimit;
    if (!patch) this.dropOrders();
    let fields: Set<RowField> | 'all' = new Set();
    for (const row of rows) {
      let slot = this.slots.get(row.id);
      const previous = slot === undefined ? undefined : this.rows[slot];
      if (!previous) fields = 'all';
      else if (fields !== 'all')
        for (const field of differingFields(previous, row)) fields.add(field);
      if (slot === undefined) {
        slot = this.rows.length;
        this.rows.push(row);
        this.slots.set(row.id, slot);
        this.live++;
      } else {
        this.rows[slot] = row;
      }
      this.filterColumns?.set(slot, row);
      if (!previous || previous.sourceId !== row.sourceId || previous.start !== row.start) {
        this.ties = null;
      }
      if (previous?.sourceId !== row.sourceId) {
        if (previous) this.unlinkSource(previous.sourceId, slot);
        this.linkSource(row.sourceId, slot);
      }
      if (patch) this.reposition(slot, previous, row);
    }
    this.changed(fields);
  }

  /** Removes the rows with these ids (unknown ids are ignored). */
  remove(ids: Iterable<string>) {
    let removed = 0;
    const many = [...ids];
    const patch = many.length <= patchLimit;
    if (!patch) this.dropOrders();
    for (const id of many) {
      const slot = this.slots.get(id);
      if (slot === undefined) continue;
      const row = this.rows[slot]!;
      if (patch) this.reposition(slot, row, undefined);
      this.rows[slot] = undefined;
      this.slots.delete(id);
      this.unlinkSource(row.sourceId, slot);
      this.live--;
      removed++;
    }
    if (removed > 0) {
      this.ties = null;
      this.changed('all');
    }
  }

  /**
   * Replaces every row; slot i holds rows[i]. The rows' ids must be distinct. `inOrder` says the
   * rows come already in that sort's complete order (as a snapshot written from this engine
   * stores them), which saves sorting them again.
   */
  replaceAll(rows: readonly ClaimQueryRow[], inOrder?: ClaimSort) {
    this.dropOrders();
    this.rows = rows.slice();
    this.slotsById = null;
    this.filterColumns = null;
    this.ties = null;
    this.bySource = new Map();
    this.sourceNumbering = null;
    for (let slot = 0; slot < rows.length; slot++) {
      const sourceId = rows[slot]!.sourceId;
      const list = this.bySource.get(sourceId);
      if (list) list.push(slot);
      else this.bySource.set(sourceId, [slot]);
    }
    this.live = rows.length;
    if (inOrder) this.orders.set(sortId(inOrder), { sort: inOrder, slots: rows.map((_, i) => i) });
    this.changed('all');
  }

  /** All rows in the default order (newest sources first, reading order within each). */
  inDefaultOrder(): ClaimQueryRow[] {
    return this.order(defaultSort).map((slot) => this.rows[slot]!);
  }

  /** The rows a query selects, in its order. `search` holds relevance by slot (NaN: no match). */
  run(query: ClaimQuery, search?: Float64Array | null): QueryResult {
    const filter = this.columns.compile(query);
    const searching = hasSearch(query);
    const scores = searching ? (search ?? null) : null;
    const matchText = searching && !scores ? plainTextMatcher(query.q) : null;
    const rows = this.rows;

    if (scores && !query.sort) {
      // Most relevant first, and between equal relevance (see relevanceBucket) the default
      // order: rows are taken in the default order, then stably sorted by relevance alone.
      const defaultSlots = this.order(defaultSort);
      const { keys, matched } = this.relevanceScratch(defaultSlots.length);
      let k = 0;
      for (let i = 0; i < defaultSlots.length; i++) {
        const slot = defaultSlots[i]!;
        const score = slot < scores.length ? scores[slot]! : NaN;
        if (score !== score) continue; // NaN: no match
        if (filter && !filter(slot)) continue;
        keys[k] = maxBucket - relevanceBucket(score);
        matched[k++] = slot;
      }
      return { slots: sortByKeyStable(keys, matched, k), total: this.live };
    }

    const order = this.order(query.sort ?? defaultSort);
    // Orders hold live slots only, and filters read typed columns: the rows themselves are
    // visited only by the plain text match (100,000 objects spread over the heap cost more than
    // the rest of this loop).
    if (!filter && !scores && !matchText)
      return { slots: Int32Array.from(order), total: this.live };
    const out = new Int32Array(order.length);
    let n = 0;
    for (let i = 0; i < order.length; i++) {
      const slot = order[i]!;
      if (filter && !filter(slot)) continue;
      if (scores) {
        if (slot >= scores.length || Number.isNaN(scores[slot]!)) continue;
      } else if (matchText && !matchText(rows[slot]!)) continue;
      out[n++] = slot;
    }
    return { slots: out.slice(0, n), total: this.live };
  }

  /**
   * The relevance pass's working arrays, kept between searches (the sort copies what it returns):
   * 800 KB fresh at every answer at 100,000 rows only fed the garbage collector.
   */
  private relevanceScratch(length: number) {
    if (this.scratch.keys.length < length) {
      this.scratch = { keys: new Uint32Array(length), matched: new Int32Array(length) };
    }
    return this.scratch;
  }

  private dropOrders() {
    this.orders.clear();
  }

  /** Every live slot in a sort's complete order, built once and then kept up to date. */
  private order(sort: ClaimSort): number[] {
    const id = sortId(sort);
    const cached = this.orders.get(id);
    if (cached) return cached.slots;
    const slots = (sort.key === 'date' && this.orderBySource(sort)) || this.sortAll(sort);
    // Keep a few orders: the default one and the latest others.
    if (this.orders.size >= 4) {
      const victim = [...this.orders.keys()].find((key) => key !== sortId(defaultSort));
      if (victim) this.orders.delete(victim);
    }
    this.orders.set(id, { sort, slots });
    return slots;
  }

  /**
   * The order by date without sorting 100,000 rows: a date belongs to the source, and ties go by
   * source then reading order, so sorting the sources (a few thousand) and each source's claims
   * (a few dozen) gives the same order. Null when the rows of a source disagree on its date.
   */
  private orderBySource(sort: ClaimSort): number[] | null {
    const groups: { sourceId: string; date: string | null; slots: number[] }[] = [];
    for (const [sourceId, list] of this.bySource) {
      if (list.length === 0) continue;
      const slots = list.slice();
      const date = this.rows[slots[0]!]!.date || null;
      for (const slot of slots) if ((this.rows[slot]!.date || null) !== date) return null;
      slots.sort((a, b) => compareTie(this.rows[a]!, this.rows[b]!));
      groups.push({ sourceId, date, slots });
    }
    const sign = sort.dir === 'desc' ? -1 : 1;
    groups.sort((a, b) => {
      if (a.date === null || b.date === null) {
        if (a.date !== b.date) return a.date === null ? 1 : -1;
      } else if (a.date !== b.date) return sign * (a.date < b.date ? -1 : 1);
      return a.sourceId < b.sourceId ? -1 : a.sourceId > b.sourceId ? 1 : 0;
    });
    const out: number[] = [];
    for (const group of groups) for (const slot of group.slots) out.push(slot);
    return out;
  }

  /**
   * Every live slot in tie order (source, then reading order: compareTie) without comparing
   * 100,000 rows: the sources' ids are sorted (a few thousand), then each source's claims. Kept
   * until rows come, go, or change source or place (every new sort starts from it).
   */
  private tieOrder(): number[] {
    if (this.ties) return this.ties;
    const rows = this.rows;
    const sources = [...this.bySource.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const out: number[] = [];
    for (const sourceId of sources) {
      const slots = this.bySource.get(sourceId)!.slice();
      slots.sort((a, b) => compareTie(rows[a]!, rows[b]!));
      for (const slot of slots) out.push(slot);
    }
    return (this.ties = out);
  }

  /**
   * A sort's complete order without a comparison sort of the rows: each distinct value is ranked
   * once (a few thousand names, collated), each row gets its value's rank (reversed for
   * descending, empty values after all others) as a key, and a stable radix sort of the rows
   * taken in tie order gives the order rowComparator defines.
   */
  private sortAll(sort: ClaimSort): number[] {
    const value = sortValueGetter(sort.key, this.options);
    const ties = this.tieOrder();
    const n = ties.length;
    const distinctOf = new Int32Array(n);
    const index = new Map<string | number, number>();
    const distinct: (string | number)[] = [];
    for (let i = 0; i < n; i++) {
      const v = value(this.rows[ties[i]!]!);
      if (v === null) {
        distinctOf[i] = -1;
        continue;
      }
      let d = index.get(v);
      if (d === undefined) {
        d = distinct.length;
        distinct.push(v);
        index.set(v, d);
      }
      distinctOf[i] = d;
    }
    const rank = rankDistinct(sort.key, distinct);
    let top = 0;
    for (const r of rank) if (r > top) top = r;
    const keys = new Uint32Array(n);
    const items = Int32Array.from(ties);
    for (let i = 0; i < n; i++) {
      const d = distinctOf[i]!;
      keys[i] = d < 0 ? top + 1 : sort.dir === 'desc' ? top - rank[d]! : rank[d]!;
    }
    return Array.from(sortByKeyStable(keys, items, n));
  }

  /** Moves one slot within every cached order after its row changed (or was added or removed). */
  private reposition(
    slot: number,
    before: ClaimQueryRow | undefined,
    after: ClaimQueryRow | undefined,
  ) {
    for (const { sort, slots } of this.orders.values()) {
      const compare = rowComparator(sort, this.options);
      if (before && after && compare(before, after) === 0) continue;
      if (before) {
        const at = slots.indexOf(slot);
        if (at >= 0) slots.splice(at, 1);
      }
      if (after) {
        let lo = 0;
        let hi = slots.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (compare(this.rows[slots[mid]!]!, after) < 0) lo = mid + 1;
          else hi = mid;
        }
        slots.splice(lo, 0, slot);
      }
    }
  }
}
