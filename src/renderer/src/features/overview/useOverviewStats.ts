import { useLiveQuery } from 'dexie-react-hooks';
import type { Claim, Review } from '@shared/model';
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

const pageSize = 10_000;

function tally(
  byId: Map<string, EntityTally>,
  id: string,
  status: string,
  names: Map<string, string>,
) {
  let entry = byId.get(id);
  if (!entry) {
    entry = { id, name: names.get(id) ?? 'Unknown (deleted)', total: 0, byStatus: new Map() };
    byId.set(id, entry);
  }
  entry.total++;
  entry.byStatus.set(status, (entry.byStatus.get(status) ?? 0) + 1);
}

const ranked = (byId: Map<string, EntityTally>) =>
  [...byId.values()].sort((a, b) => b.total - a.total || a.name.localeCompare(b.name));

/**
 * Everything the overview charts, aggregated in one pass over the claims per change of the store
 * (not per chart). Claims are read in pages of 10,000 by primary key: IndexedDB's bulk read is
 * several times faster than a cursor, and the page stays responsive between pages.
 */
export async function computeOverview(db: ClaimdeskDB): Promise<OverviewStats> {
  return db.transaction('r', [db.claims, db.sources, db.speakers, db.outlets], async () => {
    const [sources, speakers, outlets] = await Promise.all([
      db.sources.count(),
      db.speakers.toArray(),
      db.outlets.toArray(),
    ]);
    const speakerNames = new Map(speakers.map((s) => [s.id, s.name]));
    const outletNames = new Map(outlets.map((o) => [o.id, o.name]));
    const bySpeaker = new Map<string, EntityTally>();
    const byOutlet = new Map<string, EntityTally>();
    const byStatus = new Map<string, number>();
    const review: Record<Review, number> = { accepted: 0, rejected: 0, suggested: 0 };
    let claims = 0;
    let withoutSpeaker = 0;
    let withoutOutlet = 0;
    let after: string | null = null;
    for (;;) {
      const page: Claim[] = await (after === null
        ? db.claims.limit(pageSize).toArray()
        : db.claims.where(':id').above(after).limit(pageSize).toArray());
      for (const claim of page) {
        claims++;
        byStatus.set(claim.status, (byStatus.get(claim.status) ?? 0) + 1);
        review[claim.review] = (review[claim.review] ?? 0) + 1;
        if (claim.speakerId) tally(bySpeaker, claim.speakerId, claim.status, speakerNames);
        else withoutSpeaker++;
        if (claim.outletId) tally(byOutlet, claim.outletId, claim.status, outletNames);
        else withoutOutlet++;
      }
      if (page.length < pageSize) break;
      after = page[page.length - 1]!.id;
    }
    return {
      sources,
      claims,
      speakers: speakers.length,
      outlets: outlets.length,
      review,
      byStatus,
      bySpeaker: ranked(bySpeaker),
      byOutlet: ranked(byOutlet),
      withoutSpeaker,
      withoutOutlet,
    };
  });
}

/** The overview's figures, kept live. */
export function useOverviewStats(): OverviewStats | undefined {
  const db = useDatabase();
  return useLiveQuery(() => computeOverview(db), [db]);
}
