import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../app/DatabaseContext';

export interface SourceSummary {
  id: string;
  title: string;
  outlet: string | null;
  publishedAt: string | null;
  claims: number;
}

/** The source list's rows, newest article first; counts come from the claims index, not the rows. */
export function useSourceSummaries(): SourceSummary[] | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => {
    const [sources, outlets, claimSourceIds] = await Promise.all([
      db.sources.toArray(),
      db.outlets.toArray(),
      db.claims.orderBy('sourceId').keys(),
    ]);
    const outletNames = new Map(outlets.map((o) => [o.id, o.name]));
    const counts = new Map<string, number>();
    for (const id of claimSourceIds) counts.set(String(id), (counts.get(String(id)) ?? 0) + 1);
    return sources
      .map((s) => ({
        id: s.id,
        title: s.title,
        outlet: s.outletId ? (outletNames.get(s.outletId) ?? null) : null,
        publishedAt: s.publishedAt,
        claims: counts.get(s.id) ?? 0,
      }))
      .sort(
        (a, b) =>
          (b.publishedAt ?? '').localeCompare(a.publishedAt ?? '') ||
          a.title.localeCompare(b.title),
      );
  }, [db]);
}
