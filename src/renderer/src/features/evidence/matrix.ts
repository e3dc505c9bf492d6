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
 * connected groups of linked claims; strong suggestions then add claims to those rows or open rows
 * of their own, at most one claim per column in a row.
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
    addRow(`linked:${root}`, anchor, members, relations, true);
  }

  // Suggestions, strongest first: a pair of free claims opens a row; a free claim like a claim
  // already in a row joins it, when that row has no claim of its column yet. One claim per column
  // keeps rows from drifting: a row can never be longer than there are columns.
  const members = new Map<
    string,
    { row: string; claims: Claim[]; relations: Map<string, CellMark>; columns: Set<string | null> }
  >();
  const rowOf = new Map<string, string>();
  for (const row of rows) {
    const entry = {
      row: row.key,
      claims: row.claims,
      relations: row.relations,
      columns: new Set(row.claims.map(columnOf)),
    };
    members.set(row.key, entry);
    for (const c of row.claims) rowOf.set(c.id, row.key);
  }
  const opened: string[] = [];
  for (const edge of [...suggestions].sort((x, y) => y.score - x.score || x.a.localeCompare(y.a))) {
    const a = claims.get(edge.a);
    const b = claims.get(edge.b);
    if (!a || !b || columnOf(a) === columnOf(b)) continue;
    const ra = rowOf.get(a.id);
    const rb = rowOf.get(b.id);
    if (ra && rb) continue;
    if (!ra && !rb) {
      const key = `suggested:${a.id}`;
      members.set(key, {
        row: key,
        claims: [a, b],
        relations: new Map<string, CellMark>([
          [a.id, 'anchor'],
          [b.id, 'suggested'],
        ]),
        columns: new Set([columnOf(a), columnOf(b)]),
      });
      rowOf.set(a.id, key);
      rowOf.set(b.id, key);
      opened.push(key);
      continue;
    }
    const [inRow, free] = ra ? [ra, b] : [rb!, a];
    const entry = members.get(inRow)!;
    if (entry.columns.has(columnOf(free))) continue;
    entry.columns.add(columnOf(free));
    entry.claims.push(free);
    entry.relations.set(free.id, 'suggested');
    rowOf.set(free.id, inRow);
  }
  // Linked rows got new members in place; rebuild every row's cells from its members.
  const linkedRows = rows.splice(0, rows.length);
  for (const row of linkedRows) addRow(row.key, row.anchor, row.claims, row.relations, true);
  for (const key of opened) {
    const entry = members.get(key)!;
    addRow(key, entry.claims[0]!, entry.claims, entry.relations, false);
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
