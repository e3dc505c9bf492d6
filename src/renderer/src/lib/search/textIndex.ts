import { ScoredMiniSearch } from './scoredMiniSearch';
import { processTerm, searchOptions } from './terms';

/** Claims are indexed under their slot in the claims table's engine; sources under their id. */
interface ClaimDoc {
  id: number;
  text: string;
}
interface SourceDoc {
  id: string;
  title: string;
  text: string;
}

/** What the index found for a search: matching claims (by slot) and sources, with scores, in no particular order. */
export interface SearchHits {
  q: string;
  claimSlots: Int32Array;
  claimScores: Float32Array;
  sourceIds: string[];
  sourceScores: Float32Array;
  /** False while the index is still being built: more may match once it is complete. */
  complete: boolean;
  /** How long the index took to answer, in milliseconds. */
  tookMs: number;
}

const newClaimIndex = () =>
  new ScoredMiniSearch<ClaimDoc>({ fields: ['text'], processTerm, searchOptions });
const newSourceIndex = () =>
  new ScoredMiniSearch<SourceDoc>({
    fields: ['title', 'text'],
    processTerm,
    searchOptions: { ...searchOptions, boost: { title: 2 } },
  });

/**
 * Full-text index of claim texts and source texts (MiniSearch: BM25 ranking, prefix and fuzzy
 * matching). It keeps only the inverted index, never the texts themselves.
 */
export class ArchiveTextIndex {
  private claims = newClaimIndex();
  private sources = newSourceIndex();
  /** Words of the latest document indexed, for warmUp. */
  private recentWords = '';

  get claimCount() {
    return this.claims.documentCount;
  }

  get sourceCount() {
    return this.sources.documentCount;
  }

  resetClaims() {
    this.claims = newClaimIndex();
  }

  setClaim(slot: number, text: string) {
    if (this.claims.has(slot)) this.claims.discard(slot);
    this.claims.add({ id: slot, text });
    this.recentWords = text;
  }

  removeClaim(slot: number) {
    if (this.claims.has(slot)) this.claims.discard(slot);
  }

  setSource(id: string, title: string, text: string) {
    if (this.sources.has(id)) this.sources.discard(id);
    this.sources.add({ id, title, text });
    this.recentWords = title;
  }

  removeSource(id: string) {
    if (this.sources.has(id)) this.sources.discard(id);
  }

  /**
   * Runs a search nobody asked for, once the index is built, so that the first search a person
   * types does not also pay for the search code's first runs (JavaScript engines compile a
   * function well only once it has run a while): at 100,000 claims a first search took 2–5 times
   * as long as the same search again.
   */
  warmUp() {
    const word = this.recentWords
      .split(/[^\p{L}]+/u)
      .reduce((longest, w) => (w.length > longest.length ? w : longest), '');
    if (word.length < 3) return;
    for (let i = 0; i < 3; i++) {
      this.claims.scores(word);
      this.sources.scores(word);
    }
  }

  search(q: string, complete: boolean): SearchHits {
    const started = performance.now();
    const claims = this.claims.scores(q);
    const sources = this.sources.scores(q);
    return {
      tookMs: performance.now() - started,
      q,
      claimSlots: Int32Array.from(claims.ids as number[]),
      claimScores: claims.scores,
      sourceIds: sources.ids as string[],
      sourceScores: sources.scores,
      complete,
    };
  }
}
