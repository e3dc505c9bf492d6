import MiniSearch from 'minisearch';

/** MiniSearch's raw answer for a query: internal document number → accumulated match. */
type RawResults = Map<number, { score: number; terms: string[] }>;

/** The matching documents' ids and scores, in no particular order. */
export interface ScoredIds<Id> {
  ids: Id[];
  scores: Float32Array;
}

/**
 * MiniSearch with one more way to ask: `scores(q)` runs the same query as `search(q)` (same
 * terms, prefix and fuzzy expansion, BM25 scores, AND/OR) but returns only ids and scores, unsorted.
 * `search` builds a result object per match and sorts them all; for a word found in 100,000
 * claims that is a third of the time, spent on a list the table ranks again anyway (by score, ties
 * in its own order). It calls MiniSearch's query step, which its typings keep private: the version
 * is pinned, and tests/unit/search/scoredMiniSearch.test.ts holds `scores` to `search`'s answers.
 */
export class ScoredMiniSearch<T> extends MiniSearch<T> {
  scores(q: string): ScoredIds<unknown> {
    const raw = (this as unknown as { executeQuery(q: string): RawResults }).executeQuery(q);
    const ids = new Array<unknown>(raw.size);
    const scores = new Float32Array(raw.size);
    let i = 0;
    for (const [docId, { score, terms }] of raw) {
      ids[i] = this._documentIds.get(docId);
      // As `search` does: a document matching more of the query's words ranks higher.
      scores[i++] = score * (terms.length || 1);
    }
    return { ids, scores };
  }
}
