import { createDatabase, type ClaimdeskDB } from '../../../src/renderer/src/db/db';
import { setClaimStatus, updateClaim } from '../../../src/renderer/src/db/claims';
import { editorNameKey } from '../../../src/renderer/src/db/changes';
import { commitArticle } from '../../../src/renderer/src/db/import/commit';
import { prepareArticle } from '../../../src/renderer/src/db/import/prepare';
import { readAllTables } from '../../../src/renderer/src/db/backup';
import { loadManifest, readSeedText } from '../../support/seeds';

/**
 * The bundled articles with their curated metadata, stored as the first run stores them (without
 * the Platform, whose browser half needs DOM types this Node-typed suite does not have).
 */
export async function importSeeds(db: ClaimdeskDB) {
  for (const seed of loadManifest().seeds) {
    const { file, title, outlet, author, publishedAt, kind } = seed;
    const prepared = await prepareArticle(
      readSeedText(file),
      { type: 'seed', name: file },
      {
        title,
        outlet,
        author,
        publishedAt,
        kind,
      },
    );
    await commitArticle(db, prepared);
  }
}

export function freshDb(prefix = 'backup'): ClaimdeskDB {
  return createDatabase(`${prefix}-${crypto.randomUUID()}`);
}

/** The bundled articles with some work on them: statuses, tags, a note, a link, settings, history. */
export async function workedStore(db: ClaimdeskDB): Promise<ClaimdeskDB> {
  await db.settings.put({ key: editorNameKey, value: 'Leyla' });
  await importSeeds(db);
  const claims = await db.claims.orderBy('id').limit(4).toArray();
  await setClaimStatus(db, claims[0]!.id, 'disputed');
  await updateClaim(
    db,
    claims[1]!.id,
    { tags: ['energy', 'трубопровод'], note: '=not a formula\nline 2' },
    'Edited',
  );
  await updateClaim(db, claims[2]!.id, { credibility: 2, review: 'accepted' }, 'Edited');
  await db.links.add({
    id: 'link-1',
    fromClaimId: claims[0]!.id,
    toClaimId: claims[1]!.id,
    relation: 'contradicts',
    note: 'see both',
    createdAt: '2025-07-01T10:00:00.000Z',
    updatedAt: '2025-07-01T10:00:00.000Z',
  });
  return db;
}

/** Every table, with rows in primary-key order (events by seq). */
export async function snapshot(db: ClaimdeskDB) {
  return readAllTables(db);
}
