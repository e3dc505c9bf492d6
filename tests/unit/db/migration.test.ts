import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { linkPair } from '../../../src/core/links/pair';
import type { Claim, ClaimLink } from '../../../src/shared/model';
import { redo, undo } from '../../../src/renderer/src/db/changes';
import { createDatabase } from '../../../src/renderer/src/db/db';
import { deleteLink, findLink } from '../../../src/renderer/src/db/links';
import { NewerSchemaError, openDatabase } from '../../../src/renderer/src/db/open';
import { currentSchemaVersion } from '../../../src/renderer/src/db/schema';
import fixture from '../../fixtures/db/v1-worked-store.json';
import { dumpDatabase, loadDatabase, type RawDatabase, type RawStore } from '../../support/rawIdb';

const v1 = fixture as RawDatabase & { schemaVersion: number };
const store = (raw: RawDatabase, name: string): RawStore =>
  raw.stores.find((s) => s.name === name)!;

describe('the committed schema-1 fixture', () => {
  it('is a store as schema 1 wrote it, with work on the real seeds', () => {
    expect(v1.schemaVersion).toBe(1);
    expect(v1.idbVersion).toBe(10);
    const counts = Object.fromEntries(v1.stores.map((s) => [s.name, s.records.length]));
    expect(counts).toMatchObject({ sources: 5, links: 3, settings: 3 });
    expect(counts['claims']).toBeGreaterThan(30);
    const states = new Set(
      (store(v1, 'events').records as { state: string }[]).map((e) => e.state),
    );
    expect(states).toEqual(new Set(['done', 'undone', 'discarded', 'log']));
    expect(store(v1, 'links').indexes.map((i) => i.name)).not.toContain('pair');
  });
});

describe('upgrading a schema-1 store', () => {
  it('finds every record upgraded and intact', async () => {
    const name = `migrate-${crypto.randomUUID()}`;
    await loadDatabase(name, v1);
    const db = createDatabase(name);
    await openDatabase(db);
    expect(db.verno).toBe(currentSchemaVersion);
    db.close();

    const after = await dumpDatabase(name);
    expect(after.idbVersion).toBe(currentSchemaVersion * 10);
    expect(after.stores.map((s) => s.name)).toEqual(v1.stores.map((s) => s.name));
    for (const before of v1.stores) {
      const now = store(after, before.name);
      expect(now.keyPath, before.name).toEqual(before.keyPath);
      expect(now.autoIncrement, before.name).toBe(before.autoIncrement);
      if (before.name === 'links') {
        // Schema 2: links gain the index of their unordered pair, and every link its pair.
        expect(now.indexes).toEqual(
          [
            ...before.indexes,
            { name: 'pair', keyPath: 'pair', unique: false, multiEntry: false },
          ].sort((a, b) => a.name.localeCompare(b.name)),
        );
        const links = before.records as ClaimLink[];
        expect(now.records).toEqual(
          links.map((l) => ({ ...l, pair: linkPair(l.fromClaimId, l.toClaimId) })),
        );
      } else {
        // Every field of every record, history snapshots included, exactly as it was.
        expect(now.indexes, before.name).toEqual(before.indexes);
        expect(now.records, before.name).toEqual(before.records);
      }
    }
  });

  it('works with the upgraded records: links found either way, history undone and redone', async () => {
    const name = `migrate-${crypto.randomUUID()}`;
    await loadDatabase(name, v1);
    const db = createDatabase(name);
    await openDatabase(db);

    for (const link of store(v1, 'links').records as ClaimLink[]) {
      expect((await findLink(db, link.fromClaimId, link.toClaimId))?.id).toBe(link.id);
      expect((await findLink(db, link.toClaimId, link.fromClaimId))?.id).toBe(link.id);
    }

    // The step the fixture left undone is redone from its schema-1 history.
    const undone = (store(v1, 'events').records as { state: string; key: string; after: Claim }[])
      .filter((e) => e.state === 'undone')
      .at(-1)!;
    expect(await redo(db)).not.toBeNull();
    expect((await db.claims.get(undone.key))?.status).toBe(undone.after.status);

    // A link deleted and brought back by undo comes back from history with its pair.
    const link = (store(v1, 'links').records as ClaimLink[])[0]!;
    await deleteLink(db, link.id);
    expect(await findLink(db, link.fromClaimId, link.toClaimId)).toBeUndefined();
    await undo(db);
    expect(await db.links.get(link.id)).toEqual({
      ...link,
      pair: linkPair(link.fromClaimId, link.toClaimId),
    });
    db.close();
  });
});

describe('a store written by a newer Claimdesk', () => {
  /** A future Claimdesk's schema: the fixture's stores plus one this version does not know. */
  const future = currentSchemaVersion + 1;
  const newer: RawDatabase = {
    idbVersion: future * 10,
    stores: [
      ...v1.stores,
      {
        name: 'annotations',
        keyPath: 'id',
        autoIncrement: false,
        indexes: [{ name: 'claimId', keyPath: 'claimId', unique: false, multiEntry: false }],
        records: [{ id: 'a1', claimId: 'c1', text: `written by schema ${future}` }],
      },
    ].sort((a, b) => a.name.localeCompare(b.name)),
  };

  it('is refused with a message that says what to do, and left untouched', async () => {
    const name = `newer-${crypto.randomUUID()}`;
    await loadDatabase(name, newer);
    const db = createDatabase(name);

    const refused = await openDatabase(db).then(
      () => null,
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(NewerSchemaError);
    expect((refused as Error).message).toBe(
      `This data was written by a newer Claimdesk (schema ${future}); this version supports up to schema ${currentSchemaVersion}. Update Claimdesk to open it. Your data has not been changed.`,
    );
    // Nothing reopens it behind the refusal.
    await expect(db.claims.count()).rejects.toThrow(Dexie.DatabaseClosedError);

    expect(await dumpDatabase(name)).toEqual(newer);
  });

  it('is refused also where indexedDB.databases() is missing, and left untouched', async () => {
    const name = `newer-${crypto.randomUUID()}`;
    await loadDatabase(name, newer);
    const databases = Object.getOwnPropertyDescriptor(
      Object.getPrototypeOf(indexedDB),
      'databases',
    );
    Object.defineProperty(indexedDB, 'databases', { value: undefined, configurable: true });
    try {
      await expect(openDatabase(createDatabase(name))).rejects.toThrow(NewerSchemaError);
    } finally {
      delete (indexedDB as { databases?: unknown }).databases;
    }
    expect(databases).toBeDefined();
    expect(typeof indexedDB.databases).toBe('function');
    expect(await dumpDatabase(name)).toEqual(newer);
  });

  it('is no obstacle to a first start where indexedDB.databases() is missing', async () => {
    const name = `fresh-${crypto.randomUUID()}`;
    Object.defineProperty(indexedDB, 'databases', { value: undefined, configurable: true });
    try {
      const db = createDatabase(name);
      await openDatabase(db);
      expect(db.verno).toBe(currentSchemaVersion);
      expect(db.backendDB().version).toBe(currentSchemaVersion * 10);
      expect(db.tables).toHaveLength(7);
      db.close();
    } finally {
      delete (indexedDB as { databases?: unknown }).databases;
    }
  });
});
