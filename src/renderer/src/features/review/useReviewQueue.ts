import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { Claim } from '@shared/model';
import { useDatabase } from '../../app/DatabaseContext';

export interface QueueSource {
  id: string;
  title: string;
  outlet: string | null;
  claims: Claim[];
}

/**
 * The suggested claims waiting for review, grouped by source (newest article first) and in text
 * order within each, plus how many have been reviewed overall.
 */
export function useReviewQueue() {
  const db = useDatabase();
  const data = useLiveQuery(async () => {
    const [suggested, reviewed, sources, outlets, speakers] = await Promise.all([
      db.claims.where('review').equals('suggested').toArray(),
      db.claims.where('review').anyOf('accepted', 'rejected').count(),
      db.sources.toArray(),
      db.outlets.toArray(),
      db.speakers.toArray(),
    ]);
    return { suggested, reviewed, sources, outlets, speakers };
  }, [db]);

  return useMemo(() => {
    if (!data) return undefined;
    const outletNames = new Map(data.outlets.map((o) => [o.id, o.name]));
    const bySource = new Map<string, Claim[]>();
    for (const claim of data.suggested) {
      const list = bySource.get(claim.sourceId) ?? [];
      list.push(claim);
      bySource.set(claim.sourceId, list);
    }
    const groups: QueueSource[] = data.sources
      .filter((s) => bySource.has(s.id))
      .sort(
        (a, b) =>
          (b.publishedAt ?? '').localeCompare(a.publishedAt ?? '') ||
          a.title.localeCompare(b.title),
      )
      .map((s) => ({
        id: s.id,
        title: s.title,
        outlet: s.outletId ? (outletNames.get(s.outletId) ?? null) : null,
        claims: bySource.get(s.id)!.sort((a, b) => a.anchor.start - b.anchor.start),
      }));
    return {
      groups,
      order: groups.flatMap((g) => g.claims.map((c) => c.id)),
      remaining: data.suggested.length,
      reviewed: data.reviewed,
      speakers: new Map(data.speakers.map((s) => [s.id, s])),
    };
  }, [data]);
}
