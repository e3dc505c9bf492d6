/**
 * What scoring needs of each indexed document, by MiniSearch's internal document number, in plain
 * arrays: whether it is still in the index, its id, and its length in each field. MiniSearch keeps
 * these in Maps; looking two of them up for each of 40,000 postings of a common word took most of
 * a search's time.
 *
 * Kept in step document by document (added, discarded), and rebuilt from MiniSearch's own Maps
 * whenever its counts say something else changed them.
 */
export class DocumentTable {
  alive = new Uint8Array(0);
  ids: unknown[] = [];
  /** Field lengths, `fields` numbers per document. */
  lengths = new Float64Array(0);
  private nextId = 0;
  private count = 0;
  private valid = false;

  constructor(private readonly fields: number) {}

  /** Whether the table still describes an index with these counts. */
  matches(nextId: number, count: number): boolean {
    return this.valid && this.nextId === nextId && this.count === count;
  }

  invalidate() {
    this.valid = false;
  }

  rebuild(
    nextId: number,
    count: number,
    documentIds: ReadonlyMap<number, unknown>,
    fieldLengths: ReadonlyMap<number, readonly number[]>,
  ) {
    this.alive = new Uint8Array(nextId);
    this.ids = new Array<unknown>(nextId);
    this.lengths = new Float64Array(nextId * this.fields);
    this.nextId = 0;
    this.count = 0;
    for (const [doc, id] of documentIds) this.put(doc, id, fieldLengths.get(doc));
    this.nextId = nextId;
    this.count = count;
    this.valid = true;
  }

  /** Document `doc` was just added (the index now counts `count`); false if out of step. */
  added(doc: number, id: unknown, fieldLengths: readonly number[] | undefined, count: number) {
    if (!this.valid || doc !== this.nextId || count !== this.count + 1) return false;
    this.put(doc, id, fieldLengths);
    this.nextId = doc + 1;
    this.count = count;
    return true;
  }

  /** Document `doc` was just discarded (the index now counts `count`); false if out of step. */
  discarded(doc: number, count: number) {
    if (!this.valid || doc >= this.nextId || count !== this.count - 1) return false;
    this.alive[doc] = 0;
    this.ids[doc] = undefined;
    this.count = count;
    return true;
  }

  private put(doc: number, id: unknown, fieldLengths: readonly number[] | undefined) {
    if (doc >= this.alive.length) this.grow(doc + 1);
    this.alive[doc] = 1;
    this.ids[doc] = id;
    for (let field = 0; field < this.fields; field++) {
      this.lengths[doc * this.fields + field] = fieldLengths?.[field] ?? 0;
    }
  }

  private grow(size: number) {
    const capacity = Math.max(size, this.alive.length * 2, 1024);
    const alive = new Uint8Array(capacity);
    alive.set(this.alive);
    const lengths = new Float64Array(capacity * this.fields);
    lengths.set(this.lengths);
    this.alive = alive;
    this.lengths = lengths;
  }
}
