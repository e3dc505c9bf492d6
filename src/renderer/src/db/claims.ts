import { stepBoundary, trimSpan, type Edge, type Step } from '@core/anchors';
import type { Claim, ClaimLink, Credibility, Review, Source, Speaker } from '@shared/model';
import { defaultStatusId } from '@shared/statuses';
import { applyEdits, applyPlannedEdits, rowEdit, type EditContext } from './changes';
import type { ClaimdeskDB } from './db';
import { anchorFor } from './import/prepare';

type ClaimPatch = Partial<
  Pick<Claim, 'status' | 'speakerId' | 'outletId' | 'credibility' | 'tags' | 'note' | 'review'>
>;

/** An edit of one claim's fields, stamped with who and when. */
function patchClaim(claimId: string, patch: ClaimPatch) {
  return rowEdit<Claim>('claims', claimId, (current, { actor, at }: EditContext) => {
    if (!current) throw new Error('This claim no longer exists.');
    return { ...current, ...patch, updatedAt: at, updatedBy: actor };
  });
}

/** Saves a claim's corroboration status as one undoable step. */
export function setClaimStatus(
  db: ClaimdeskDB,
  claimId: string,
  status: string,
  statusLabel = status,
) {
  return applyEdits(db, `Set status to ${statusLabel}`, [patchClaim(claimId, { status })]);
}

export function updateClaim(db: ClaimdeskDB, claimId: string, patch: ClaimPatch, label: string) {
  return applyEdits(db, label, [patchClaim(claimId, patch)]);
}

const reviewVerbs: Record<Review, string> = {
  accepted: 'Accepted',
  rejected: 'Rejected',
  suggested: 'Returned to review',
};

/** Accepts or rejects claims (one or many) as one undoable step. */
export function setReview(db: ClaimdeskDB, claimIds: string[], review: Review) {
  if (claimIds.length === 0) return Promise.resolve(null);
  const label =
    claimIds.length === 1
      ? `${reviewVerbs[review]} a claim`
      : `${reviewVerbs[review]} ${claimIds.length} claims`;
  return applyEdits(
    db,
    label,
    claimIds.map((id) => patchClaim(id, { review })),
  );
}

export function setCredibility(db: ClaimdeskDB, claimId: string, credibility: Credibility | null) {
  return updateClaim(
    db,
    claimId,
    { credibility },
    credibility ? `Set credibility to ${credibility}` : 'Cleared credibility',
  );
}

/** Assigns a speaker; with `newSpeaker` the speaker is created in the same undoable step. */
export function setClaimSpeaker(
  db: ClaimdeskDB,
  claimId: string,
  speaker: { id: string; name: string } | { create: { name: string; role: string | null } } | null,
) {
  if (speaker && 'create' in speaker) {
    const id = crypto.randomUUID();
    return applyEdits(db, `Created speaker ${speaker.create.name} and assigned the claim`, [
      rowEdit<Speaker>('speakers', id, (_current, { at }) => ({
        id,
        name: speaker.create.name,
        aliases: [],
        role: speaker.create.role,
        createdAt: at,
        updatedAt: at,
      })),
      patchClaim(claimId, { speakerId: id }),
    ]);
  }
  return updateClaim(
    db,
    claimId,
    { speakerId: speaker?.id ?? null },
    speaker ? `Attributed to ${speaker.name}` : 'Removed the speaker',
  );
}

/**
 * Creates a claim by hand from a span of the source's text. The anchor is taken from the stored
 * text inside the transaction, so it matches what the reader showed.
 */
export async function createManualClaim(
  db: ClaimdeskDB,
  sourceId: string,
  span: { start: number; end: number },
): Promise<string> {
  const id = crypto.randomUUID();
  await applyPlannedEdits(db, 'Marked a claim by hand', ['sources', 'claims'], async () => {
    const source = await db.sources.get(sourceId);
    if (!source) throw new Error('This source no longer exists.');
    const { start, end } = trimSpan(source.text, span);
    if (end <= start || start < 0 || end > source.text.length) {
      throw new Error('Select some words of the text first.');
    }
    return [
      rowEdit<Claim>('claims', id, (_current, { actor, at }) => ({
        id,
        sourceId,
        text: source.text.slice(start, end),
        anchor: anchorFor(source.text, start, end),
        speakerId: null,
        outletId: source.outletId,
        kind: 'manual',
        status: defaultStatusId,
        credibility: null,
        tags: [],
        note: '',
        review: 'accepted',
        confidence: null,
        createdAt: at,
        updatedAt: at,
        updatedBy: actor,
      })),
    ];
  });
  return id;
}

/** Widens or narrows a claim by one word at its start or end, re-anchoring it. */
export function stepClaimBoundary(db: ClaimdeskDB, claimId: string, edge: Edge, step: Step) {
  const label = `${step === 'widen' ? 'Widened' : 'Narrowed'} the claim at its ${edge}`;
  return applyPlannedEdits(db, label, ['sources', 'claims'], async () => {
    const claim = await db.claims.get(claimId);
    if (!claim) throw new Error('This claim no longer exists.');
    const source: Source | undefined = await db.sources.get(claim.sourceId);
    if (!source) throw new Error('The claim’s source no longer exists.');
    if (source.text.slice(claim.anchor.start, claim.anchor.end) !== claim.text) {
      throw new Error('This claim is orphaned: its text no longer matches the source.');
    }
    const next = stepBoundary(source.text, claim.anchor, edge, step);
    if (next.start === claim.anchor.start && next.end === claim.anchor.end) return [];
    return [
      rowEdit<Claim>('claims', claimId, (current, { actor, at }) => ({
        ...current!,
        text: source.text.slice(next.start, next.end),
        anchor: anchorFor(source.text, next.start, next.end),
        updatedAt: at,
        updatedBy: actor,
      })),
    ];
  });
}

/** Deletes a claim and its links as one undoable step. */
export function deleteClaim(db: ClaimdeskDB, claimId: string) {
  return applyPlannedEdits(db, 'Deleted a claim', ['claims', 'links'], async () => {
    const linkIds = new Set<string>();
    for (const index of ['fromClaimId', 'toClaimId'] as const) {
      (await db.links.where(index).equals(claimId).primaryKeys()).forEach((k) =>
        linkIds.add(String(k)),
      );
    }
    return [
      ...[...linkIds].map((id) => rowEdit<ClaimLink>('links', id, () => null)),
      rowEdit<Claim>('claims', claimId, (current) => {
        if (!current) throw new Error('This claim was already deleted.');
        return null;
      }),
    ];
  });
}
