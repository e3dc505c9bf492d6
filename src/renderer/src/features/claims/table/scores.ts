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
  // Plain loops over typed arrays: at 100,000 matches this runs at every search's answer.
  const { claimSlots, claimScores, sourceIds, sourceScores } = hits;
  const best = highest(claimScores) || 1;
  for (let i = 0; i < claimSlots.length; i++) {
    const slot = claimSlots[i]!;
    if (slot < scores.length && engine.row(slot)) scores[slot] = claimScores[i]! / best;
  }
  const bestSource = highest(sourceScores) || 1;
  for (let i = 0; i < sourceIds.length; i++) {
    const weight = (sourceWeight * sourceScores[i]!) / bestSource;
    const slots = engine.slotsOfSource(sourceIds[i]!);
    for (let j = 0; j < slots.length; j++) {
      const slot = slots[j]!;
      const own = scores[slot]!;
      scores[slot] = own === own ? own + weight : weight; // own !== own: NaN, no own match
    }
  }
  return scores;
}

function highest(values: Float32Array): number {
  let best = 0;
  for (let i = 0; i < values.length; i++) if (values[i]! > best) best = values[i]!;
  return best;
}
