import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { createDatabase } from '../../../src/renderer/src/db/db';
import { openDatabase, watchBlocked, watchVersionChange } from '../../../src/renderer/src/db/open';
import { currentSchemaVersion } from '../../../src/renderer/src/db/schema';
import fixture from '../../fixtures/db/v1-worked-store.json';
import { loadDatabase, type RawDatabase } from '../../support/rawIdb';

const request = <T>(r: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });

describe('another window changing the store', () => {
  it('upgrading it: this connection closes for good and the notice is raised', async () => {
    const name = `vc-${crypto.randomUUID()}`;
    const db = createDatabase(name);
    await openDatabase(db);
    const notice = vi.fn();
    watchVersionChange(db, notice);

    // What a newer Claimdesk in another window does; it is not kept waiting.
    const newer = await request(indexedDB.open(name, (currentSchemaVersion + 1) * 10));
    expect(newer.version).toBe((currentSchemaVersion + 1) * 10);
    newer.close();

    expect(notice).toHaveBeenCalledExactlyOnceWith('upgraded');
    expect(db.isOpen()).toBe(false);
    // No quiet reopening of a store this version may not understand.
    await expect(db.claims.count()).rejects.toThrow(Dexie.DatabaseClosedError);
  });

  it('deleting it: the notice says so', async () => {
    const name = `vc-${crypto.randomUUID()}`;
    const db = createDatabase(name);
    await openDatabase(db);
    const notice = vi.fn();
    watchVersionChange(db, notice);
    await request(indexedDB.deleteDatabase(name));
    expect(notice).toHaveBeenCalledExactlyOnceWith('deleted');
    expect(db.isOpen()).toBe(false);
  });

  it('holding it open during this window’s upgrade: reported as blocked, and the upgrade goes on once it lets go', async () => {
    const name = `blocked-${crypto.randomUUID()}`;
    await loadDatabase(name, fixture as RawDatabase);
    // An old window that ignores version changes (no onversionchange handler).
    const old = await request(indexedDB.open(name, 10));
    const db = createDatabase(name);
    const blocked = vi.fn();
    watchBlocked(db, blocked);

    const opening = openDatabase(db);
    await vi.waitFor(() => expect(blocked).toHaveBeenCalled());
    expect(db.isOpen()).toBe(false);
    old.close();
    await opening;
    expect(db.backendDB().version).toBe(currentSchemaVersion * 10);
    expect(await db.links.where('pair').notEqual('').count()).toBe(3);
    db.close();
  });
});
