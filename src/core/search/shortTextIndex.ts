import SearchableMap from 'minisearch/SearchableMap';

/** How a query word widens to other terms; the same contract as MiniSearch's search options. */
export interface ShortTextSearchOptions {
  processTerm: (token: string) => string | null;
  prefix: (term: string) => boolean;
  fuzzy: (term: string) => number | false;
  maxFuzzy: number;
}

/** Documents that have every query word, by id, with their scores (in no particular order). */
export interface ShortTextHits {
  ids: Int32Array;
  scores: Float32Array;
}

/** MiniSearch's tokenizer, so that both indexes split text the same way. */
const wordBreaks = /[\n\r\p{Z}\p{P}]+/u;
/** BM25+ parameters and the weights of prefix and fuzzy matches, as MiniSearch's defaults. */
const bm25 = { k: 1.2, b: 0.7, d: 0.5 };
const prefixWeight = 0.375;
const fuzzyWeight = 0.45;
/** A removed document's place in a postings list; lists are compacted once half is holes. */
const hole = -1;

/**
 * Postings of one term, [id, frequency, id, frequency, …] in one packed array of small integers
 * (a few bytes per posting, against a Map entry each in MiniSearch).
 */
interface Postings {
  entries: number[];
  live: number;
}

interface Expansion {
  postings: Postings;
  weight: number;
}

/**
 * A full-text index for many short documents (claims: 100,000 of a sentence or two), with
 * MiniSearch's ranking — BM25+, every word required, prefix and fuzzy matches weighted as
 * MiniSearch weighs them — but built for a query that matches most of the archive: scores add up
 * in one dense array indexed by document id, so "azerbaijan" over 100,000 claims costs a pass
 * over its postings instead of a result object per claim. Ids are small non-negative integers
 * (the claims table's slots).
 */
export class ShortTextIndex {
  private readonly termIds = new Map<string, number>();
  /** The same terms in a radix tree, for prefix and fuzzy look-ups. */
  private readonly vocabulary = new SearchableMap<number>();
  private readonly postings: Postings[] = [];
  /** Each document's distinct term ids, so that it can be removed. */
  private readonly documentTerms = new Map<number, Int32Array>();
  private lengths = new Float64Array(1024);
  private totalLength = 0;
  /** Tokens seen before and what they became, since the same words recur in every claim. */
  private readonly processed = new Map<string, string | null>();
  private scores = new Float64Array(0);
  private matched = new Uint16Array(0);

  constructor(private readonly options: ShortTextSearchOptions) {}

  get documentCount() {
    return this.documentTerms.size;
  }

  has(id: number) {
    return this.documentTerms.has(id);
  }

  /** Indexes a document's text under `id`, replacing whatever it had. */
  set(id: number, text: string) {
    if (this.documentTerms.has(id)) this.remove(id);
    const frequencies = new Map<number, number>();
    const tokens = text.split(wordBreaks);
    for (const token of tokens) {
      const term = this.term(token);
      if (term === null) continue;
      const termId = this.termId(term);
      frequencies.set(termId, (frequencies.get(termId) ?? 0) + 1);
    }
    const terms = new Int32Array(frequencies.size);
    let i = 0;
    for (const [termId, frequency] of frequencies) {
      const postings = this.postings[termId]!;
      postings.entries.push(id, frequency);
      postings.live++;
      terms[i++] = termId;
    }
    this.documentTerms.set(id, terms);
    // A document's length is its number of distinct tokens, stop words included, as MiniSearch
    // counts it: the same scores as before, so rankings do not shift.
    const length = new Set(tokens).size;
    if (id >= this.lengths.length) {
      const grown = new Float64Array(Math.max(id + 1, this.lengths.length * 2));
      grown.set(this.lengths);
      this.lengths = grown;
    }
    this.lengths[id] = length;
    this.totalLength += length;
  }

  remove(id: number) {
    const terms = this.documentTerms.get(id);
    if (!terms) return;
    for (const termId of terms) {
      const postings = this.postings[termId]!;
      const { entries } = postings;
      for (let at = 0; at < entries.length; at += 2) {
        if (entries[at] !== id) continue;
        entries[at] = hole;
        postings.live--;
        break;
      }
      if (postings.live * 4 < entries.length) compact(postings);
    }
    this.documentTerms.delete(id);
    this.totalLength -= this.lengths[id]!;
    this.lengths[id] = 0;
  }

  /** Documents with every word of `query` (none for a query without searchable words). */
  search(query: string): ShortTextHits {
    const words: string[] = [];
    for (const token of query.split(wordBreaks)) {
      const term = token ? this.options.processTerm(token) : null;
      if (term) words.push(term);
    }
    const count = this.documentTerms.size;
    if (!words.length || !count) return { ids: new Int32Array(0), scores: new Float32Array(0) };
    // The rarest word first: only documents it matched are candidates for the others.
    const expanded = words
      .map((word) => this.expand(word))
      .sort((a, b) => postingsOf(a) - postingsOf(b));
    this.ensureScratch();
    const { scores, matched, lengths } = this;
    const averageLength = this.totalLength / count;
    const touched: number[] = [];
    expanded.forEach((expansions, wordIndex) => {
      for (const { postings, weight } of expansions) {
        const idf = Math.log(1 + (count - postings.live + 0.5) / (postings.live + 0.5));
        const { entries } = postings;
        for (let at = 0; at < entries.length; at += 2) {
          const id = entries[at]!;
          if (id === hole) continue;
          // A document counts for this word only if it had every earlier one.
          const seen = matched[id]!;
          if (seen === wordIndex) {
            matched[id] = seen + 1;
            if (wordIndex === 0) touched.push(id);
          } else if (seen !== wordIndex + 1) continue;
          const frequency = entries[at + 1]!;
          const norm = bm25.k * (1 - bm25.b + (bm25.b * lengths[id]!) / averageLength);
          scores[id]! += weight * idf * (bm25.d + (frequency * (bm25.k + 1)) / (frequency + norm));
        }
      }
    });
    const all = words.length;
    // MiniSearch multiplies a score by the number of distinct query words matched (all here).
    const quality = new Set(words).size;
    let found = 0;
    for (const id of touched) if (matched[id] === all) found++;
    const ids = new Int32Array(found);
    const hitScores = new Float32Array(found);
    let i = 0;
    for (const id of touched) {
      if (matched[id] === all) {
        ids[i] = id;
        hitScores[i++] = scores[id]! * quality;
      }
      matched[id] = 0;
      scores[id] = 0;
    }
    return { ids, scores: hitScores };
  }

  /** The terms a query word stands for (itself, words it begins, near spellings), weighted. */
  private expand(word: string): Expansion[] {
    const found: Expansion[] = [];
    const exact = this.termIds.get(word);
    if (exact !== undefined) found.push({ postings: this.postings[exact]!, weight: 1 });
    const prefixed = new Set<string>();
    if (this.options.prefix(word)) {
      for (const [term, termId] of this.vocabulary.atPrefix(word)) {
        const distance = term.length - word.length;
        if (!distance) continue;
        prefixed.add(term);
        const weight = (prefixWeight * term.length) / (term.length + 0.3 * distance);
        found.push({ postings: this.postings[termId]!, weight });
      }
    }
    const fuzzy = this.options.fuzzy(word);
    if (fuzzy !== false) {
      const maxDistance =
        fuzzy < 1 ? Math.min(this.options.maxFuzzy, Math.round(word.length * fuzzy)) : fuzzy;
      if (maxDistance) {
        for (const [term, [termId, distance]] of this.vocabulary.fuzzyGet(word, maxDistance)) {
          if (!distance || prefixed.has(term)) continue;
          const weight = (fuzzyWeight * term.length) / (term.length + distance);
          found.push({ postings: this.postings[termId]!, weight });
        }
      }
    }
    return found.filter((expansion) => expansion.postings.live > 0);
  }

  private term(token: string): string | null {
    let term = this.processed.get(token);
    if (term === undefined) {
      term = this.options.processTerm(token);
      // Bounded: a pasted dictionary should not keep every token it ever saw.
      if (this.processed.size < 200_000) this.processed.set(token, term);
    }
    return term;
  }

  private termId(term: string): number {
    let termId = this.termIds.get(term);
    if (termId === undefined) {
      termId = this.postings.length;
      this.postings.push({ entries: [], live: 0 });
      this.termIds.set(term, termId);
      this.vocabulary.set(term, termId);
    }
    return termId;
  }

  /** Score and word-count arrays as long as the largest id, all zero between searches. */
  private ensureScratch() {
    const size = this.lengths.length;
    if (this.scores.length >= size) return;
    this.scores = new Float64Array(size);
    this.matched = new Uint16Array(size);
  }
}

function postingsOf(expansions: Expansion[]) {
  let total = 0;
  for (const { postings } of expansions) total += postings.live;
  return total;
}

function compact(postings: Postings) {
  const { entries } = postings;
  let to = 0;
  for (let from = 0; from < entries.length; from += 2) {
    if (entries[from] === hole) continue;
    entries[to++] = entries[from]!;
    entries[to++] = entries[from + 1]!;
  }
  entries.length = to;
}
