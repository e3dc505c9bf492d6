import { isIsoDate } from '@core/query';
import type { Claim, Outlet, Source } from '@shared/model';
import { applyPlannedEdits, rowEdit, type RowEdit } from '../changes';
import type { ClaimdeskDB } from '../db';
import type { ArticleDetails } from './articles';

/** Why details cannot be saved, or null when they can. */
export function detailsProblem(details: ArticleDetails): string | null {
  if (!details.title.trim()) return 'A source needs a title.';
  if (details.publishedAt && !isIsoDate(details.publishedAt)) {
    return 'Write the date as YYYY-MM-DD (e.g. 2025-07-03), or leave it empty.';
  }
  return null;
}

/**
 * Corrects a source's details after import as one undoable step. A new outlet name is matched to
 * an existing outlet (by name or alias, ignoring case) or created; the source's claims that
 * carried the old outlet move with it.
 */
export function updateSourceDetails(db: ClaimdeskDB, sourceId: string, details: ArticleDetails) {
  const problem = detailsProblem(details);
  if (problem) return Promise.reject(new Error(problem));
  const outletName = details.outlet?.replace(/\s+/g, ' ').trim() || null;
  return applyPlannedEdits(
    db,
    `Edited the details of “${details.title.trim()}”`,
    ['sources', 'claims', 'outlets'],
    async () => {
      const source = await db.sources.get(sourceId);
      if (!source) throw new Error('This source no longer exists.');
      const edits: RowEdit[] = [];
      let outletId: string | null = null;
      if (outletName) {
        const existing =
          (await db.outlets.where('name').equalsIgnoreCase(outletName).first()) ??
          (await db.outlets.where('aliases').equalsIgnoreCase(outletName).first());
        outletId = existing?.id ?? crypto.randomUUID();
        if (!existing) {
          const id = outletId;
          edits.push(
            rowEdit<Outlet>('outlets', id, (_current, { at }) => ({
              id,
              name: outletName,
              aliases: [],
              reliability: null,
              createdAt: at,
              updatedAt: at,
            })),
          );
        }
      }
      const next = {
        title: details.title.trim(),
        author: details.author?.trim() || null,
        publishedAt: details.publishedAt || null,
        kind: details.kind,
        outletId,
      };
      const changed = (Object.keys(next) as (keyof typeof next)[]).some(
        (key) => source[key] !== next[key],
      );
      if (!changed) return [];
      edits.push(
        rowEdit<Source>('sources', sourceId, (current, { at }) => {
          if (!current) throw new Error('This source no longer exists.');
          return { ...current, ...next, updatedAt: at };
        }),
      );
      if (outletId !== source.outletId) {
        const claims = await db.claims.where('sourceId').equals(sourceId).toArray();
        for (const claim of claims) {
          if (claim.outletId !== source.outletId) continue;
          edits.push(
            rowEdit<Claim>('claims', claim.id, (current, { actor, at }) =>
              current ? { ...current, outletId, updatedAt: at, updatedBy: actor } : null,
            ),
          );
        }
      }
      return edits;
    },
  );
}
