import type { Claim } from '@shared/model';
import { applyEdits, rowEdit } from './changes';
import type { ClaimdeskDB } from './db';

/** Saves a claim's corroboration status as one undoable step. */
export function setClaimStatus(
  db: ClaimdeskDB,
  claimId: string,
  status: string,
  statusLabel = status,
) {
  return applyEdits(db, `Set status to ${statusLabel}`, [
    rowEdit<Claim>('claims', claimId, (current, { actor, at }) => {
      if (!current) throw new Error('This claim no longer exists.');
      return { ...current, status, updatedAt: at, updatedBy: actor };
    }),
  ]);
}
