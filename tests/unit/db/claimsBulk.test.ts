import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Claim } from '../../../src/shared/model';
import { redo, undo } from '../../../src/renderer/src/db/changes';
import {
  bulkAddTags,
  bulkRemoveTags,
  bulkSetStatus,
} from '../../../src/renderer/src/db/claimsBulk';
import { createDatabase, type ClaimdeskDB } from '../../../src/renderer/src/db/db';

function claim(id: string, overrides: Partial<Claim> = {}): Claim {
  const at = '2025-01-01T00:00:00.000Z';
  return {
    id,
    sourceId: 's1',
    text: `claim ${id}`,
    anchor: { start: 0, end: 7, prefix: '', suffix: '' },
    speakerId: null,
    outletId: null,
    kind: 'direct',
    status: 'unverified',
    credibility: null,
    tags: [],
    note: '',
    review: 'suggested',
    confidence: 0.9,
    createdAt: at,
    updatedAt: at,
    updatedBy: null,
    ...overrides,
  };
}

let db: ClaimdeskDB;
beforeEach(async () => {
  db = createDatabase(`bulk-${crypto.randomUUID()}`);
  await db.claims.bulkAdd([
    claim('a'),
    claim('b', { tags: ['energy'] }),
    claim('c', { status: 'refuted' }),
    claim('d'),
  ]);
});
afterEach(() => db.delete());

const statuses = async () => (await db.claims.orderBy('id').toArray()).map((c) => c.status);

describe('bulk status', () => {
  it('changes three claims as one undoable step, and undo restores all of them', async () => {
    const result = await bulkSetStatus(db, ['a', 'b', 'c'], 'disputed', 'Disputed');
    expect(result.changed).toBe(3);
    expect(await statuses()).toEqual(['disputed', 'disputed', 'disputed', 'unverified']);

    const events = await db.events.toArray();
    expect(events).toHaveLength(3);
    expect(new Set(events.map((e) => e.groupId))).toEqual(new Set([result.groupId]));
    expect(events[0]!.label).toBe('Set status to Disputed on 3 claims');

    expect(await undo(db)).toBe('Set status to Disputed on 3 claims');
    expect(await statuses()).toEqual(['unverified', 'unverified', 'refuted', 'unverified']);
    // One step: a second undo has nothing left to revert.
    expect(await undo(db)).toBeNull();

    expect(await redo(db)).toBe('Set status to Disputed on 3 claims');
    expect(await statuses()).toEqual(['disputed', 'disputed', 'disputed', 'unverified']);
  });

  it('skips claims that already have the status, and writes nothing when none changes', async () => {
    const result = await bulkSetStatus(db, ['c', 'd'], 'refuted');
    expect(result.changed).toBe(1);
    expect((await db.events.toArray()).map((e) => e.key)).toEqual(['d']);

    const none = await bulkSetStatus(db, ['c', 'd', 'missing'], 'refuted');
    expect(none).toEqual({ changed: 0, groupId: null });
    expect(await db.events.count()).toBe(1);
  });

  it('stamps who changed the claims and when', async () => {
    await db.settings.put({ key: 'editor.name', value: 'Ada' });
    await bulkSetStatus(db, ['a', 'b'], 'corroborated');
    const a = (await db.claims.get('a'))!;
    expect(a.updatedBy).toBe('Ada');
    expect(a.updatedAt).not.toBe('2025-01-01T00:00:00.000Z');
  });
});

describe('bulk tags', () => {
  it('adds tags once per claim, as one step', async () => {
    const result = await bulkAddTags(db, ['a', 'b'], ['energy', ' courts ', '']);
    expect(result.changed).toBe(2);
    expect((await db.claims.get('a'))!.tags).toEqual(['energy', 'courts']);
    expect((await db.claims.get('b'))!.tags).toEqual(['energy', 'courts']);
    expect(new Set((await db.events.toArray()).map((e) => e.groupId)).size).toBe(1);

    await undo(db);
    expect((await db.claims.get('a'))!.tags).toEqual([]);
    expect((await db.claims.get('b'))!.tags).toEqual(['energy']);
  });

  it('removes tags from the claims that carry them', async () => {
    await bulkAddTags(db, ['a', 'c'], ['courts']);
    const result = await bulkRemoveTags(db, ['a', 'b', 'c', 'd'], ['energy', 'courts']);
    expect(result.changed).toBe(3);
    for (const id of ['a', 'b', 'c']) expect((await db.claims.get(id))!.tags).toEqual([]);
    expect(await undo(db)).toMatch(/^Removed “energy”, “courts” from 3 claims$/);
    expect((await db.claims.get('b'))!.tags).toEqual(['energy']);
    expect((await db.claims.get('c'))!.tags).toEqual(['courts']);
  });
});
