import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useDatabase } from '../../app/DatabaseContext';

export interface SourceSummary {
  id: string;
  title: string;
  outlet: string | null;
  publishedAt: string | null;
  claims: number;
}

type Listed = Omit<SourceSummary, 'claims'>;

/**
 * The source list's rows, newest article first. Two live queries, so that each re-runs only when
 * its own tables change: the sources (whose rows hold whole article texts) are not read again on
 * every claim edit, and the claim counts come from the claims index's keys, never from the rows.
 */
export function useSourceSummaries(): SourceSummary[] | undefined {
  const db = useDatabase();
  const listed = useLiveQuery(async (): Promise<Listed[]> => {
    const [sources, outlets] = await Promise.all([db.sources.toArray(), db.outlets.toArray()]);
    const outletNames = new Map(outlets.map((o) => [o.id, o.name]));
    return sources
      .map((s) => ({
        id: s.id,
        title: s.title,
        outlet: s.outletId ? (outletNames.get(s.outletId) ?? null) : null,
        publishedAt: s.publishedAt,
      }))
      .sort(
        (a, b) =>
          (b.publishedAt ?? '').localeCompare(a.publishedAt ?? '') ||
          a.title.localeCompare(b.title),
      );
  }, [db]);
  const counts = useLiveQuery(async () => {
    const bySource = new Map<string, number>();
    for (const id of await db.claims.orderBy('sourceId').keys()) {
      bySource.set(String(id), (bySource.get(String(id)) ?? 0) + 1);
    }
    return bySource;
  }, [db]);
  // The list draws only the items in view, so rows are simply rebuilt when either query changes.
  return useMemo(
    () => listed && counts && listed.map((s) => ({ ...s, claims: counts.get(s.id) ?? 0 })),
    [listed, counts],
  );
}
