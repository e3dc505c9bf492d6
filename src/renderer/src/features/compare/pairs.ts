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

interface Likeness {
  score: number;
  /** Seen from the left-hand claim: `a` is its word, `b` the other's. */
  matched: MatchedTerm[];
  passage: ClaimPair['passage'];
}

export type ComparePair =
  | (PairBase & { kind: 'linked'; link: ClaimLink; likeness: Likeness | null })
  | (PairBase & { kind: 'suggested' } & Likeness);

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
    const swapped = p.col > q.col;
    const [l, r] = swapped ? [q, p] : [p, q];
    return { key: pairKeyOf(x, y), a: l.claim, b: r.claim, aCol: l.col, bCol: r.col, swapped };
  };
  // How alike each suggested pair is, seen from its left-hand claim.
  const likeness = new Map<string, { base: PairBase; likeness: Likeness }>();
  for (const s of suggestions) {
    const oriented = orient(s.a, s.b);
    if (!oriented || likeness.has(oriented.key)) continue;
    const { swapped, ...base } = oriented;
    likeness.set(base.key, {
      base,
      likeness: {
        score: s.score,
        matched: swapped ? s.matched.map((m) => ({ ...m, a: m.b, b: m.a })) : s.matched,
        passage: s.passage && swapped ? { a: s.passage.b, b: s.passage.a } : s.passage,
      },
    });
  }
  const out: ComparePair[] = [];
  const seen = new Set<string>();
  for (const link of links) {
    const oriented = orient(link.fromClaimId, link.toClaimId);
    if (!oriented || seen.has(oriented.key)) continue;
    const { swapped: _swapped, ...base } = oriented;
    seen.add(base.key);
    out.push({ ...base, kind: 'linked', link, likeness: likeness.get(base.key)?.likeness ?? null });
  }
  out.sort((x, y) => x.aCol - y.aCol || x.a.anchor.start - y.a.anchor.start || x.bCol - y.bCol);
  for (const { base, likeness: l } of likeness.values()) {
    if (seen.has(base.key)) continue;
    if (base.a.review === 'rejected' || base.b.review === 'rejected') continue;
    seen.add(base.key);
    out.push({ ...base, kind: 'suggested', ...l });
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
