import MiniSearch from 'minisearch';
import { ShortTextIndex } from '@core/search/shortTextIndex';
import { processTerm, searchOptions } from '@core/search/terms';

/** Claims are indexed under their slot in the claims table's engine; sources under their id. */
interface SourceDoc {
  id: string;
  title: string;
  text: string;
}

/** What the index found for a search: matching claims (by slot) and sources, with scores. */
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

const newClaimIndex = () => new ShortTextIndex({ processTerm, ...searchOptions });
const newSourceIndex = () =>
  new MiniSearch<SourceDoc>({
    fields: ['title', 'text'],
    processTerm,
    searchOptions: { ...searchOptions, boost: { title: 2 } },
  });

/**
 * Full-text index of claim texts and source texts (BM25 ranking, prefix and fuzzy matching): the
 * claims in a compact index made for many short texts and broad queries, the sources (a few
 * thousand long articles, with titles) in MiniSearch. It keeps only the inverted indexes, never
 * the texts themselves.
 */
export class ArchiveTextIndex {
  private claims = newClaimIndex();
  private sources = newSourceIndex();

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
    this.claims.set(slot, text);
  }

  removeClaim(slot: number) {
    this.claims.remove(slot);
  }

  setSource(id: string, title: string, text: string) {
    if (this.sources.has(id)) this.sources.discard(id);
    this.sources.add({ id, title, text });
  }

  removeSource(id: string) {
    if (this.sources.has(id)) this.sources.discard(id);
  }

  search(q: string, complete: boolean): SearchHits {
    const started = performance.now();
    const claims = this.claims.search(q);
    const sources = this.sources.search(q);
    return {
      tookMs: performance.now() - started,
      q,
      claimSlots: claims.ids,
      claimScores: claims.scores,
      sourceIds: sources.map((r) => r.id as string),
      sourceScores: Float32Array.from(sources, (r) => r.score),
      complete,
    };
  }
}
