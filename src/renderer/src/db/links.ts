import { linkPair } from '@core/links/pair';
import type { Claim, ClaimLink, LinkRelation } from '@shared/model';
import { applyPlannedEdits, rowEdit, type RowEdit } from './changes';
import type { ClaimdeskDB } from './db';

/**
 * Links between claims (corroborates, contradicts, same statement). Each change is one undoable
 * step that also stamps both claims, so the step shows in the history of both ends.
 */

export const relationLabels: Record<LinkRelation, string> = {
  corroborates: 'corroborates',
  contradicts: 'contradicts',
  'same-statement': 'same statement',
};

const relationAdjectives: Record<LinkRelation, string> = {
  corroborates: 'corroborating',
  contradicts: 'contradicting',
  'same-statement': 'the same statement',
};

/** The link between two claims, whichever way it was made (one lookup of their pair). */
export function findLink(db: ClaimdeskDB, a: string, b: string): Promise<ClaimLink | undefined> {
  return db.links.where('pair').equals(linkPair(a, b)).first();
}

/** Every link that touches a claim, at either end. */
export async function linksOfClaim(db: ClaimdeskDB, claimId: string): Promise<ClaimLink[]> {
  const [from, to] = await Promise.all([
    db.links.where('fromClaimId').equals(claimId).toArray(),
    db.links.where('toClaimId').equals(claimId).toArray(),
  ]);
  return [...from, ...to].sort((x, y) => x.createdAt.localeCompare(y.createdAt));
}

/** "Alexander Krylov ↔ Rasim Musabayov", for step labels shown in both claims' histories. */
async function pairName(db: ClaimdeskDB, a: string, b: string): Promise<string> {
  const claims = await db.claims.bulkGet([a, b]);
  const names = await Promise.all(
    claims.map(async (c) => {
      if (!c) throw new Error('This claim no longer exists.');
      const speaker = c.speakerId ? await db.speakers.get(c.speakerId) : undefined;
      return speaker?.name ?? 'an unattributed claim';
    }),
  );
  return `${names[0]!} ↔ ${names[1]!}`;
}

/** Stamps a claim as changed by this step, so the step is listed in its history. */
function touchClaim(claimId: string): RowEdit {
  return rowEdit<Claim>('claims', claimId, (current, { actor, at }) => {
    if (!current) throw new Error('This claim no longer exists.');
    return { ...current, updatedAt: at, updatedBy: actor };
  });
}

export interface NewLink {
  fromClaimId: string;
  toClaimId: string;
  relation: LinkRelation;
  note?: string;
}

/** Links two claims as one undoable step; returns the new link's id. */
export async function createLink(db: ClaimdeskDB, link: NewLink): Promise<string> {
  const { fromClaimId, toClaimId, relation } = link;
  if (fromClaimId === toClaimId) throw new Error('A claim cannot be linked to itself.');
  const id = crypto.randomUUID();
  const label = `Linked as ${relationAdjectives[relation]}: ${await pairName(db, fromClaimId, toClaimId)}`;
  await applyPlannedEdits(db, label, ['links', 'claims'], async () => {
    const existing = await findLink(db, fromClaimId, toClaimId);
    if (existing) {
      throw new Error(
        `These claims are already linked (${relationLabels[existing.relation]}). Change that link instead.`,
      );
    }
    return [
      rowEdit<ClaimLink>('links', id, (_current, { at }) => ({
        id,
        fromClaimId,
        toClaimId,
        relation,
        note: link.note?.trim() ?? '',
        createdAt: at,
        updatedAt: at,
      })),
      touchClaim(fromClaimId),
      touchClaim(toClaimId),
    ];
  });
  return id;
}

/** Changes a link's relation or note as one undoable step. */
export async function updateLink(
  db: ClaimdeskDB,
  linkId: string,
  patch: Partial<Pick<ClaimLink, 'relation' | 'note'>>,
): Promise<string> {
  const link = await db.links.get(linkId);
  if (!link) throw new Error('This link no longer exists.');
  const pair = await pairName(db, link.fromClaimId, link.toClaimId);
  const label =
    patch.relation !== undefined && patch.relation !== link.relation
      ? `Changed a link to ${relationAdjectives[patch.relation]}: ${pair}`
      : `Edited a link’s note: ${pair}`;
  return applyPlannedEdits(db, label, ['links', 'claims'], async () => {
    const current = await db.links.get(linkId);
    if (!current) throw new Error('This link no longer exists.');
    const next = {
      relation: patch.relation ?? current.relation,
      note: patch.note !== undefined ? patch.note.trim() : current.note,
    };
    if (next.relation === current.relation && next.note === current.note) return [];
    return [
      rowEdit<ClaimLink>('links', linkId, (row, { at }) => ({ ...row!, ...next, updatedAt: at })),
      touchClaim(current.fromClaimId),
      touchClaim(current.toClaimId),
    ];
  });
}

/** Removes a link as one undoable step. */
export async function deleteLink(db: ClaimdeskDB, linkId: string): Promise<string> {
  const link = await db.links.get(linkId);
  if (!link) throw new Error('This link was already removed.');
  const label = `Removed a link (${relationLabels[link.relation]}): ${await pairName(
    db,
    link.fromClaimId,
    link.toClaimId,
  )}`;
  return applyPlannedEdits(db, label, ['links', 'claims'], async () => {
    const current = await db.links.get(linkId);
    if (!current) throw new Error('This link was already removed.');
    return [
      rowEdit<ClaimLink>('links', linkId, () => null),
      touchClaim(current.fromClaimId),
      touchClaim(current.toClaimId),
    ];
  });
}
