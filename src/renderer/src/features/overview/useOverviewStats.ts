import { useLiveQuery } from 'dexie-react-hooks';
import type { Review } from '@shared/model';
import { useDatabase } from '../../app/DatabaseContext';
import type { ClaimdeskDB } from '../../db/db';

/** Claims of one speaker or outlet, by status. */
export interface EntityTally {
  id: string;
  name: string;
  total: number;
  /** Claims per status id. */
  byStatus: Map<string, number>;
}

export interface OverviewStats {
  sources: number;
  claims: number;
  speakers: number;
  outlets: number;
  review: Record<Review, number>;
  /** Claims per status id, over all claims. */
  byStatus: Map<string, number>;
  /** Most claims first; only entries with at least one claim. */
  bySpeaker: EntityTally[];
  byOutlet: EntityTally[];
  /** Claims with no speaker, and with no outlet. */
  withoutSpeaker: number;
  withoutOutlet: number;
}

const ranked = (tallies: EntityTally[]) =>
  tallies.sort((a, b) => b.total - a.total || a.name.localeCompare(b.name));

/** IndexedDB orders strings by UTF-16 code units, as `<` does (not as localeCompare does). */
const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Claims per entry of `index` (speaker or outlet) and status, from keys alone. Each entry's count,
 * taken in index order, tells how many of the index's primary keys (which come in that same order)
 * belong to it: the primary keys split into one run per entry.
 */
async function tallyBy(
  db: ClaimdeskDB,
  index: 'speakerId' | 'outletId',
  statusOf: Map<string, string>,
  entries: { id: string; name: string }[],
): Promise<{ tallies: EntityTally[]; counted: number }> {
  const sizesOf = (keys: string[]) =>
    Promise.all(keys.map((key) => db.claims.where(index).equals(key).count()));
  // The entries' own ids are the index's keys, without walking the index for them...
  let keys = entries.map((e) => e.id).sort(byCodeUnits);
  const [claimIds, firstSizes] = await Promise.all([
    db.claims.orderBy(index).primaryKeys(),
    sizesOf(keys),
  ]);
  let sizes = firstSizes;
  // ...unless some claim names an entry that no longer exists: then ask the index itself.
  if (sizes.reduce((sum, n) => sum + n, 0) !== claimIds.length) {
    keys = (await db.claims.orderBy(index).uniqueKeys()).map(String);
    sizes = await sizesOf(keys);
  }
  const names = new Map(entries.map((e) => [e.id, e.name]));
  const tallies: EntityTally[] = [];
  let at = 0;
  keys.forEach((id, i) => {
    const size = sizes[i]!;
    if (size === 0) return;
    const byStatus = new Map<string, number>();
    for (const end = at + size; at < end; at++) {
      const status = statusOf.get(String(claimIds[at])) ?? 'unknown';
      byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
    }
    tallies.push({ id, name: names.get(id) ?? 'Unknown (deleted)', total: size, byStatus });
  });
  return { tallies: ranked(tallies), counted: claimIds.length };
}

/**
 * Everything the overview charts, aggregated once per change of the store (not per chart), from
 * index keys and primary keys only: no claim row is read. With 100,000 claims, reading the rows
 * takes IndexedDB 3–4 seconds; their keys, a small fraction of that.
 */
export async function computeOverview(db: ClaimdeskDB): Promise<OverviewStats> {
  return db.transaction('r', [db.claims, db.sources, db.speakers, db.outlets], async () => {
    const reviews: Review[] = ['accepted', 'rejected', 'suggested'];
    const [sources, speakers, outlets, statusIds, reviewCounts] = await Promise.all([
      db.sources.count(),
      db.speakers.toArray(),
      db.outlets.toArray(),
      db.claims.orderBy('status').uniqueKeys(),
      Promise.all(reviews.map((r) => db.claims.where('review').equals(r).count())),
    ]);
    // Claim id → status, from one key-only read per status.
    const statusOf = new Map<string, string>();
    const byStatus = new Map<string, number>();
    const idsByStatus = await Promise.all(
      statusIds.map((status) => db.claims.where('status').equals(status).primaryKeys()),
    );
    statusIds.forEach((status, i) => {
      const ids = idsByStatus[i]!;
      byStatus.set(String(status), ids.length);
      for (const id of ids) statusOf.set(String(id), String(status));
    });
    const [bySpeaker, byOutlet] = await Promise.all([
      tallyBy(db, 'speakerId', statusOf, speakers),
      tallyBy(db, 'outletId', statusOf, outlets),
    ]);
    const claims = statusOf.size;
    return {
      sources,
      claims,
      speakers: speakers.length,
      outlets: outlets.length,
      review: {
        accepted: reviewCounts[0]!,
        rejected: reviewCounts[1]!,
        suggested: reviewCounts[2]!,
      },
      byStatus,
      bySpeaker: bySpeaker.tallies,
      byOutlet: byOutlet.tallies,
      withoutSpeaker: claims - bySpeaker.counted,
      withoutOutlet: claims - byOutlet.counted,
    };
  });
}

/** The headline figures: a handful of counts, ready long before the charts. */
export interface OverviewFigures {
  sources: number;
  claims: number;
  speakers: number;
  outlets: number;
  review: Record<Review, number>;
}

export async function computeFigures(db: ClaimdeskDB): Promise<OverviewFigures> {
  const review = (r: Review) => db.claims.where('review').equals(r).count();
  const [sources, claims, speakers, outlets, accepted, rejected, suggested] = await Promise.all([
    db.sources.count(),
    db.claims.count(),
    db.speakers.count(),
    db.outlets.count(),
    review('accepted'),
    review('rejected'),
    review('suggested'),
  ]);
  return { sources, claims, speakers, outlets, review: { accepted, rejected, suggested } };
}

export function useOverviewFigures(): OverviewFigures | undefined {
  const db = useDatabase();
  return useLiveQuery(() => computeFigures(db), [db]);
}

/** The last aggregate of each store, shown at once when the overview opens again. */
const lastStats = new WeakMap<ClaimdeskDB, OverviewStats>();

/**
 * The overview's charts, kept live. While a new aggregate is computed (about two seconds for
 * 100,000 claims), the previous one stays on screen.
 */
export function useOverviewStats(): OverviewStats | undefined {
  const db = useDatabase();
  const live = useLiveQuery(async () => {
    const stats = await computeOverview(db);
    lastStats.set(db, stats);
    return stats;
  }, [db]);
  return live ?? lastStats.get(db);
}
