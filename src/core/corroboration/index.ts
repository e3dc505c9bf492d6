/**
 * A claim's suggested corroboration status, worked out from its links, with the reason in words.
 * Pure TypeScript: the inspector shows it beside the editor's own status and never writes it.
 *
 * The rules (DESIGN and issue 5):
 * - disputed, when any linked claim contradicts it;
 * - corroborated, when the claim and the claims that corroborate it come from at least two
 *   independent origins: two origins are independent when both their outlets and their speakers
 *   differ (and are known). "Same statement" links are repeats of the claim's own words in another
 *   outlet: they add nothing independent;
 * - unverified otherwise, with what is missing.
 */
import type { LinkRelation } from '@shared/model';

export type SuggestedStatusId = 'corroborated' | 'disputed' | 'unverified';

/** One end of the evidence: the claim itself or a claim linked to it. */
export interface EvidenceClaim {
  claimId: string;
  outletId: string | null;
  speakerId: string | null;
  /** Rejected claims ("not a claim") are no evidence. */
  rejected?: boolean;
}

export interface EvidenceLink {
  relation: LinkRelation;
  /** The claim at the other end of the link. */
  other: EvidenceClaim;
}

export interface Names {
  outlet: (id: string | null) => string;
  speaker: (id: string | null) => string;
}

export interface SuggestedStatus {
  status: SuggestedStatusId;
  /** One or two sentences an editor can check against the evidence panel. */
  reason: string;
  /** Claims whose origins were counted as independent, the claim itself first when it is one. */
  independent: string[];
  corroborating: string[];
  contradicting: string[];
  repeats: string[];
  /** How many independent origins there are, and how many corroboration needs. */
  origins: number;
  needed: number;
}

/** Corroboration needs this many independent origins, the claim's own included. */
export const neededOrigins = 2;

const known = (x: string | null): x is string => x !== null && x !== '';

/** Both outlets and both speakers known and different. */
export function independent(a: EvidenceClaim, b: EvidenceClaim): boolean {
  return (
    known(a.outletId) &&
    known(b.outletId) &&
    known(a.speakerId) &&
    known(b.speakerId) &&
    a.outletId !== b.outletId &&
    a.speakerId !== b.speakerId
  );
}

/** The largest set of pairwise independent claims, found greedily (first claim kept first). */
function independentSet(claims: EvidenceClaim[]): EvidenceClaim[] {
  // Greedy from each start, keep the largest: the sets are tiny (a claim's own links).
  let best: EvidenceClaim[] = [];
  for (let s = 0; s < claims.length; s++) {
    const chosen = [claims[s]!];
    for (let i = 0; i < claims.length; i++) {
      if (i === s) continue;
      if (chosen.every((c) => independent(c, claims[i]!))) chosen.push(claims[i]!);
    }
    if (chosen.length > best.length) best = chosen;
    if (best.length === claims.length) break;
  }
  return best;
}

const list = (parts: string[]) =>
  parts.length <= 1
    ? (parts[0] ?? '')
    : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]!}`;

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function suggestStatus(
  claim: EvidenceClaim,
  links: EvidenceLink[],
  names: Names,
): SuggestedStatus {
  const usable = links.filter((l) => !l.other.rejected && l.other.claimId !== claim.claimId);
  const contradicting = usable.filter((l) => l.relation === 'contradicts').map((l) => l.other);
  const corroborating = usable.filter((l) => l.relation === 'corroborates').map((l) => l.other);
  const repeats = usable.filter((l) => l.relation === 'same-statement').map((l) => l.other);
  const who = (c: EvidenceClaim) =>
    `${known(c.speakerId) ? names.speaker(c.speakerId) : 'an unnamed speaker'} (${
      known(c.outletId) ? names.outlet(c.outletId) : 'unknown outlet'
    })`;

  const origins = independentSet([claim, ...corroborating]);
  const base = {
    independent: origins.length >= neededOrigins ? origins.map((c) => c.claimId) : [],
    corroborating: corroborating.map((c) => c.claimId),
    contradicting: contradicting.map((c) => c.claimId),
    repeats: repeats.map((c) => c.claimId),
    origins: Math.max(origins.length, known(claim.outletId) && known(claim.speakerId) ? 1 : 0),
    needed: neededOrigins,
  };
  const corroborated = origins.length >= neededOrigins;

  if (contradicting.length > 0) {
    const also = corroborated
      ? ` It is also corroborated by ${plural(corroborating.length, 'claim')}: weigh both.`
      : '';
    return {
      ...base,
      status: 'disputed',
      reason: `Contradicted by ${list(contradicting.map(who))}.${also}`,
    };
  }
  if (corroborated) {
    return {
      ...base,
      status: 'corroborated',
      reason: `Asserted independently by ${list(origins.map(who))}: ${plural(
        origins.length,
        'outlet',
      )} and ${plural(origins.length, 'speaker')}, none repeating another.`,
    };
  }

  let reason: string;
  if (usable.length === 0) {
    reason = 'No linked claims yet: link claims that corroborate or contradict it.';
  } else if (corroborating.length === 0) {
    reason = `Only repeats of the same statement (${list(repeats.map(who))}): a repeat in another outlet is not independent.`;
  } else if (!known(claim.speakerId) || !known(claim.outletId)) {
    reason = `Corroborated by ${list(corroborating.map(who))}, but this claim’s ${
      known(claim.speakerId) ? 'outlet' : 'speaker'
    } is unknown, so independence cannot be judged. Set it, or link a second independent claim.`;
  } else {
    const sameSpeaker = corroborating.filter((c) => c.speakerId === claim.speakerId).length;
    const sameOutlet = corroborating.filter((c) => c.outletId === claim.outletId).length;
    const why =
      sameSpeaker > 0 && sameOutlet > 0
        ? 'they share its speaker or its outlet'
        : sameSpeaker > 0
          ? 'the same speaker saying it again is not independent'
          : sameOutlet > 0
            ? 'the same outlet carrying it again is not independent'
            : 'their speakers or outlets are unknown';
    reason = `Corroborated by ${list(corroborating.map(who))}, but ${why}: it needs a claim from another outlet and another speaker.`;
  }
  return { ...base, status: 'unverified', reason };
}
