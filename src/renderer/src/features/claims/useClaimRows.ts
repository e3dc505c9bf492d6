import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { Claim } from '@shared/model';
import { useDatabase } from '../../app/DatabaseContext';
import { useLookups } from '../../lib/useLookups';

export interface ClaimRow {
  claim: Claim;
  speaker: string | null;
  outlet: string | null;
  source: string;
}

/** Every claim with the names it points to, for the claims table. */
export function useClaimRows(): ClaimRow[] | undefined {
  const db = useDatabase();
  const lookups = useLookups();
  const claims = useLiveQuery(() => db.claims.toArray(), [db]);
  return useMemo(() => {
    if (!claims || !lookups.ready) return undefined;
    return claims.map((claim) => ({
      claim,
      speaker: claim.speakerId ? (lookups.speakers.get(claim.speakerId)?.name ?? null) : null,
      outlet: claim.outletId ? (lookups.outlets.get(claim.outletId)?.name ?? null) : null,
      source: lookups.sources.get(claim.sourceId)?.title ?? '',
    }));
  }, [claims, lookups]);
}
