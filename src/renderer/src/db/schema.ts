/**
 * Every schema version Claimdesk has shipped, oldest first. Append a new version for any change;
 * never edit a shipped one (tests/unit/db/schema.test.ts compares them with a committed snapshot).
 */
export const schemaVersions = [
  {
    version: 1,
    stores: {
      sources: 'id, &contentHash, outletId, publishedAt, importedAt',
      claims:
        'id, sourceId, speakerId, outletId, status, review, kind, *tags, updatedAt, [sourceId+review]',
      speakers: 'id, name, *aliases',
      outlets: 'id, name, *aliases',
      links: 'id, fromClaimId, toClaimId, relation',
      events: '++seq, groupId, state, [table+key]',
      settings: 'key',
    },
  },
  {
    // Links gain `pair` (their two claims, unordered; see core/links/pair.ts), indexed so the
    // link between two claims is one lookup whichever way it was made. The upgrade fills it in
    // (db/migrations.ts); db/linkPair.ts keeps it right on every later write.
    version: 2,
    stores: {
      sources: 'id, &contentHash, outletId, publishedAt, importedAt',
      claims:
        'id, sourceId, speakerId, outletId, status, review, kind, *tags, updatedAt, [sourceId+review]',
      speakers: 'id, name, *aliases',
      outlets: 'id, name, *aliases',
      links: 'id, fromClaimId, toClaimId, relation, pair',
      events: '++seq, groupId, state, [table+key]',
      settings: 'key',
    },
  },
] as const;

export const databaseName = 'claimdesk';
export const currentSchemaVersion = schemaVersions[schemaVersions.length - 1]!.version;

/** Dexie stores version N as IndexedDB version N × 10 (it allows fractional versions). */
export const idbVersionOf = (schemaVersion: number) => Math.round(schemaVersion * 10);
