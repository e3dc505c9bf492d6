import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { suggestStatus, type EvidenceClaim, type SuggestedStatus } from '@core/corroboration';
import type { Claim, ClaimLink, Outlet, Source, Speaker } from '@shared/model';
import { useDatabase } from '../../app/DatabaseContext';
import type { ClaimdeskDB } from '../../db/db';
import { linksOfClaim } from '../../db/links';

/** One linked claim as the evidence panel shows it. */
export interface EvidenceEntry {
  link: ClaimLink;
  /** The claim at the other end. */
  other: Claim;
  speaker: Speaker | null;
  outlet: Outlet | null;
  source: Source | null;
}

export interface ClaimEvidence {
  claim: Claim;
  speaker: Speaker | null;
  outlet: Outlet | null;
  entries: EvidenceEntry[];
  suggested: SuggestedStatus;
}

const asEvidence = (c: Claim): EvidenceClaim => ({
  claimId: c.id,
  outletId: c.outletId,
  speakerId: c.speakerId,
  rejected: c.review === 'rejected',
});

/** Reads a claim, its links and the claims at their other ends, with names, in one go. */
export async function readClaimEvidence(
  db: ClaimdeskDB,
  claimId: string,
): Promise<ClaimEvidence | null> {
  const claim = await db.claims.get(claimId);
  if (!claim) return null;
  const links = await linksOfClaim(db, claimId);
  const others = await db.claims.bulkGet(
    links.map((l) => (l.fromClaimId === claimId ? l.toClaimId : l.fromClaimId)),
  );
  const present = links
    .map((link, i) => ({ link, other: others[i] }))
    .filter((e): e is { link: ClaimLink; other: Claim } => e.other !== undefined);
  const all = [claim, ...present.map((e) => e.other)];
  const ids = (pick: (c: Claim) => string | null) => [
    ...new Set(all.map(pick).filter((x): x is string => x !== null)),
  ];
  const [speakers, outlets, sources] = await Promise.all([
    db.speakers.bulkGet(ids((c) => c.speakerId)),
    db.outlets.bulkGet(ids((c) => c.outletId)),
    db.sources.bulkGet(ids((c) => c.sourceId)),
  ]);
  const speakerById = new Map(speakers.filter(Boolean).map((s) => [s!.id, s!]));
  const outletById = new Map(outlets.filter(Boolean).map((o) => [o!.id, o!]));
  const sourceById = new Map(sources.filter(Boolean).map((s) => [s!.id, s!]));
  const entries: EvidenceEntry[] = present.map(({ link, other }) => ({
    link,
    other,
    speaker: (other.speakerId && speakerById.get(other.speakerId)) || null,
    outlet: (other.outletId && outletById.get(other.outletId)) || null,
    source: sourceById.get(other.sourceId) ?? null,
  }));
  const suggested = suggestStatus(
    asEvidence(claim),
    entries.map((e) => ({ relation: e.link.relation, other: asEvidence(e.other) })),
    {
      speaker: (id) => (id && speakerById.get(id)?.name) || 'an unnamed speaker',
      outlet: (id) => (id && outletById.get(id)?.name) || 'an unknown outlet',
    },
  );
  return {
    claim,
    speaker: (claim.speakerId && speakerById.get(claim.speakerId)) || null,
    outlet: (claim.outletId && outletById.get(claim.outletId)) || null,
    entries,
    suggested,
  };
}

/** The claim's evidence, kept live: links made anywhere (compare view, other claims) show at once. */
export function useClaimEvidence(claimId: string): ClaimEvidence | null | undefined {
  const db = useDatabase();
  const evidence = useLiveQuery(() => readClaimEvidence(db, claimId), [db, claimId]);
  return useMemo(() => evidence, [evidence]);
}
