import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Claim } from '../../../src/shared/model';
import { setClaimStatus } from '../../../src/renderer/src/db/claims';
import {
  applyEdits,
  editorNameKey,
  redo,
  rowEdit,
  undo,
} from '../../../src/renderer/src/db/changes';
import { createDatabase, type ClaimdeskDB } from '../../../src/renderer/src/db/db';

function claim(id: string, status = 'unverified'): Claim {
  const at = '2025-01-01T00:00:00.000Z';
  return {
    id,
    sourceId: 's1',
    text: `claim ${id}`,
    anchor: { start: 0, end: 7, prefix: '', suffix: '' },
    speakerId: null,
    outletId: null,
    kind: 'direct',
    status,
    credibility: null,
    tags: [],
    note: '',
    review: 'suggested',
    confidence: 0.9,
    createdAt: at,
    updatedAt: at,
    updatedBy: null,
  };
}

let db: ClaimdeskDB;
beforeEach(async () => {
  db = createDatabase(`changes-${crypto.randomUUID()}`);
  await db.claims.bulkAdd([claim('a'), claim('b')]);
});
afterEach(() => db.close());

describe('undoable changes', () => {
  it('stores the change and its audit row together, with the editor as actor', async () => {
    await db.settings.put({ key: editorNameKey, value: 'Dana' });
    await setClaimStatus(db, 'a', 'disputed', 'Disputed');
    const stored = await db.claims.get('a');
    expect(stored?.status).toBe('disputed');
    expect(stored?.updatedBy).toBe('Dana');
    const events = await db.events.where('[table+key]').equals(['claims', 'a']).toArray();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      label: 'Set status to Disputed',
      actor: 'Dana',
      state: 'done',
    });
    expect((events[0]!.before as Claim).status).toBe('unverified');
    expect((events[0]!.after as Claim).status).toBe('disputed');
  });

  it('undoes and redoes steps in order, across a reopened database', async () => {
    await setClaimStatus(db, 'a', 'disputed');
    await setClaimStatus(db, 'a', 'refuted');
    expect(await undo(db)).toBe('Set status to refuted');
    expect((await db.claims.get('a'))?.status).toBe('disputed');

    // Undo history lives in the store, so it survives a reload.
    const name = db.name;
    db.close();
    db = createDatabase(name);
    expect(await undo(db)).toBe('Set status to disputed');
    expect((await db.claims.get('a'))?.status).toBe('unverified');
    expect(await undo(db)).toBeNull();

    expect(await redo(db)).toBe('Set status to disputed');
    expect(await redo(db)).toBe('Set status to refuted');
    expect((await db.claims.get('a'))?.status).toBe('refuted');
    expect(await redo(db)).toBeNull();
  });

  it('drops the redo branch when a new change is made', async () => {
    await setClaimStatus(db, 'a', 'disputed');
    await undo(db);
    await setClaimStatus(db, 'b', 'corroborated');
    expect(await redo(db)).toBeNull();
    expect((await db.claims.get('a'))?.status).toBe('unverified');
  });

  it('undoes a multi-row step as one, including creation and deletion', async () => {
    await applyEdits(db, 'Replace a with c', [
      rowEdit<Claim>('claims', 'a', () => null),
      rowEdit<Claim>('claims', 'c', () => claim('c')),
    ]);
    expect(await db.claims.get('a')).toBeUndefined();
    expect(await db.claims.get('c')).toBeDefined();
    await undo(db);
    expect(await db.claims.get('a')).toEqual(claim('a'));
    expect(await db.claims.get('c')).toBeUndefined();
  });

  it('leaves the store untouched when an edit fails', async () => {
    await expect(setClaimStatus(db, 'missing', 'refuted')).rejects.toThrow(/no longer exists/);
    expect(await db.events.count()).toBe(0);
  });
});
