import type { MatchedTerm, SimilarityIndex } from './index-store';

/** Two claims of different sources that may assert the same thing. */
export interface ClaimPair {
  a: string;
  b: string;
  aSource: string;
  bSource: string;
  score: number;
  /** The best-matching sentences (of a, of b), when a sentence pair decided the score. */
  passage: { a: number; b: number } | null;
  matched: MatchedTerm[];
}

export interface PairOptions {
  /** Each claim keeps at most this many counterparts (default 3). */
  perClaim?: number;
  minScore?: number;
  minShared?: number;
  /** At most this many pairs in all (default 500). */
  limit?: number;
}

const pairKey = (x: string, y: string) => (x < y ? `${x}\u0000${y}` : `${y}\u0000${x}`);

function collect(
  index: SimilarityIndex,
  claimIds: Iterable<string>,
  scope: (sourceId: string) => {
    onlySources?: ReadonlySet<string>;
    excludeSources: ReadonlySet<string>;
  },
  options: PairOptions,
): ClaimPair[] {
  const { perClaim = 3, minScore, minShared, limit = 500 } = options;
  const pairs = new Map<string, ClaimPair>();
  for (const id of claimIds) {
    const doc = index.get(id);
    if (!doc) continue;
    for (const match of index.similarTo(doc, {
      ...scope(doc.sourceId),
      limit: perClaim,
      minScore,
      minShared,
    })) {
      const key = pairKey(doc.id, match.id);
      if (pairs.has(key)) continue;
      pairs.set(key, {
        a: doc.id,
        b: match.id,
        aSource: doc.sourceId,
        bSource: match.sourceId,
        score: match.score,
        passage: match.passage,
        matched: match.matched,
      });
    }
  }
  return [...pairs.values()]
    .sort((x, y) => y.score - x.score || pairKey(x.a, x.b).localeCompare(pairKey(y.a, y.b)))
    .slice(0, limit);
}

/**
 * Candidate pairs across the given sources (two to four, as the compare view shows them), best
 * first: every claim of each source against the claims of the others.
 */
export function rankPairs(
  index: SimilarityIndex,
  sourceIds: readonly string[],
  options: PairOptions = {},
): ClaimPair[] {
  const selected = new Set(sourceIds);
  const claimIds = sourceIds.flatMap((s) => index.claimsOf(s));
  return collect(
    index,
    claimIds,
    (own) => ({ onlySources: selected, excludeSources: new Set([own]) }),
    options,
  );
}

/** One source's claims against every other source in the index (the whole archive), best first. */
export function suggestForSource(
  index: SimilarityIndex,
  sourceId: string,
  options: PairOptions = {},
): ClaimPair[] {
  return collect(
    index,
    index.claimsOf(sourceId),
    () => ({ excludeSources: new Set([sourceId]) }),
    options,
  );
}
