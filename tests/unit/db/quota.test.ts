import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setClaimStatus } from '../../../src/renderer/src/db/claims';
import type { ClaimdeskDB } from '../../../src/renderer/src/db/db';
import { importArticles, prepareInput } from '../../../src/renderer/src/db/import/articles';
import { importBundledSeeds } from '../../../src/renderer/src/db/import/seeds';
import { quotaMessage } from '../../../src/renderer/src/lib/quota';
import { diskPlatform } from '../../support/diskPlatform';
import { errorMessage } from '../../../src/renderer/src/lib/errors';
import { loadManifest, readSeedText } from '../../support/seeds';
import { freshDb, snapshot, workedStore } from '../backup/helpers';

/** What IndexedDB raises when the disk or the origin's quota is full. */
const quotaError = () =>
  new DOMException('The current transaction exceeded its quota limitations.', 'QuotaExceededError');

const open: ClaimdeskDB[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  for (const d of open.splice(0)) d.close();
});
async function worked() {
  const db = await workedStore(freshDb('quota'));
  open.push(db);
  return db;
}

describe('a full disk', () => {
  it('during an edit: the edit is refused with a clear message, and nothing else changes', async () => {
    const db = await worked();
    const before = await snapshot(db);
    const claim = before.claims.find((c) => c.status === 'unverified')!;
    // As Dexie reports it when the transaction aborts: AbortError with the quota error inside.
    vi.spyOn(db.table('claims'), 'put').mockRejectedValue(
      new Dexie.AbortError('Transaction aborted', quotaError()),
    );

    const failure = await setClaimStatus(db, claim.id, 'refuted').then(
      () => null,
      (error: unknown) => error,
    );
    expect(errorMessage(failure)).toBe(
      'The disk is full, or this app’s storage quota is used up, so this change was not saved. Everything saved before is safe. Free some space (or back up and remove old sources) and try again.',
    );
    // No status, no history row: the store is exactly as before.
    expect(await snapshot(db)).toEqual(before);
  });

  it('during an import: articles before it are kept, it is absent, the rest are not tried', async () => {
    const db = await worked();
    const before = await snapshot(db);
    const noHtml = () => {
      throw new Error('no HTML here');
    };
    // Three articles not in the store yet: seed texts as another site reposted them.
    const inputs = await Promise.all(
      loadManifest()
        .seeds.slice(0, 3)
        .map((seed, i) =>
          prepareInput(
            {
              type: 'paste',
              name: `repost-${i}.txt`,
              text: `Reposted.\n\n${readSeedText(seed.file)}`,
            },
            noHtml,
          ),
        ),
    );
    // The disk fills up at the second article, however the import groups its transactions.
    const hashOf = (input: (typeof inputs)[number]) =>
      input.state === 'ready' ? input.article.contentHash : '';
    const add = db.sources.add.bind(db.sources);
    vi.spyOn(db.sources, 'add').mockImplementation((source) =>
      source.contentHash === hashOf(inputs[1]!) ? Dexie.Promise.reject(quotaError()) : add(source),
    );

    const outcomes = await importArticles(
      db,
      inputs.map((input) => ({ input })),
    );
    expect(outcomes.map((o) => o.status)).toEqual(['imported', 'failed', 'failed']);
    const [first, full, rest] = outcomes;
    expect(full).toMatchObject({
      name: 'repost-1.txt',
      problem: expect.stringMatching(
        /^Not stored, because the disk is full .* Articles imported before it, and everything else saved before, are safe\. Free some space/,
      ),
    });
    expect(rest).toMatchObject({
      problem: expect.stringMatching(/^Not tried: the disk was already full/),
    });
    // Once the disk was found full, the third was not tried again on its own: it was only sent
    // with the group that failed.
    const tried = vi.mocked(db.sources.add).mock.calls.map(([source]) => source.contentHash);
    expect(tried.filter((hash) => hash === hashOf(inputs[1]!))).toHaveLength(2);
    expect(tried.filter((hash) => hash === hashOf(inputs[2]!))).toHaveLength(1);

    // Everything from before is intact; the first article is complete; the second left nothing
    // (its outlet, speakers and claims went with its transaction).
    const after = await snapshot(db);
    const firstId = first!.status === 'imported' ? first!.sourceId : '';
    expect(after.sources.filter((s) => s.id !== firstId)).toEqual(before.sources);
    expect(after.claims.filter((c) => c.sourceId !== firstId)).toEqual(before.claims);
    expect(after.claims.filter((c) => c.sourceId === firstId)).toHaveLength(
      first!.status === 'imported' ? first!.claims : -1,
    );
    const newIds = (rows: { id: string }[], old: { id: string }[]) =>
      rows.filter((r) => !old.some((o) => o.id === r.id));
    const firstSource = after.sources.find((s) => s.id === firstId)!;
    for (const outlet of newIds(after.outlets, before.outlets)) {
      expect(outlet.id).toBe(firstSource.outletId);
    }
    const firstSpeakers = new Set(
      after.claims.filter((c) => c.sourceId === firstId).map((c) => c.speakerId),
    );
    for (const speaker of newIds(after.speakers, before.speakers)) {
      expect(firstSpeakers.has(speaker.id)).toBe(true);
    }
    expect(after.speakers.filter((s) => before.speakers.some((b) => b.id === s.id))).toEqual(
      before.speakers,
    );
    expect(after.links).toEqual(before.links);
    expect(after.events.slice(0, before.events.length)).toEqual(before.events);
    expect(after.events).toHaveLength(before.events.length + 1); // the first article's import
  });

  it('during the first-run import of the bundled articles: each failure says the disk is full', async () => {
    const db = freshDb('quota');
    open.push(db);
    vi.spyOn(db.sources, 'add').mockRejectedValue(quotaError());
    const report = await importBundledSeeds(db, diskPlatform());
    expect(report.imported).toEqual([]);
    expect(report.failed.map((f) => f.error)).toEqual(loadManifest().seeds.map(() => quotaMessage));
    expect(await db.sources.count()).toBe(0);
    expect(await db.outlets.count()).toBe(0);
  });
});
