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

/** Counts claims per entry of `index` and status, walking only the index's keys. */
async function tallyBy(
  db: ClaimdeskDB,
  index: 'speakerId' | 'outletId',
  statusOf: Map<string, string>,
  names: Map<string, string>,
): Promise<{ tallies: EntityTally[]; counted: number }> {
  const byId = new Map<string, EntityTally>();
  let counted = 0;
  await db.claims.orderBy(index).eachKey((key, cursor) => {
    const id = String(key);
    let tally = byId.get(id);
    if (!tally) {
      tally = { id, name: names.get(id) ?? 'Unknown (deleted)', total: 0, byStatus: new Map() };
      byId.set(id, tally);
    }
    const status = statusOf.get(String(cursor.primaryKey)) ?? 'unknown';
    tally.total++;
    tally.byStatus.set(status, (tally.byStatus.get(status) ?? 0) + 1);
    counted++;
  });
  const tallies = [...byId.values()].sort(
    (a, b) => b.total - a.total || a.name.localeCompare(b.name),
  );
  return { tallies, counted };
}

/**
 * Everything the overview charts, aggregated once per change of the store: from index keys and
 * primary keys only, so no claim row (with its text) is loaded, even with 100,000 claims.
 */
export async function computeOverview(db: ClaimdeskDB): Promise<OverviewStats> {
  return db.transaction('r', [db.claims, db.sources, db.speakers, db.outlets], async () => {
    const [sources, speakers, outlets, statusIds] = await Promise.all([
      db.sources.count(),
      db.speakers.toArray(),
      db.outlets.toArray(),
      db.claims.orderBy('status').uniqueKeys(),
    ]);
    // Claim id → status, from one key-only read per status.
    const statusOf = new Map<string, string>();
    const byStatus = new Map<string, number>();
    for (const status of statusIds.map(String)) {
      const ids = await db.claims.where('status').equals(status).primaryKeys();
      byStatus.set(status, ids.length);
      for (const id of ids) statusOf.set(String(id), status);
    }
    const reviews: Review[] = ['accepted', 'rejected', 'suggested'];
    const reviewCounts = await Promise.all(
      reviews.map((r) => db.claims.where('review').equals(r).count()),
    );
    const speakerNames = new Map(speakers.map((s) => [s.id, s.name]));
    const outletNames = new Map(outlets.map((o) => [o.id, o.name]));
    const bySpeaker = await tallyBy(db, 'speakerId', statusOf, speakerNames);
    const byOutlet = await tallyBy(db, 'outletId', statusOf, outletNames);
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

/** The overview's figures, kept live. */
export function useOverviewStats(): OverviewStats | undefined {
  const db = useDatabase();
  return useLiveQuery(() => computeOverview(db), [db]);
}
