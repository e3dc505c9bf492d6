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
  // Plain loops over typed arrays: at 100,000 matches this runs at every search's answer. A slot
  // holds a row when it has a source number: reading that number rather than the row itself
  // saves a visit to 100,000 objects spread over the heap.
  const { byId, ofSlot } = engine.sourceNumbers();
  const { claimSlots, claimScores, sourceIds, sourceScores } = hits;
  const best = highest(claimScores) || 1;
  for (let i = 0; i < claimSlots.length; i++) {
    const slot = claimSlots[i]!;
    if (slot < scores.length && slot < ofSlot.length && ofSlot[slot]! >= 0) {
      scores[slot] = claimScores[i]! / best;
    }
  }
  const bestSource = highest(sourceScores) || 1;
  // Each source's weight by its number, then one pass over the slots (rather than over each
  // source's list of slots): a word in every article reaches all 100,000 claims.
  const weights = new Float64Array(byId.size).fill(NaN);
  for (let i = 0; i < sourceIds.length; i++) {
    const number = byId.get(sourceIds[i]!);
    if (number !== undefined) weights[number] = (sourceWeight * sourceScores[i]!) / bestSource;
  }
  const slots = Math.min(ofSlot.length, scores.length);
  for (let slot = 0; slot < slots; slot++) {
    const number = ofSlot[slot]!;
    if (number < 0) continue;
    const weight = weights[number]!;
    if (weight !== weight) continue; // NaN: the source did not match
    const own = scores[slot]!;
    scores[slot] = own === own ? own + weight : weight; // own !== own: no own match
  }
  return scores;
}

function highest(values: Float32Array): number {
  let best = 0;
  for (let i = 0; i < values.length; i++) if (values[i]! > best) best = values[i]!;
  return best;
}
