import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { Outlet, Speaker } from '@shared/model';
import { useDatabase } from '../app/DatabaseContext';

/** Speakers, outlets and source titles by id, kept live, for labelling claims. */
export function useLookups() {
  const db = useDatabase();
  const speakers = useLiveQuery(() => db.speakers.toArray(), [db]);
  const outlets = useLiveQuery(() => db.outlets.toArray(), [db]);
  const sources = useLiveQuery(async () => {
    const map = new Map<string, { title: string; publishedAt: string | null }>();
    await db.sources.each((s) => map.set(s.id, { title: s.title, publishedAt: s.publishedAt }));
    return map;
  }, [db]);
  return useMemo(
    () => ({
      ready: speakers !== undefined && outlets !== undefined && sources !== undefined,
      speakers: new Map<string, Speaker>((speakers ?? []).map((s) => [s.id, s])),
      outlets: new Map<string, Outlet>((outlets ?? []).map((o) => [o.id, o])),
      sources: sources ?? new Map<string, { title: string; publishedAt: string | null }>(),
    }),
    [speakers, outlets, sources],
  );
}
