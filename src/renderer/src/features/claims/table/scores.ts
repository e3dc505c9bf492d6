import type { ClaimQueryEngine } from '@core/query';
import type { SearchHits } from '../../../lib/search';

/** How much a match in a claim's source counts against a match in the claim itself. */
export const sourceWeight = 0.5;

/**
 * Relevance of every claim for a search, by engine slot (NaN: no match). A claim matches when its
 * own text matches, or its source's text does; scores of each kind are scaled to the best one
 * (BM25 scores of short claims and long articles are not comparable), and a claim's score is its
 * own plus half its source's, so claims that say the words rank above claims that are merely in
 * an article that does.
 */
export function scoreSlots(hits: SearchHits, engine: ClaimQueryEngine): Float64Array {
  const scores = new Float64Array(engine.capacity).fill(NaN);
  let best = 0;
  for (const score of hits.claimScores) best = Math.max(best, score);
  hits.claimSlots.forEach((slot, i) => {
    if (slot < scores.length && engine.row(slot)) scores[slot] = hits.claimScores[i]! / (best || 1);
  });
  let bestSource = 0;
  for (const score of hits.sourceScores) bestSource = Math.max(bestSource, score);
  hits.sourceIds.forEach((sourceId, i) => {
    const weight = (sourceWeight * hits.sourceScores[i]!) / (bestSource || 1);
    for (const slot of engine.slotsOfSource(sourceId)) {
      const own = scores[slot]!;
      scores[slot] = (Number.isNaN(own) ? 0 : own) + weight;
    }
  });
  return scores;
}
