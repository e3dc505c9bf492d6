/**
 * The CSV export of every claim, read in parts so the page and IndexedDB work at the same time.
 *
 * A single `toArray()` of 100,000 claims makes IndexedDB read everything first and the page then
 * decode it all at once, while the other waits. Here the claims and the sources are each asked
 * for in key ranges, all in one read transaction (one consistent snapshot): while IndexedDB reads
 * a range, the page turns the previous one into CSV cells. What remains after the last range is
 * the sort and papaparse.
 */
import { claimCells, type CsvClaimInput } from '@core/csv';
import type { Claim, ClaimLink, Source } from '@shared/model';
import type { Table } from 'dexie';
import type { ClaimdeskDB } from './db';

export interface CsvExportRow {
  /** The row's cells, in csvColumns order. */
  cells: string[];
  /** What the order depends on: the source's rank, then the claim's place in it. */
  sourceId: string;
  start: number;
  end: number;
}

type SourceFields = Pick<Source, 'id' | 'title' | 'author' | 'publishedAt' | 'origin'>;

/**
 * Bounds that cut a table into ranges by primary key: ids are UUIDs (lowercase hex), so each range
 * holds about a sixteenth of them. The first range is open below and the last open above, so
 * together they cover every possible key whatever its form; an unusual id only makes one range
 * bigger.
 */
const splits = ['1', '2', '3', '4', '5', '6', '7', '8', '9', 'a', 'b', 'c', 'd', 'e', 'f'];

/** Reads a table's rows in key order, range by range, handing each range over as it arrives. */
function readInRanges<T, TInsert>(
  table: Table<T, string, TInsert>,
  onRange: (rows: T[], index: number) => void | Promise<void>,
): Promise<void>[] {
  const bounds: (string | undefined)[] = [undefined, ...splits, undefined];
  const reads: Promise<void>[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const lower = bounds[i];
    const upper = bounds[i + 1];
    const range =
      lower === undefined
        ? table.where(':id').below(upper!)
        : upper === undefined
          ? table.where(':id').aboveOrEqual(lower)
          : table.where(':id').between(lower, upper, true, false);
    reads.push(range.toArray().then((rows) => onRange(rows, i)));
  }
  return reads;
}

/**
 * Newest sources first (by publication date, then title, then id), as the claims table lists them.
 * Ranked once, so sorting 100,000 rows compares numbers, not strings.
 */
function rankSources(sources: Map<string, SourceFields>, rows: CsvExportRow[]) {
  const keys = new Map<string, { date: string; title: string }>();
  for (const row of rows) {
    if (keys.has(row.sourceId)) continue;
    const source = sources.get(row.sourceId);
    keys.set(row.sourceId, { date: source?.publishedAt ?? '', title: source?.title ?? '' });
  }
  const ranked = [...keys].sort(
    ([ia, a], [ib, b]) =>
      (a.date === b.date ? 0 : a.date < b.date ? 1 : -1) ||
      (a.title === b.title ? 0 : a.title < b.title ? -1 : 1) ||
      (ia < ib ? -1 : ia > ib ? 1 : 0),
  );
  return new Map(ranked.map(([id], i) => [id, i]));
}

/**
 * Every claim as CSV cells, in the export's order: sources newest first, each source's claims in
 * reading order (claims in the same place keep their id order, as a stable sort of the store's
 * key order gives). All reads share one transaction.
 */
export function readAllCsvRows(
  db: ClaimdeskDB,
  onRange: (done: number, total: number) => void = () => {},
): Promise<CsvExportRow[]> {
  return db.transaction(
    'r',
    [db.claims, db.sources, db.speakers, db.outlets, db.links],
    async () => {
      const sources = new Map<string, SourceFields>();
      const speakers = new Map<string, CsvClaimInput['speaker']>();
      const outlets = new Map<string, CsvClaimInput['outlet']>();
      const links = new Map<string, { id: string; relation: ClaimLink['relation'] }[]>();
      const addLink = (claimId: string, other: string, relation: ClaimLink['relation']) => {
        const list = links.get(claimId);
        if (list) list.push({ id: other, relation });
        else links.set(claimId, [{ id: other, relation }]);
      };
      // Asked for first, so IndexedDB answers them before the first claims (which wait for them
      // all the same).
      const lookups = [
        db.speakers.toArray().then((list) => list.forEach((s) => speakers.set(s.id, s))),
        db.outlets.toArray().then((list) => list.forEach((o) => outlets.set(o.id, o))),
        db.links.toArray().then((list) => {
          for (const link of list) {
            addLink(link.fromClaimId, link.toClaimId, link.relation);
            addLink(link.toClaimId, link.fromClaimId, link.relation);
          }
        }),
        ...readInRanges(db.sources, (list) => {
          for (const { id, title, author, publishedAt, origin } of list)
            sources.set(id, { id, title, author, publishedAt, origin });
        }),
      ];
      const looked = Promise.all(lookups);
      const parts: CsvExportRow[][] = [];
      let received = 0;
      const claimReads = readInRanges(db.claims, async (claims: Claim[], index) => {
        await looked;
        parts[index] = claims.map((claim) => ({
          cells: claimCells({
            claim,
            source: sources.get(claim.sourceId) ?? null,
            speaker: claim.speakerId ? (speakers.get(claim.speakerId) ?? null) : null,
            outlet: claim.outletId ? (outlets.get(claim.outletId) ?? null) : null,
            links: links.get(claim.id) ?? [],
          }),
          sourceId: claim.sourceId,
          start: claim.anchor.start,
          end: claim.anchor.end,
        }));
        onRange(++received, claimReads.length);
      });
      await Promise.all([...lookups, ...claimReads]);
      // The ranges arrive in key order; concatenated they are the store's key order.
      const rows = parts.flat();
      const rank = rankSources(sources, rows);
      return rows.sort(
        (a, b) =>
          rank.get(a.sourceId)! - rank.get(b.sourceId)! || a.start - b.start || a.end - b.end,
      );
    },
  );
}
