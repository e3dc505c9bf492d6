import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createDatabase } from '../../../src/renderer/src/db/db';
import { upgrades } from '../../../src/renderer/src/db/migrations';
import { currentSchemaVersion, schemaVersions } from '../../../src/renderer/src/db/schema';
import snapshot from './schema.snapshot.json';

describe('database schema', () => {
  it('matches the committed snapshot for every shipped version', () => {
    // Changing a shipped version's stores breaks existing users' databases: add a new version
    // (and its snapshot) instead.
    const declared = Object.fromEntries(schemaVersions.map((v) => [String(v.version), v.stores]));
    expect(declared).toEqual(snapshot);
  });

  it('declares versions in increasing order', () => {
    const versions = schemaVersions.map((v) => v.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    expect(currentSchemaVersion).toBe(versions.at(-1));
    // An upgrade belongs to a declared version after the first (there is nothing before it).
    for (const version of Object.keys(upgrades).map(Number)) {
      expect(versions.slice(1)).toContain(version);
    }
  });

  it('opens with the tables and indexes of the design notes', async () => {
    const db = createDatabase(`schema-${crypto.randomUUID()}`);
    await db.open();
    expect(db.verno).toBe(currentSchemaVersion);
    expect(db.tables.map((t) => t.name).sort()).toEqual(
      ['claims', 'events', 'links', 'outlets', 'settings', 'sources', 'speakers'].sort(),
    );
    const contentHash = db.sources.schema.idxByName['contentHash'];
    expect(contentHash?.unique).toBe(true);
    expect(db.claims.schema.idxByName['tags']?.multi).toBe(true);
    db.close();
  });
});
