import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Claim, ClaimLink, Outlet, Source, Speaker } from '../../../src/shared/model';
import { editorNameKey, redo, undo } from '../../../src/renderer/src/db/changes';
import { createDatabase, type ClaimdeskDB } from '../../../src/renderer/src/db/db';
import {
  cleanAliases,
  countByIndex,
  deleteEntity,
  mergeEntities,
  updateOutlet,
  updateSpeaker,
} from '../../../src/renderer/src/db/entities';

const at = '2025-01-01T00:00:00.000Z';

const speaker = (id: string, name: string, extra: Partial<Speaker> = {}): Speaker => ({
  id,
  name,
  aliases: [],
  role: null,
  createdAt: at,
  updatedAt: at,
  ...extra,
});

const outlet = (id: string, name: string, extra: Partial<Outlet> = {}): Outlet => ({
  id,
  name,
  aliases: [],
  reliability: null,
  createdAt: at,
  updatedAt: at,
  ...extra,
});

function claim(id: string, speakerId: string | null, outletId: string | null): Claim {
  return {
    id,
    sourceId: 'src-1',
    text: `claim ${id}`,
    anchor: { start: 0, end: 7, prefix: '', suffix: '' },
    speakerId,
    outletId,
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
  };
}

const source = (id: string, outletId: string | null): Source => ({
  id,
  title: `Source ${id}`,
  outletId,
  author: null,
  publishedAt: null,
  kind: 'news',
  rawText: 'text',
  text: 'text',
  contentHash: `hash-${id}`,
  origin: { type: 'paste', name: null },
  importedAt: at,
  updatedAt: at,
});

const link: ClaimLink = {
  id: 'l1',
  fromClaimId: 'c2',
  toClaimId: 'c4',
  relation: 'corroborates',
  note: '',
  createdAt: at,
  updatedAt: at,
};

let db: ClaimdeskDB;
beforeEach(async () => {
  db = createDatabase(`entities-${crypto.randomUUID()}`);
  await db.speakers.bulkAdd([
    speaker('keep', 'Rasim Musabayov', { aliases: ['R. Musabayov'], role: null }),
    speaker('drop', 'Rasim Musabekov', { aliases: ['Musabekov'], role: 'Azerbaijani MP' }),
    speaker('other', 'Alexander Krylov'),
  ]);
  await db.outlets.bulkAdd([
    outlet('o1', 'Caliber', { reliability: null }),
    outlet('o2', 'Caliber.Az', { reliability: 'C' }),
  ]);
  await db.sources.bulkAdd([source('src-1', 'o1'), source('src-2', 'o2')]);
  await db.claims.bulkAdd([
    claim('c1', 'keep', 'o1'),
    claim('c2', 'drop', 'o2'),
    claim('c3', 'drop', 'o2'),
    claim('c4', 'other', 'o1'),
    claim('c5', null, null),
  ]);
  await db.links.add(link);
});
afterEach(() => db.close());

const speakerOf = async (id: string) => (await db.claims.get(id))?.speakerId;

describe('merging speakers', () => {
  it('re-points every claim, keeps the removed name as an alias and deletes the removed entry', async () => {
    await db.settings.put({ key: editorNameKey, value: 'Dana' });
    await mergeEntities(db, 'speakers', 'keep', 'drop');

    expect(await db.speakers.get('drop')).toBeUndefined();
    const kept = await db.speakers.get('keep');
    expect(kept?.name).toBe('Rasim Musabayov');
    expect(kept?.aliases).toEqual(['R. Musabayov', 'Rasim Musabekov', 'Musabekov']);
    // The kept entry had no role: it takes the removed one's.
    expect(kept?.role).toBe('Azerbaijani MP');
    expect(await db.claims.where('speakerId').equals('drop').count()).toBe(0);
    expect(await speakerOf('c2')).toBe('keep');
    expect(await speakerOf('c3')).toBe('keep');
    expect((await db.claims.get('c2'))?.updatedBy).toBe('Dana');
    // Claims of other speakers, and links, are untouched.
    expect(await speakerOf('c4')).toBe('other');
    expect(await speakerOf('c5')).toBeNull();
    // (The store adds the link's derived pair key on write.)
    expect(await db.links.get('l1')).toEqual({ ...link, pair: 'c2|c4' });
  });

  it('is one undoable step: undo restores both entries and every pointer, redo merges again', async () => {
    const before = await db.speakers.toArray();
    await mergeEntities(db, 'speakers', 'keep', 'drop');
    const events = await db.events.toArray();
    expect(new Set(events.map((e) => e.groupId)).size).toBe(1);
    expect(events[0]?.label).toBe('Merged speaker “Rasim Musabekov” into “Rasim Musabayov”');

    expect(await undo(db)).toBe('Merged speaker “Rasim Musabekov” into “Rasim Musabayov”');
    expect(await db.speakers.toArray()).toEqual(before);
    expect(await speakerOf('c2')).toBe('drop');
    expect(await speakerOf('c3')).toBe('drop');
    expect(await speakerOf('c1')).toBe('keep');
    expect(await undo(db)).toBeNull();

    await redo(db);
    expect(await db.speakers.get('drop')).toBeUndefined();
    expect(await speakerOf('c2')).toBe('keep');
    expect(await speakerOf('c3')).toBe('keep');
  });

  it('refuses to merge an entry with itself or with one that is gone, changing nothing', async () => {
    await expect(mergeEntities(db, 'speakers', 'keep', 'keep')).rejects.toThrow(/two different/);
    await expect(mergeEntities(db, 'speakers', 'keep', 'ghost')).rejects.toThrow(
      /no longer exists/,
    );
    expect(await db.events.count()).toBe(0);
    expect(await db.speakers.count()).toBe(3);
  });
});

describe('merging outlets', () => {
  it('re-points claims and sources, keeps the grade and the alias, and undoes as one', async () => {
    await mergeEntities(db, 'outlets', 'o1', 'o2');
    expect(await db.outlets.get('o2')).toBeUndefined();
    expect(await db.outlets.get('o1')).toMatchObject({ aliases: ['Caliber.Az'], reliability: 'C' });
    expect((await db.claims.get('c2'))?.outletId).toBe('o1');
    expect((await db.sources.get('src-2'))?.outletId).toBe('o1');

    await undo(db);
    expect((await db.outlets.get('o2'))?.reliability).toBe('C');
    expect((await db.outlets.get('o1'))?.reliability).toBeNull();
    expect((await db.claims.get('c2'))?.outletId).toBe('o2');
    expect((await db.sources.get('src-2'))?.outletId).toBe('o2');
  });
});

describe('editing', () => {
  it('saves name, role and cleaned aliases as one undoable step', async () => {
    await updateSpeaker(db, 'other', {
      name: '  Alexander   Krylov ',
      role: ' political scientist ',
      aliases: ['Krylov', 'krylov', ' ', 'Alexander Krylov', 'A. Krylov'],
    });
    expect(await db.speakers.get('other')).toMatchObject({
      name: 'Alexander Krylov',
      role: 'political scientist',
      aliases: ['Krylov', 'A. Krylov'],
    });
    await undo(db);
    expect(await db.speakers.get('other')).toEqual(speaker('other', 'Alexander Krylov'));
  });

  it('refuses an empty name', async () => {
    await expect(updateSpeaker(db, 'other', { name: '   ' })).rejects.toThrow(/needs a name/);
    expect((await db.speakers.get('other'))?.name).toBe('Alexander Krylov');
  });

  it('grades an outlet and clears the grade', async () => {
    await updateOutlet(db, 'o1', { reliability: 'B' });
    expect((await db.outlets.get('o1'))?.reliability).toBe('B');
    await updateOutlet(db, 'o1', { reliability: null });
    expect((await db.outlets.get('o1'))?.reliability).toBeNull();
    const labels = (await db.events.toArray()).map((e) => e.label);
    expect(labels).toEqual(['Graded outlet B', 'Cleared outlet grade']);
  });

  it('cleans aliases without repeating the name', () => {
    expect(cleanAliases(['A', 'a', 'B ', 'Name'], 'name')).toEqual(['A', 'B']);
  });
});

describe('deleting', () => {
  it('deletes an entry with no claims, undoably', async () => {
    await db.claims.delete('c4');
    await deleteEntity(db, 'speakers', 'other');
    expect(await db.speakers.get('other')).toBeUndefined();
    await undo(db);
    expect(await db.speakers.get('other')).toEqual(speaker('other', 'Alexander Krylov'));
  });

  it('refuses to delete an entry that claims or sources still name', async () => {
    await expect(deleteEntity(db, 'speakers', 'drop')).rejects.toThrow(/still has 2 claims/);
    await db.claims.bulkDelete(['c2', 'c3']);
    await expect(deleteEntity(db, 'outlets', 'o2')).rejects.toThrow(/outlet of 1 source/);
    expect(await db.speakers.count()).toBe(3);
    expect(await db.outlets.count()).toBe(2);
    expect(await db.events.count()).toBe(0);
  });
});

it('counts claims per entity from index keys', async () => {
  const counts = await countByIndex(db, 'claims', 'speakerId');
  expect(Object.fromEntries(counts)).toEqual({ keep: 1, drop: 2, other: 1 });
});

it('counts from known keys, and from the index when some row names an unknown key', async () => {
  const known = await countByIndex(db, 'claims', 'speakerId', ['keep', 'drop', 'other', 'none']);
  expect(Object.fromEntries(known)).toEqual({ keep: 1, drop: 2, other: 1, none: 0 });
  // "drop" is not among the known keys: its claims must still be counted.
  const partial = await countByIndex(db, 'claims', 'speakerId', ['keep', 'other']);
  expect(Object.fromEntries(partial)).toEqual({ keep: 1, drop: 2, other: 1 });
});
