import type { Page } from '@playwright/test';

/** Every table of the store as the browser holds it on disk, read with the raw IndexedDB API. */
export interface StoreSnapshot {
  /** IndexedDB version (Dexie's schema version × 10). */
  version: number;
  tables: Record<string, Record<string, unknown>[]>;
}

/**
 * Reads the whole store in one read-only transaction, outside the app's own code, so the check
 * sees what was committed, not what the app believes.
 */
export function readStore(page: Page): Promise<StoreSnapshot> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('claimdesk');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    try {
      const names = [...db.objectStoreNames];
      const tx = db.transaction(names, 'readonly');
      const rows = await Promise.all(
        names.map(
          (name) =>
            new Promise<Record<string, unknown>[]>((resolve, reject) => {
              const request = tx.objectStore(name).getAll();
              request.onsuccess = () => resolve(request.result as Record<string, unknown>[]);
              request.onerror = () => reject(request.error);
            }),
        ),
      );
      return {
        version: db.version,
        tables: Object.fromEntries(names.map((name, i) => [name, rows[i]!])),
      };
    } finally {
      db.close();
    }
  });
}

interface ClaimRow {
  id: string;
  sourceId: string;
  speakerId: string | null;
  outletId: string | null;
}

/** References that point nowhere: what a half-written import or restore would leave behind. */
export function danglingReferences(store: StoreSnapshot): string[] {
  const t = store.tables;
  const ids = (table: string) => new Set((t[table] ?? []).map((row) => row.id as string));
  const sources = ids('sources');
  const claims = ids('claims');
  const speakers = ids('speakers');
  const outlets = ids('outlets');
  const problems: string[] = [];
  for (const claim of (t.claims ?? []) as unknown as ClaimRow[]) {
    if (!sources.has(claim.sourceId)) problems.push(`claim ${claim.id} has no source`);
    if (claim.speakerId !== null && !speakers.has(claim.speakerId)) {
      problems.push(`claim ${claim.id} has a missing speaker`);
    }
    if (claim.outletId !== null && !outlets.has(claim.outletId)) {
      problems.push(`claim ${claim.id} has a missing outlet`);
    }
  }
  for (const source of t.sources ?? []) {
    const outletId = source.outletId as string | null;
    if (outletId !== null && !outlets.has(outletId))
      problems.push(`source ${source.id as string} has a missing outlet`);
  }
  for (const link of t.links ?? []) {
    for (const end of [link.fromClaimId, link.toClaimId] as string[]) {
      if (!claims.has(end))
        problems.push(`link ${link.id as string} points to missing claim ${end}`);
    }
  }
  return problems;
}
