import type { ClaimLink, LinkRelation } from '@shared/model';

/** What the matrix needs of a claim. */
export interface MatrixClaim {
  id: string;
  sourceId: string;
  text: string;
  speakerId: string | null;
  outletId: string | null;
  status: string;
}

type Claim = MatrixClaim;

/** A similar pair proposed by the index (not yet confirmed by the editor). */
export interface SuggestedEdge {
  a: string;
  b: string;
  score: number;
}

export type CellMark = LinkRelation | 'anchor' | 'suggested' | 'member';

export interface MatrixCell {
  claims: Claim[];
  /** The strongest relation shown in the cell: contradicts > corroborates > same > suggested. */
  mark: CellMark;
  suggested: boolean;
}

export interface MatrixRow {
  key: string;
  /** The claim the row is named by (the most linked, or the suggestion's centre). */
  anchor: Claim;
  claims: Claim[];
  confirmed: boolean;
  contradictions: number;
  /** Column key → cell. */
  cells: Map<string, MatrixCell>;
  /** For each claim of the row, how it relates to the others. */
  relations: Map<string, CellMark>;
}

export interface Matrix {
  rows: MatrixRow[];
  columns: string[];
  /** Column key → number of rows it appears in. */
  coverage: Map<string, number>;
}

const markRank: Record<CellMark, number> = {
  contradicts: 5,
  anchor: 4,
  corroborates: 3,
  'same-statement': 2,
  member: 1,
  suggested: 0,
};

/**
 * Claims grouped into rows, against outlets (or sources) as columns. Confirmed rows are the
 * connected groups of linked claims; then, among claims no link groups yet, each strong
 * suggestion becomes a row of one claim and the claims of other columns like it (a star, never a
 * chain, so unrelated claims do not drift into one row).
 */
export function buildMatrix(
  claims: Map<string, Claim>,
  links: ClaimLink[],
  suggestions: SuggestedEdge[],
  columnOf: (claim: Claim) => string | null,
): Matrix {
  // Connected groups of linked claims (union-find).
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(x, root);
    return root;
  };
  const usable = links.filter((l) => claims.has(l.fromClaimId) && claims.has(l.toClaimId));
  for (const l of usable) {
    for (const id of [l.fromClaimId, l.toClaimId]) if (!parent.has(id)) parent.set(id, id);
    parent.set(find(l.fromClaimId), find(l.toClaimId));
  }
  const groups = new Map<string, string[]>();
  for (const id of parent.keys()) {
    const root = find(id);
    const list = groups.get(root);
    if (list) list.push(id);
    else groups.set(root, [id]);
  }
  const linksOf = new Map<string, ClaimLink[]>();
  for (const l of usable) {
    for (const id of [l.fromClaimId, l.toClaimId]) {
      const list = linksOf.get(id);
      if (list) list.push(l);
      else linksOf.set(id, [l]);
    }
  }

  const rows: MatrixRow[] = [];
  const used = new Set<string>();
  const addRow = (
    key: string,
    anchor: Claim,
    members: Claim[],
    relations: Map<string, CellMark>,
    confirmed: boolean,
  ) => {
    const cells = new Map<string, MatrixCell>();
    for (const claim of members) {
      const column = columnOf(claim);
      if (column === null) continue;
      const mark = relations.get(claim.id) ?? 'member';
      const cell = cells.get(column);
      if (!cell) cells.set(column, { claims: [claim], mark, suggested: mark === 'suggested' });
      else {
        cell.claims.push(claim);
        if (markRank[mark] > markRank[cell.mark]) cell.mark = mark;
        cell.suggested = cell.suggested && mark === 'suggested';
      }
    }
    if (cells.size < 2) return;
    const contradictions = [...relations.values()].filter((m) => m === 'contradicts').length;
    rows.push({ key, anchor, claims: members, confirmed, contradictions, cells, relations });
  };

  for (const [root, ids] of groups) {
    const members = ids.map((id) => claims.get(id)!);
    // Named by its most linked claim.
    const anchor = [...members].sort(
      (x, y) =>
        (linksOf.get(y.id)?.length ?? 0) - (linksOf.get(x.id)?.length ?? 0) ||
        x.id.localeCompare(y.id),
    )[0]!;
    const relations = new Map<string, CellMark>();
    for (const m of members) {
      // A claim's mark: the strongest relation of its links (contradicts first).
      let mark: CellMark = 'member';
      for (const l of linksOf.get(m.id) ?? []) {
        if (markRank[l.relation] > markRank[mark]) mark = l.relation;
      }
      relations.set(m.id, m.id === anchor.id && mark !== 'contradicts' ? 'anchor' : mark);
    }
    for (const id of ids) used.add(id);
    addRow(`linked:${root}`, anchor, members, relations, true);
  }

  // Suggestion stars, strongest centres first.
  const around = new Map<string, SuggestedEdge[]>();
  for (const s of suggestions) {
    for (const id of [s.a, s.b]) {
      const list = around.get(id);
      if (list) list.push(s);
      else around.set(id, [s]);
    }
  }
  const centres = [...around.entries()]
    .map(([id, edges]) => ({ id, weight: edges.reduce((sum, e) => sum + e.score, 0) }))
    .sort((x, y) => y.weight - x.weight || x.id.localeCompare(y.id));
  for (const { id } of centres) {
    const centre = claims.get(id);
    if (!centre || used.has(id)) continue;
    const centreColumn = columnOf(centre);
    const members = [centre];
    const relations = new Map<string, CellMark>([[id, 'anchor']]);
    const columnsTaken = new Set([centreColumn]);
    for (const edge of [...around.get(id)!].sort((x, y) => y.score - x.score)) {
      const otherId = edge.a === id ? edge.b : edge.a;
      const other = claims.get(otherId);
      if (!other || used.has(otherId) || relations.has(otherId)) continue;
      const column = columnOf(other);
      if (columnsTaken.has(column)) continue;
      columnsTaken.add(column);
      members.push(other);
      relations.set(otherId, 'suggested');
    }
    if (members.length < 2) continue;
    for (const m of members) used.add(m.id);
    addRow(`suggested:${id}`, centre, members, relations, false);
  }

  rows.sort(
    (x, y) =>
      Number(y.contradictions > 0) - Number(x.contradictions > 0) ||
      y.cells.size - x.cells.size ||
      Number(y.confirmed) - Number(x.confirmed) ||
      x.key.localeCompare(y.key),
  );
  const coverage = new Map<string, number>();
  for (const row of rows)
    for (const column of row.cells.keys()) coverage.set(column, (coverage.get(column) ?? 0) + 1);
  const columns = [...coverage.entries()]
    .sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))
    .map(([c]) => c);
  return { rows, columns, coverage };
}
