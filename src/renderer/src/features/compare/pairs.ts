import { rankPairs, SimilarityIndex, type ClaimPair, type MatchedTerm } from '@core/similarity';
import type { Claim, ClaimLink, LinkRelation } from '@shared/model';

interface PairBase {
  key: string;
  /** The claim in the left-hand column of the two, and its column. */
  a: Claim;
  b: Claim;
  aCol: number;
  bCol: number;
}

export type ComparePair =
  | (PairBase & { kind: 'linked'; link: ClaimLink })
  | (PairBase & {
      kind: 'suggested';
      score: number;
      matched: MatchedTerm[];
      passage: ClaimPair['passage'];
    });

export type Counterpart = { id: string; pairKey: string; relation: LinkRelation | 'suggested' };

export const pairKeyOf = (x: string, y: string) => (x < y ? `${x}|${y}` : `${y}|${x}`);

/** Suggested pairs across the shown sources: from the archive's index, or one of these claims. */
export function suggestPairs(
  index: SimilarityIndex | null,
  columns: { source: { id: string }; claims: Claim[] }[],
): ClaimPair[] {
  const sourceIds = columns.map((c) => c.source.id);
  const local =
    index ??
    new SimilarityIndex(columns.flatMap((c) => c.claims.filter((x) => x.review !== 'rejected')));
  return rankPairs(local, sourceIds, { perClaim: 3, limit: 400 });
}

/** Linked pairs first (in reading order), then suggestions, best first; each pair once. */
export function buildPairs(
  columns: { claims: Claim[] }[],
  links: ClaimLink[],
  suggestions: ClaimPair[],
): ComparePair[] {
  const where = new Map<string, { claim: Claim; col: number }>();
  columns.forEach((column, col) =>
    column.claims.forEach((claim) => where.set(claim.id, { claim, col })),
  );
  const orient = (x: string, y: string) => {
    const p = where.get(x);
    const q = where.get(y);
    if (!p || !q || p.col === q.col) return null;
    const [l, r] = p.col < q.col ? [p, q] : [q, p];
    return { key: pairKeyOf(x, y), a: l.claim, b: r.claim, aCol: l.col, bCol: r.col };
  };
  const out: ComparePair[] = [];
  const seen = new Set<string>();
  for (const link of links) {
    const base = orient(link.fromClaimId, link.toClaimId);
    if (!base || seen.has(base.key)) continue;
    seen.add(base.key);
    out.push({ ...base, kind: 'linked', link });
  }
  out.sort((x, y) => x.aCol - y.aCol || x.a.anchor.start - y.a.anchor.start || x.bCol - y.bCol);
  for (const s of suggestions) {
    const base = orient(s.a, s.b);
    if (!base || seen.has(base.key)) continue;
    if (base.a.review === 'rejected' || base.b.review === 'rejected') continue;
    seen.add(base.key);
    out.push({
      ...base,
      kind: 'suggested',
      score: s.score,
      matched: s.matched,
      passage: s.passage,
    });
  }
  return out;
}

/** For each claim, the claims it is paired with (linked or suggested). */
export function counterpartsOf(pairs: ComparePair[]): Map<string, Counterpart[]> {
  const map = new Map<string, Counterpart[]>();
  const add = (from: string, c: Counterpart) => {
    const list = map.get(from);
    if (list) list.push(c);
    else map.set(from, [c]);
  };
  for (const p of pairs) {
    const relation = p.kind === 'linked' ? p.link.relation : 'suggested';
    add(p.a.id, { id: p.b.id, pairKey: p.key, relation });
    add(p.b.id, { id: p.a.id, pairKey: p.key, relation });
  }
  return map;
}
