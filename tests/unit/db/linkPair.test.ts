import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { parseBackup } from '../../../src/core/backup';
import { linkPair } from '../../../src/core/links/pair';
import type { ClaimLink } from '../../../src/shared/model';
import {
  createBackup,
  restoreMerging,
  restoreReplacing,
} from '../../../src/renderer/src/db/backup';
import type { ClaimdeskDB } from '../../../src/renderer/src/db/db';
import { createLink, findLink } from '../../../src/renderer/src/db/links';
import { currentSchemaVersion } from '../../../src/renderer/src/db/schema';
import { freshDb, workedStore } from '../backup/helpers';

const open: ClaimdeskDB[] = [];
const db = () => {
  const d = freshDb('pair');
  open.push(d);
  return d;
};
afterEach(() => {
  for (const d of open.splice(0)) d.close();
});

describe("a link's pair", () => {
  it('is the same string whichever way round', () => {
    expect(linkPair('b', 'a')).toBe('a|b');
    expect(linkPair('a', 'b')).toBe('a|b');
  });

  it('is set by the store on every write, so a link is found from either end', async () => {
    const store = await workedStore(db());
    const [a, b, c] = await store.claims.orderBy('id').offset(4).limit(3).primaryKeys();
    const id = await createLink(store, { fromClaimId: b!, toClaimId: a!, relation: 'contradicts' });
    expect((await store.links.get(id))?.pair).toBe(linkPair(a!, b!));
    expect((await findLink(store, a!, b!))?.id).toBe(id);
    expect((await findLink(store, b!, a!))?.id).toBe(id);
    await expect(
      createLink(store, { fromClaimId: a!, toClaimId: b!, relation: 'corroborates' }),
    ).rejects.toThrow(/already linked \(contradicts\)/);

    // A row written without it (as schema 1 and its history and backups hold them) gets it, and
    // an edit of one end moves it.
    await store.links.put({ ...(await store.links.get(id))!, pair: undefined });
    expect((await store.links.get(id))?.pair).toBe(linkPair(a!, b!));
    await store.links.update(id, { toClaimId: c! });
    expect((await store.links.get(id))?.pair).toBe(linkPair(b!, c!));
    expect(await findLink(store, a!, b!)).toBeUndefined();
  });

  it('is added to the links of a schema-1 backup, which then merges as unchanged', async () => {
    const source = await workedStore(db());
    const parsed = parseBackup(new TextDecoder().decode((await createBackup(source)).bytes), {
      schemaVersion: currentSchemaVersion,
    });
    if (!parsed.ok) throw new Error(parsed.problem);
    // The same backup as schema 1 wrote it: links without their pair.
    const links = parsed.backup.tables.links.map(({ pair: _pair, ...link }) => link as ClaimLink);
    expect(links.length).toBeGreaterThan(0);
    const old = {
      ...parsed.backup,
      schemaVersion: 1,
      tables: { ...parsed.backup.tables, links },
    };

    const target = db();
    await restoreReplacing(target, old);
    expect(await target.links.toArray()).toEqual(
      links.map((l) => ({ ...l, pair: linkPair(l.fromClaimId, l.toClaimId) })),
    );
    const merged = await restoreMerging(target, old, 'Merged the old backup');
    expect(merged.report.unchanged.links).toBe(links.length);
    expect(merged.report.conflicts).toEqual([]);
    expect(merged.groupId).toBeNull();
  });
});
