import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { parseBackup } from '../../../src/core/backup';
import {
  clearStore,
  createBackup,
  isStoreEmpty,
  restoreMerging,
  restoreReplacing,
  storeCounts,
} from '../../../src/renderer/src/db/backup';
import { setClaimStatus } from '../../../src/renderer/src/db/claims';
import { undo } from '../../../src/renderer/src/db/changes';
import type { ClaimdeskDB } from '../../../src/renderer/src/db/db';
import { currentSchemaVersion } from '../../../src/renderer/src/db/schema';
import { freshDb, snapshot, workedStore } from './helpers';

const open: ClaimdeskDB[] = [];
const db = (prefix?: string) => {
  const d = freshDb(prefix);
  open.push(d);
  return d;
};
afterEach(() => {
  for (const d of open.splice(0)) d.close();
});

async function backupOf(store: ClaimdeskDB) {
  const file = await createBackup(store);
  const parsed = parseBackup(new TextDecoder().decode(file.bytes), {
    schemaVersion: currentSchemaVersion,
  });
  if (!parsed.ok) throw new Error(parsed.problem);
  return { file, backup: parsed.backup, warnings: parsed.warnings };
}

describe('backup and restore', () => {
  it('gives back exactly the same tables, history and settings included', async () => {
    const source = await workedStore(db());
    const { file, backup, warnings } = await backupOf(source);
    expect(warnings).toEqual([]);
    expect(file.fileName).toMatch(/^claimdesk-backup-\d{4}-\d{2}-\d{2}-\d{4}\.json$/);
    expect(file.counts.events).toBeGreaterThan(3);

    const target = db();
    const report = await restoreReplacing(target, backup);
    expect(report.restored).toEqual(await storeCounts(source));
    const [before, after] = [await snapshot(source), await snapshot(target)];
    for (const table of Object.keys(before) as (keyof typeof before)[]) {
      expect(after[table], table).toEqual(before[table]);
    }
    // Undo keeps working on the restored history.
    expect(await undo(target)).toBe('Edited');
  });

  it('backup → clear → restore brings the store back; clearing keeps the settings', async () => {
    const store = await workedStore(db());
    const before = await snapshot(store);
    const { backup } = await backupOf(store);
    const cleared = await clearStore(store);
    expect(cleared.claims).toBe(before.claims.length);
    expect(await isStoreEmpty(store)).toBe(true);
    expect(await store.settings.count()).toBe(before.settings.length);
    await restoreReplacing(store, backup);
    expect(await snapshot(store)).toEqual(before);
  });

  it('a merge of the same backup changes nothing and duplicates nothing', async () => {
    const store = await workedStore(db());
    const before = await snapshot(store);
    const { backup } = await backupOf(store);
    const result = await restoreMerging(store, backup, 'Merged');
    expect(result.groupId).toBeNull();
    expect(result.report.conflicts).toEqual([]);
    expect(result.report.events.added).toBe(0);
    expect(await snapshot(store)).toEqual(before);
  });

  it('merges a colleague’s store: same articles matched by content hash, newer edits win, one undoable step', async () => {
    const mine = await workedStore(db('mine'));
    // The colleague imported the same articles on their own machine (other ids), and worked on them.
    const theirs = await workedStore(db('theirs'));
    const theirClaim = (await theirs.claims.orderBy('id').first())!;
    await new Promise((r) => setTimeout(r, 5));
    await setClaimStatus(theirs, theirClaim.id, 'corroborated');
    const { backup } = await backupOf(theirs);

    const theirSource = (await theirs.sources.get(theirClaim.sourceId))!;
    const mySource = (await mine.sources
      .where('contentHash')
      .equals(theirSource.contentHash)
      .first())!;
    const mineClaim = (await mine.claims
      .where('sourceId')
      .equals(mySource.id)
      .filter((c) => c.anchor.start === theirClaim.anchor.start && c.text === theirClaim.text)
      .first())!;
    expect(mineClaim.id).not.toBe(theirClaim.id);

    const countsBefore = await storeCounts(mine);
    const result = await restoreMerging(mine, backup, 'Merged their backup');
    const report = result.report;
    // Nothing duplicated: same sources (by hash), same claims (by span), same people (by name).
    const countsAfter = await storeCounts(mine);
    for (const table of ['sources', 'claims', 'speakers', 'outlets'] as const) {
      expect(countsAfter[table], table).toBe(countsBefore[table]);
    }
    expect(report.matchedElsewhere.sources).toBe(countsBefore.sources);
    // Their newer status won, and the conflict is reported.
    expect((await mine.claims.get(mineClaim.id))!.status).toBe('corroborated');
    expect(report.conflicts.some((c) => c.id === mineClaim.id && c.winner === 'backup')).toBe(true);
    // Their history joins mine as read-only entries, under my ids.
    expect(report.events.added).toBeGreaterThan(0);
    const history = await mine.events
      .where('[table+key]')
      .equals(['claims', mineClaim.id])
      .toArray();
    expect(history.some((e) => e.state === 'log' && e.label === 'Set status to corroborated')).toBe(
      true,
    );

    // One undo takes the whole merge back.
    expect(await undo(mine)).toBe('Merged their backup');
    expect(await mine.claims.get(mineClaim.id)).toEqual(mineClaim);
    expect(await storeCounts(mine)).toMatchObject({
      sources: countsBefore.sources,
      claims: countsBefore.claims,
    });
  });
});
