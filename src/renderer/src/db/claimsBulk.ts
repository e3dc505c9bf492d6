import type { Claim } from '@shared/model';
import { applyPlannedEdits, rowEdit } from './changes';
import type { ClaimdeskDB } from './db';
import { formatCount } from '../lib/numbers';

/** What a bulk edit did: how many claims it changed (claims already as asked are left alone). */
export interface BulkResult {
  changed: number;
  /** The history group of the step, or null when nothing had to change. */
  groupId: string | null;
}

const claimsCount = (n: number) => (n === 1 ? '1 claim' : `${formatCount(n)} claims`);

/** Trimmed, non-empty, each once. */
export function cleanTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map((t) => t.trim()).filter(Boolean))];
}

/**
 * Changes many claims as ONE undoable step: one transaction and one history group, written by
 * applyPlannedEdits with an audit row per claim. Claims the change would not alter are skipped;
 * when none would change, nothing is written. `patch` returns the new fields, or null for "no
 * change"; it runs again inside the transaction on the stored claim, so a claim edited meanwhile
 * is patched from its current state.
 */
async function bulkEdit(
  db: ClaimdeskDB,
  claimIds: readonly string[],
  label: (count: string) => string,
  patch: (claim: Claim) => Partial<Claim> | null,
): Promise<BulkResult> {
  const ids = [...new Set(claimIds)];
  const affected = (claims: (Claim | undefined)[]) =>
    claims.filter((c): c is Claim => c !== undefined && patch(c) !== null);
  // Read once first, for the step's label ("… 12 claims") and to skip a step that changes nothing.
  const expected = affected(await db.claims.bulkGet(ids)).length;
  if (expected === 0) return { changed: 0, groupId: null };
  let changed = 0;
  const groupId = await applyPlannedEdits(
    db,
    label(claimsCount(expected)),
    ['claims'],
    async () => {
      const claims = affected(await db.claims.bulkGet(ids));
      changed = claims.length;
      return claims.map((claim) =>
        rowEdit<Claim>('claims', claim.id, (current, { actor, at }) => {
          if (!current) throw new Error('A claim was deleted meanwhile; nothing was changed.');
          return { ...current, ...patch(current), updatedAt: at, updatedBy: actor };
        }),
      );
    },
  );
  return { changed, groupId: changed > 0 ? groupId : null };
}

/** Sets the corroboration status of many claims as one undoable step. */
export function bulkSetStatus(
  db: ClaimdeskDB,
  claimIds: readonly string[],
  status: string,
  statusLabel = status,
): Promise<BulkResult> {
  return bulkEdit(
    db,
    claimIds,
    (count) => `Set status to ${statusLabel} on ${count}`,
    (claim) => (claim.status === status ? null : { status }),
  );
}

/** Adds tags to many claims (each tag once per claim) as one undoable step. */
export function bulkAddTags(
  db: ClaimdeskDB,
  claimIds: readonly string[],
  tags: readonly string[],
): Promise<BulkResult> {
  const add = cleanTags(tags);
  return bulkEdit(
    db,
    claimIds,
    (count) => `Tagged ${count} ${add.map((t) => `“${t}”`).join(', ')}`,
    (claim) => {
      const missing = add.filter((t) => !claim.tags.includes(t));
      return missing.length === 0 ? null : { tags: [...claim.tags, ...missing] };
    },
  );
}

/** Removes tags from many claims as one undoable step. */
export function bulkRemoveTags(
  db: ClaimdeskDB,
  claimIds: readonly string[],
  tags: readonly string[],
): Promise<BulkResult> {
  const remove = new Set(cleanTags(tags));
  return bulkEdit(
    db,
    claimIds,
    (count) => `Removed ${[...remove].map((t) => `“${t}”`).join(', ')} from ${count}`,
    (claim) =>
      claim.tags.some((t) => remove.has(t))
        ? { tags: claim.tags.filter((t) => !remove.has(t)) }
        : null,
  );
}
