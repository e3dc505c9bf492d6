import type { Claim, ClaimLink, Source } from '@shared/model';
import { applyPlannedEdits, rowEdit } from './changes';
import type { ClaimdeskDB } from './db';

/** Deletes a source with its claims and their links, as one undoable step. */
export function deleteSource(db: ClaimdeskDB, sourceId: string, title: string) {
  return applyPlannedEdits(db, `Deleted “${title}”`, ['sources', 'claims', 'links'], async () => {
    const claimIds = (await db.claims.where('sourceId').equals(sourceId).primaryKeys()) as string[];
    const linkIds = new Set<string>();
    if (claimIds.length > 0) {
      for (const index of ['fromClaimId', 'toClaimId'] as const) {
        const keys = await db.links.where(index).anyOf(claimIds).primaryKeys();
        keys.forEach((key) => linkIds.add(String(key)));
      }
    }
    return [
      ...[...linkIds].map((id) => rowEdit<ClaimLink>('links', id, () => null)),
      ...claimIds.map((id) => rowEdit<Claim>('claims', id, () => null)),
      rowEdit<Source>('sources', sourceId, (current) => {
        if (!current) throw new Error('This source was already deleted.');
        return null;
      }),
    ];
  });
}
