import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Claim } from '../../../src/shared/model';
import { defaultStatuses, type StatusDefinition } from '../../../src/shared/statuses';
import { setClaimStatus } from '../../../src/renderer/src/db/claims';
import { editorNameKey, redo, undo } from '../../../src/renderer/src/db/changes';
import { createDatabase, type ClaimdeskDB } from '../../../src/renderer/src/db/db';
import {
  dismissedMergesKey,
  dismissMergeProposal,
  newStatusId,
  pairKey,
  resetStatuses,
  restoreMergeProposals,
  saveStatuses,
  setEditorName,
  statusesKey,
  storedStatuses,
  vocabularyProblem,
} from '../../../src/renderer/src/db/settings';

function claim(id: string, status: string): Claim {
  const at = '2025-01-01T00:00:00.000Z';
  return {
    id,
    sourceId: 's1',
    text: id,
    anchor: { start: 0, end: 1, prefix: '', suffix: '' },
    speakerId: null,
    outletId: null,
    kind: 'direct',
    status,
    credibility: null,
    tags: [],
    note: '',
    review: 'suggested',
    confidence: null,
    createdAt: at,
    updatedAt: at,
    updatedBy: null,
  };
}

const stored = async (key: string) => (await db.settings.get(key))?.value;

let db: ClaimdeskDB;
beforeEach(async () => {
  db = createDatabase(`settings-${crypto.randomUUID()}`);
  await db.claims.bulkAdd([claim('a', 'disputed'), claim('b', 'unverified')]);
});
afterEach(() => db.close());

describe('editor name', () => {
  it('is stored, recorded as the actor of later changes, and undoable', async () => {
    await setEditorName(db, '  Dana   Ortiz ');
    expect(await stored(editorNameKey)).toBe('Dana Ortiz');
    await setClaimStatus(db, 'a', 'refuted');
    const last = await db.events.orderBy('seq').last();
    expect(last?.actor).toBe('Dana Ortiz');
    await undo(db);
    await undo(db);
    expect(await stored(editorNameKey)).toBeUndefined();
  });

  it('is cleared by an empty name', async () => {
    await setEditorName(db, 'Dana');
    await setEditorName(db, '   ');
    expect(await db.settings.get(editorNameKey)).toBeUndefined();
    expect((await db.events.orderBy('seq').last())?.label).toBe('Cleared editor name');
  });
});

describe('status vocabulary', () => {
  const withExtra: StatusDefinition[] = [
    ...defaultStatuses,
    { id: 'satire', label: 'Satire', color: 'pink', description: 'Not meant literally.' },
  ];

  it('saves a valid vocabulary as one undoable step', async () => {
    await saveStatuses(db, withExtra, 'Added status Satire');
    expect(await stored(statusesKey)).toEqual(withExtra);
    expect(await undo(db)).toBe('Added status Satire');
    expect(await db.settings.get(statusesKey)).toBeUndefined();
    await redo(db);
    expect(await stored(statusesKey)).toEqual(withExtra);
  });

  it('refuses to drop a status that claims still use, and says why', async () => {
    const withoutDisputed = defaultStatuses.filter((s) => s.id !== 'disputed');
    await expect(saveStatuses(db, withoutDisputed, 'Removed')).rejects.toThrow(
      /1 claim still has the status “Disputed”/,
    );
    expect(await db.settings.get(statusesKey)).toBeUndefined();
    expect(await db.events.count()).toBe(0);
    // Unused statuses may go.
    const withoutRefuted = defaultStatuses.filter((s) => s.id !== 'refuted');
    await saveStatuses(db, withoutRefuted, 'Removed Refuted');
    expect((await stored(statusesKey)) as StatusDefinition[]).toHaveLength(5);
  });

  it('validates labels, colours, unique ids and the default status', () => {
    const renamed = (patch: Partial<StatusDefinition>) =>
      defaultStatuses.map((s, i) => (i === 1 ? { ...s, ...patch } : s));
    expect(vocabularyProblem(defaultStatuses)).toBeNull();
    expect(vocabularyProblem(renamed({ label: '  ' }))).toMatch(/needs a label/);
    expect(vocabularyProblem(renamed({ color: 'chartreuse' }))).toMatch(/palette/);
    expect(vocabularyProblem(renamed({ label: 'unverified' }))).toMatch(
      /Another status is already called “Unverified”/,
    );
    expect(vocabularyProblem(renamed({ id: 'unverified' }))).toMatch(/share the id/);
    expect(vocabularyProblem(defaultStatuses.slice(1))).toMatch(
      /cannot|can be renamed but not removed/,
    );
    expect(vocabularyProblem([])).toMatch(/at least one/);
  });

  it('falls back to the defaults when the stored value is not a valid vocabulary', () => {
    expect(storedStatuses([{ id: 'x' }])).toBe(defaultStatuses);
    expect(storedStatuses(withExtra)).toBe(withExtra);
  });

  it('makes unique ids for new statuses', () => {
    expect(newStatusId('Satire & parody', defaultStatuses)).toBe('satire-parody');
    expect(newStatusId('Disputed', defaultStatuses)).toBe('disputed-2');
    expect(newStatusId('¿¡', defaultStatuses)).toBe('status');
  });

  it('resets to the defaults, keeping own statuses that claims use', async () => {
    const own: StatusDefinition[] = [
      ...defaultStatuses.map((s) => (s.id === 'refuted' ? { ...s, label: 'False' } : s)),
      { id: 'satire', label: 'Satire', color: 'pink', description: '' },
      { id: 'misleading', label: 'Misleading', color: 'yellow', description: '' },
    ];
    await saveStatuses(db, own, 'Own vocabulary');
    await db.claims.add(claim('c', 'satire'));
    expect(await resetStatuses(db)).toEqual(['Satire']);
    const after = (await stored(statusesKey)) as StatusDefinition[];
    expect(after.map((s) => s.label)).toEqual([...defaultStatuses.map((s) => s.label), 'Satire']);

    await db.claims.delete('c');
    expect(await resetStatuses(db)).toEqual([]);
    expect(await db.settings.get(statusesKey)).toBeUndefined();
    await undo(db);
    await undo(db);
    expect(await stored(statusesKey)).toEqual(own);
  });
});

describe('dismissed merge proposals', () => {
  it('are remembered whatever the order of the pair, undoably, and can be restored', async () => {
    await dismissMergeProposal(db, 'b', 'a', 'Not the same');
    await dismissMergeProposal(db, 'a', 'b', 'Not the same');
    await dismissMergeProposal(db, 'c', 'd', 'Not the same');
    expect(await stored(dismissedMergesKey)).toEqual([pairKey('a', 'b'), pairKey('c', 'd')]);
    await undo(db);
    expect(await stored(dismissedMergesKey)).toEqual(['a|b']);
    await restoreMergeProposals(db);
    expect(await db.settings.get(dismissedMergesKey)).toBeUndefined();
  });
});
