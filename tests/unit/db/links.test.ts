import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { suggestStatus, type EvidenceLink } from '../../../src/core/corroboration';
import { SimilarityIndex, rankPairs } from '../../../src/core/similarity';
import type { Claim } from '../../../src/shared/model';
import { redo, undo } from '../../../src/renderer/src/db/changes';
import { deleteClaim } from '../../../src/renderer/src/db/claims';
import { createDatabase, type ClaimdeskDB } from '../../../src/renderer/src/db/db';
import {
  createLink,
  deleteLink,
  findLink,
  linksOfClaim,
  updateLink,
} from '../../../src/renderer/src/db/links';
import { runFirstLaunch } from '../../../src/renderer/src/db/import/seeds';
import { diskPlatform } from '../../support/diskPlatform';

let db: ClaimdeskDB;
let name: string;
beforeEach(async () => {
  name = `links-${crypto.randomUUID()}`;
  db = createDatabase(name);
  await runFirstLaunch(db, diskPlatform());
});
afterEach(() => db.close());

/** The plane claim of a speaker, from the store the first launch built out of the seeds. */
async function planeClaim(speakerName: string): Promise<Claim> {
  const speaker = await db.speakers.where('name').equals(speakerName).first();
  const claims = await db.claims.where('speakerId').equals(speaker!.id).toArray();
  const claim = claims.find((c) => /plane|aircraft|airplane|airspace/i.test(c.text));
  expect(claim, speakerName).toBeDefined();
  return claim!;
}

const historyOf = (claimId: string) =>
  db.events.where('[table+key]').equals(['claims', claimId]).toArray();

describe('links between claims', () => {
  it('are made, changed and removed as undoable steps recorded in both claims’ histories', async () => {
    const krylov = await planeClaim('Alexander Krylov');
    const musabayov = await planeClaim('Rasim Musabayov');

    const id = await createLink(db, {
      fromClaimId: krylov.id,
      toClaimId: musabayov.id,
      relation: 'corroborates',
      note: ' both say the plane was brought down ',
    });
    expect(await db.links.get(id)).toMatchObject({
      fromClaimId: krylov.id,
      toClaimId: musabayov.id,
      relation: 'corroborates',
      note: 'both say the plane was brought down',
    });
    for (const claim of [krylov, musabayov]) {
      const history = await historyOf(claim.id);
      expect(history.map((e) => e.label)).toEqual([
        'Linked as corroborating: Alexander Krylov ↔ Rasim Musabayov',
      ]);
      expect((await db.claims.get(claim.id))!.status).toBe(claim.status);
      expect(await linksOfClaim(db, claim.id)).toHaveLength(1);
    }
    expect((await findLink(db, musabayov.id, krylov.id))?.id).toBe(id);

    await updateLink(db, id, { relation: 'contradicts' });
    expect((await db.links.get(id))!.relation).toBe('contradicts');
    expect((await historyOf(musabayov.id)).at(-1)!.label).toBe(
      'Changed a link to contradicting: Alexander Krylov ↔ Rasim Musabayov',
    );

    expect(await undo(db)).toMatch(/^Changed a link/);
    expect((await db.links.get(id))!.relation).toBe('corroborates');
    expect(await undo(db)).toMatch(/^Linked as corroborating/);
    expect(await db.links.get(id)).toBeUndefined();
    // The claims are back as they were, stamps included.
    expect(await db.claims.get(krylov.id)).toEqual(krylov);
    expect(await redo(db)).toMatch(/^Linked/);
    expect(await db.links.get(id)).toBeDefined();

    await deleteLink(db, id);
    expect(await db.links.count()).toBe(0);
    expect((await historyOf(krylov.id)).at(-1)!.label).toBe(
      'Removed a link (corroborates): Alexander Krylov ↔ Rasim Musabayov',
    );
    await undo(db);
    expect(await db.links.get(id)).toBeDefined();
  });

  it('refuses a second link between the same claims and a link to itself', async () => {
    const a = await planeClaim('Alexander Krylov');
    const b = await planeClaim('Olga Kurnosova');
    await createLink(db, { fromClaimId: a.id, toClaimId: b.id, relation: 'corroborates' });
    await expect(
      createLink(db, { fromClaimId: b.id, toClaimId: a.id, relation: 'contradicts' }),
    ).rejects.toThrow(/already linked \(corroborates\)/);
    await expect(
      createLink(db, { fromClaimId: a.id, toClaimId: a.id, relation: 'corroborates' }),
    ).rejects.toThrow(/itself/);
    expect(await db.links.count()).toBe(1);
    // Nothing half-written: the refused step left no event.
    const done = await db.events.where('state').equals('done').toArray();
    expect(new Set(done.map((e) => e.groupId)).size).toBe(1);
    expect(done.map((e) => e.table).sort()).toEqual(['claims', 'claims', 'links']);
  });

  it('survive closing and reopening the store, and go with a deleted claim (undoably)', async () => {
    const a = await planeClaim('Alexander Krylov');
    const b = await planeClaim('Vladimir Putin');
    const id = await createLink(db, {
      fromClaimId: a.id,
      toClaimId: b.id,
      relation: 'corroborates',
    });
    db.close();
    db = createDatabase(name);
    expect((await db.links.get(id))?.relation).toBe('corroborates');
    await deleteClaim(db, b.id);
    expect(await db.links.get(id)).toBeUndefined();
    await undo(db);
    expect(await db.links.get(id)).toBeDefined();
  });
});

describe('corroboration from links in the seeded store', () => {
  it('turns the top suggested pair of two seeds, once confirmed, into a corroborated suggestion', async () => {
    const claims = await db.claims.toArray();
    const sources = await db.sources.toArray();
    const alpha = sources.find((s) => s.origin.name?.startsWith('000'))!;
    const caliber = sources.find((s) => s.origin.name?.startsWith('003'))!;
    const index = new SimilarityIndex(claims);
    const [top] = rankPairs(index, [alpha.id, caliber.id]);
    expect(top).toBeDefined();
    const krylov = await planeClaim('Alexander Krylov');
    expect([top!.a, top!.b]).toContain(krylov.id);

    const names = {
      outlet: (id: string | null) => (id ? id : '?'),
      speaker: (id: string | null) => (id ? id : '?'),
    };
    const evidence = async (claim: Claim): Promise<EvidenceLink[]> =>
      Promise.all(
        (await linksOfClaim(db, claim.id)).map(async (link) => {
          const other = (await db.claims.get(
            link.fromClaimId === claim.id ? link.toClaimId : link.fromClaimId,
          ))!;
          return {
            relation: link.relation,
            other: { claimId: other.id, outletId: other.outletId, speakerId: other.speakerId },
          };
        }),
      );
    const asEvidence = (c: Claim) => ({
      claimId: c.id,
      outletId: c.outletId,
      speakerId: c.speakerId,
    });
    expect(suggestStatus(asEvidence(krylov), await evidence(krylov), names).status).toBe(
      'unverified',
    );

    await createLink(db, { fromClaimId: top!.a, toClaimId: top!.b, relation: 'corroborates' });
    const suggested = suggestStatus(asEvidence(krylov), await evidence(krylov), names);
    expect(suggested.status).toBe('corroborated');
    // The editor's own status is untouched.
    expect((await db.claims.get(krylov.id))!.status).toBe('unverified');
  });
});
