import MiniSearch, { type Options, type SearchOptions } from 'minisearch';
import { DocumentTable } from './documentTable';

/** MiniSearch's raw answer for a query: internal document number → accumulated match. */
type RawResults = Map<number, { score: number; terms: string[] }>;

/** The matching documents' ids and scores, in no particular order. */
export interface ScoredIds<Id> {
  ids: Id[];
  scores: Float32Array;
}

/** Postings of one term: field number → document number → term frequency. */
type FieldTermData = Map<number, Map<number, number>>;

/** The parts of MiniSearch 7.2 that scoring reads (private in its typings; the version is pinned). */
interface Internals {
  _options: {
    fields: string[];
    tokenize: (text: string, fieldName?: string) => string[];
    processTerm: (term: string, fieldName?: string) => string | string[] | null | undefined | false;
    searchOptions: SearchOptions;
  };
  _index: {
    get(term: string): FieldTermData | undefined;
    atPrefix(prefix: string): Iterable<[string, FieldTermData]>;
    fuzzyGet(term: string, maxDistance: number): Map<string, [FieldTermData, number]>;
  };
  _documentCount: number;
  _documentIds: Map<number, unknown>;
  _idToShortId: Map<unknown, number>;
  _fieldIds: Record<string, number>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
  _nextId: number;
  executeQuery(q: string): RawResults;
  removeTerm(fieldId: number, documentId: number, term: string): void;
}

const hasOwn = (object: object, key: string) => Object.prototype.hasOwnProperty.call(object, key);

type BM25Params = { k: number; b: number; d: number };

// MiniSearch's defaults (its constructor puts them in the index's search options).
const defaultWeights = { fuzzy: 0.45, prefix: 0.375 };
const defaultBM25: BM25Params = { k: 1.2, b: 0.7, d: 0.5 };

/** Per-document sums by internal document number, reused from one search to the next. */
class Sums {
  score = new Float64Array(0);
  found = new Uint8Array(0);

  reset(size: number) {
    if (this.score.length < size) {
      this.score = new Float64Array(size);
      this.found = new Uint8Array(size);
    } else this.found.fill(0, 0, size);
  }
}

/**
 * MiniSearch with one more way to ask: `scores(q)` runs the same query as `search(q)` (same
 * terms, prefix and fuzzy expansion, BM25 scores, AND) but returns only ids and scores, unsorted.
 *
 * `search` builds a result object (with its matched terms and fields) for every document each
 * expanded term reaches, merges them, then sorts them all: for a word found in 35,000 of 100,000
 * claims that took 20–25 ms in Node and 30–70 in the worker, and fed its garbage collector, for a
 * list the table ranks again anyway.
 * `scores` walks the same postings in the same order and adds the same numbers into typed arrays,
 * so each document's score is bit for bit the one `search` gives (tests/unit/search holds it to
 * that, on the seeds' words, prefixes, typos, discarded documents and boosted fields).
 */
export class ScoredMiniSearch<T> extends MiniSearch<T> {
  private readonly termSums = new Sums();
  private readonly querySums = new Sums();
  private readonly table: DocumentTable;

  constructor(options: Options<T>) {
    super(options);
    this.table = new DocumentTable(options.fields.length);
  }

  /** This index as MiniSearch holds it inside. */
  private get mini(): Internals {
    return this as unknown as Internals;
  }

  override add(document: T): void {
    super.add(document);
    const self = this.mini;
    const doc = self._nextId - 1;
    const { table } = this;
    if (
      !table.added(doc, self._documentIds.get(doc), self._fieldLength.get(doc), self._documentCount)
    )
      table.invalidate();
  }

  override discard(id: unknown): void {
    const doc = this.mini._idToShortId.get(id);
    super.discard(id);
    const count = this.mini._documentCount;
    if (doc === undefined || !this.table.discarded(doc, count)) this.table.invalidate();
  }

  override remove(document: T): void {
    this.table.invalidate();
    super.remove(document);
  }

  override removeAll(documents?: readonly T[]): void {
    this.table.invalidate();
    if (documents === undefined) super.removeAll();
    else super.removeAll(documents);
  }

  /** The document table, rebuilt if MiniSearch's counts show changes it was not told of. */
  private documents(): DocumentTable {
    const self = this.mini;
    const { table } = this;
    if (!table.matches(self._nextId, self._documentCount)) {
      table.rebuild(self._nextId, self._documentCount, self._documentIds, self._fieldLength);
    }
    return table;
  }

  scores(q: string): ScoredIds<unknown> {
    const self = this.mini;
    const options = { ...self._options, ...self._options.searchOptions };
    if (!canScoreFast(options)) return this.scoresFromResults(q);
    // The fields searched, each once, in the order of MiniSearch's boosts object.
    options.fields = Object.keys(
      Object.fromEntries((options.fields || self._options.fields).map((field) => [field, true])),
    );
    const terms = options
      .tokenize(q)
      .flatMap((token) => options.processTerm(token) || [])
      .filter((term): term is string => !!term);
    if (terms.length === 0) return { ids: [], scores: new Float32Array(0) };

    const size = self._nextId;
    const documents = this.documents();
    const total = this.querySums;
    total.reset(size);
    terms.forEach((term, i) => {
      const sums = i === 0 ? total : this.termSums;
      if (i > 0) sums.reset(size);
      this.addQueryTerm(term, terms, i, options, documents, sums);
      if (i === 0) return;
      // AND: a document stays if it matched every word so far; its score is the running sum
      // plus this word's (MiniSearch's combineResults, in the same order of additions).
      for (let doc = 0; doc < size; doc++) {
        if (total.found[doc] === 0) continue;
        if (sums.found[doc] === 0) total.found[doc] = 0;
        else total.score[doc] = total.score[doc]! + sums.score[doc]!;
      }
    });

    // As `search` does: a document matching more of the query's words ranks higher (with AND,
    // every document found matched each distinct word).
    const words = new Set(terms).size;
    let count = 0;
    for (let doc = 0; doc < size; doc++) count += total.found[doc]!;
    const ids = new Array<unknown>(count);
    const scores = new Float32Array(count);
    let at = 0;
    for (let doc = 0; doc < size; doc++) {
      if (total.found[doc] === 0) continue;
      ids[at] = documents.ids[doc];
      scores[at++] = total.score[doc]! * words;
    }
    return { ids, scores };
  }

  /** One word of the query, exactly, as a prefix and with typos: MiniSearch's executeQuerySpec. */
  private addQueryTerm(
    term: string,
    terms: string[],
    i: number,
    options: SearchOptions & Internals['_options'],
    documents: DocumentTable,
    sums: Sums,
  ) {
    const self = this.mini;
    const fuzzy =
      typeof options.fuzzy === 'function' ? options.fuzzy(term, i, terms) : options.fuzzy || false;
    const prefix =
      typeof options.prefix === 'function'
        ? options.prefix(term, i, terms)
        : options.prefix === true;
    this.addPostings(term, self._index.get(term), 1, options, documents, sums);
    let fuzzyMatches: Map<string, [FieldTermData, number]> | undefined;
    if (fuzzy) {
      const ratio = fuzzy === true ? 0.2 : fuzzy;
      // The default (6) is in the index's options already; set to undefined, it gives NaN there
      // too, and no typos.
      const maxFuzzy = options.maxFuzzy as number;
      const maxDistance = ratio < 1 ? Math.min(maxFuzzy, Math.round(term.length * ratio)) : ratio;
      if (maxDistance) fuzzyMatches = self._index.fuzzyGet(term, maxDistance);
    }
    const weights = { ...defaultWeights, ...options.weights };
    if (prefix) {
      for (const [derived, data] of self._index.atPrefix(term)) {
        const distance = derived.length - term.length;
        if (!distance) continue;
        // A prefix match is scored as one, never also as a typo.
        fuzzyMatches?.delete(derived);
        const weight = (weights.prefix * derived.length) / (derived.length + 0.3 * distance);
        this.addPostings(derived, data, weight, options, documents, sums);
      }
    }
    if (fuzzyMatches) {
      for (const [derived, [data, distance]] of fuzzyMatches) {
        if (!distance) continue;
        const weight = (weights.fuzzy * derived.length) / (derived.length + distance);
        this.addPostings(derived, data, weight, options, documents, sums);
      }
    }
  }

  /** One indexed term's postings, field by field: MiniSearch's termResults, into sums. */
  private addPostings(
    derived: string,
    data: FieldTermData | undefined,
    weight: number,
    options: SearchOptions & Internals['_options'],
    documents: DocumentTable,
    sums: Sums,
  ) {
    if (!data) return;
    const self = this.mini;
    const { score, found } = sums;
    const { alive, lengths } = documents;
    const fieldCount = self._options.fields.length;
    const total = self._documentCount;
    const { k, b, d } = options.bm25 ?? defaultBM25;
    for (const field of options.fields) {
      const boost = (options.boost && hasOwn(options.boost, field) && options.boost[field]) || 1;
      const fieldId = self._fieldIds[field]!;
      const freqs = data.get(fieldId);
      if (!freqs) continue;
      let matching = freqs.size;
      const avgFieldLength = self._avgFieldLength[fieldId]!;
      // Map.forEach rather than for…of: no entry arrays for the collector, 40,000 at a time.
      freqs.forEach((termFreq, doc) => {
        if (alive[doc] !== 1) {
          // A discarded document's posting: MiniSearch drops it while searching, and counts the
          // term's documents without it from then on.
          self.removeTerm(fieldId, doc, derived);
          matching -= 1;
          return;
        }
        const fieldLength = lengths[doc * fieldCount + fieldId]!;
        // calcBM25Score, term for term (the same operations in the same order, so the same bits).
        const invDocFreq = Math.log(1 + (total - matching + 0.5) / (matching + 0.5));
        const raw =
          invDocFreq *
          (d +
            (termFreq * (k + 1)) / (termFreq + k * (1 - b + (b * fieldLength) / avgFieldLength)));
        const weighted = weight * boost * raw;
        if (found[doc] === 1) score[doc] = score[doc]! + weighted;
        else {
          score[doc] = weighted;
          found[doc] = 1;
        }
      });
    }
  }

  /** The general way, through MiniSearch's own result objects. */
  private scoresFromResults(q: string): ScoredIds<unknown> {
    const self = this.mini;
    const raw = self.executeQuery(q);
    const ids = new Array<unknown>(raw.size);
    const scores = new Float32Array(raw.size);
    let i = 0;
    for (const [docId, { score, terms }] of raw) {
      ids[i] = self._documentIds.get(docId);
      scores[i++] = score * (terms.length || 1);
    }
    return { ids, scores };
  }
}

/** The options the fast path reproduces; anything else goes through MiniSearch's own results. */
function canScoreFast(options: SearchOptions) {
  return (
    String(options.combineWith ?? 'or').toLowerCase() === 'and' &&
    !options.boostDocument &&
    !options.boostTerm &&
    !options.filter &&
    (!options.fields || options.fields.length > 0)
  );
}
