import { useLiveQuery } from 'dexie-react-hooks';
import type { Claim, ClaimLink, Outlet, Source, Speaker } from '@shared/model';
import { useDatabase } from '../../app/DatabaseContext';

export interface CompareColumnData {
  source: Source;
  outlet: Outlet | null;
  claims: Claim[];
}

export interface CompareData {
  columns: CompareColumnData[];
  /** Sources in the URL that are not in the store (deleted since). */
  missing: string[];
  /** Links between claims of the shown sources. */
  links: ClaimLink[];
  speakers: Map<string, Speaker>;
}

/** The chosen sources with their outlets and claims, and the links among those claims, kept live. */
export function useCompareData(sourceIds: readonly string[]): CompareData | undefined {
  const db = useDatabase();
  const key = sourceIds.join(',');
  return useLiveQuery(async () => {
    const ids = key ? key.split(',') : [];
    const sources = await db.sources.bulkGet(ids);
    const present = sources.filter((s): s is Source => s !== undefined);
    const [claimLists, outlets] = await Promise.all([
      Promise.all(present.map((s) => db.claims.where('sourceId').equals(s.id).toArray())),
      db.outlets.bulkGet(present.map((s) => s.outletId ?? '')),
    ]);
    const claimIds = claimLists.flat().map((c) => c.id);
    const inView = new Set(claimIds);
    const links =
      claimIds.length > 0
        ? (await db.links.where('fromClaimId').anyOf(claimIds).toArray()).filter((l) =>
            inView.has(l.toClaimId),
          )
        : [];
    const speakerIds = [
      ...new Set(
        claimLists
          .flat()
          .map((c) => c.speakerId)
          .filter((x): x is string => x !== null),
      ),
    ];
    const speakers = await db.speakers.bulkGet(speakerIds);
    return {
      columns: present.map((source, i) => ({
        source,
        outlet: outlets[i] ?? null,
        claims: claimLists[i]!.sort((a, b) => a.anchor.start - b.anchor.start),
      })),
      missing: ids.filter((id, i) => !sources[i]),
      links,
      speakers: new Map(
        speakers.filter((s): s is Speaker => s !== undefined).map((s) => [s.id, s]),
      ),
    };
  }, [db, key]);
}
