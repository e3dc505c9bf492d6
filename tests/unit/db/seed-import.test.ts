import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDatabase, type ClaimdeskDB } from '../../../src/renderer/src/db/db';
import { deleteSource } from '../../../src/renderer/src/db/sources';
import { setClaimStatus } from '../../../src/renderer/src/db/claims';
import {
  firstRunKey,
  importBundledSeeds,
  runFirstLaunch,
  type ImportProgress,
} from '../../../src/renderer/src/db/import/seeds';
import { diskPlatform } from '../../support/diskPlatform';
import { loadManifest, readSeedText } from '../../support/seeds';

const manifest = loadManifest();
let db: ClaimdeskDB;
beforeEach(() => {
  db = createDatabase(`seeds-${crypto.randomUUID()}`);
});
afterEach(() => db.close());

describe('first-run import of the bundled articles', () => {
  it('stores every seed with its curated metadata, outlet, speakers and suggested claims', async () => {
    const progress: ImportProgress[] = [];
    const report = await runFirstLaunch(db, diskPlatform(), (p) => progress.push(p));
    expect(report?.imported).toHaveLength(manifest.seeds.length);
    expect(report?.failed).toEqual([]);
    expect(progress.at(-1)).toEqual({
      done: manifest.seeds.length,
      total: manifest.seeds.length,
      current: null,
    });

    const sources = await db.sources.toArray();
    expect(sources).toHaveLength(manifest.seeds.length);
    for (const seed of manifest.seeds) {
      const source = sources.find((s) => s.origin.name === seed.file)!;
      expect(source.rawText).toBe(readSeedText(seed.file));
      expect(source).toMatchObject({
        title: seed.title,
        author: seed.author,
        publishedAt: seed.publishedAt,
        kind: seed.kind,
        origin: { type: 'seed', name: seed.file },
      });
      expect((await db.outlets.get(source.outletId!))?.name).toBe(seed.outlet);
      expect(source.contentHash).toMatch(/^[0-9a-f]{64}$/);
      const claims = await db.claims.where('sourceId').equals(source.id).toArray();
      expect(claims.length, seed.file).toBeGreaterThan(0);
      for (const claim of claims) {
        // Every anchor points at its exact words in the stored text.
        expect(source.text.slice(claim.anchor.start, claim.anchor.end)).toBe(claim.text);
        expect(claim.review).toBe('suggested');
        expect(claim.status).toBe('unverified');
      }
    }
    expect(await db.settings.get(firstRunKey)).toBeDefined();
    const krylov = await db.speakers.where('name').equals('Alexander Krylov').first();
    expect(krylov?.role).toMatch(/political scientist/i);
  });

  it('does nothing on a second launch', async () => {
    await runFirstLaunch(db, diskPlatform());
    const counts = [await db.sources.count(), await db.claims.count(), await db.speakers.count()];
    expect(await runFirstLaunch(db, diskPlatform())).toBeNull();
    expect([await db.sources.count(), await db.claims.count(), await db.speakers.count()]).toEqual(
      counts,
    );
  });

  it('goes on past a file that fails, and reports it', async () => {
    const broken = manifest.seeds[1]!.file;
    const platform = diskPlatform({
      readSeed: async (file) => {
        if (file === broken) throw new Error('disk read failed');
        return readSeedText(file);
      },
    });
    const report = await importBundledSeeds(db, platform);
    expect(report.failed).toEqual([{ file: broken, error: 'disk read failed' }]);
    expect(report.imported).toHaveLength(manifest.seeds.length - 1);
    expect(await db.sources.count()).toBe(manifest.seeds.length - 1);
  });

  it('re-import restores a deleted seed without touching the others or their edits', async () => {
    await runFirstLaunch(db, diskPlatform());
    const [kept, deleted] = await db.sources.limit(2).toArray();
    const editedClaim = (await db.claims.where('sourceId').equals(kept!.id).first())!;
    await setClaimStatus(db, editedClaim.id, 'disputed');
    await deleteSource(db, deleted!.id, deleted!.title);
    expect(await db.claims.where('sourceId').equals(deleted!.id).count()).toBe(0);

    const report = await importBundledSeeds(db, diskPlatform());
    expect(report.imported).toEqual([deleted!.origin.name]);
    expect(report.alreadyPresent).toHaveLength(manifest.seeds.length - 1);
    expect(await db.sources.count()).toBe(manifest.seeds.length);
    expect((await db.claims.get(editedClaim.id))?.status).toBe('disputed');
    expect((await db.sources.get(kept!.id))?.updatedAt).toBe(kept!.updatedAt);
  });

  it('reuses one speaker and one outlet across articles instead of duplicating them', async () => {
    await runFirstLaunch(db, diskPlatform());
    const names = (await db.speakers.toArray()).map((s) => s.name.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
    const outlets = (await db.outlets.toArray()).map((o) => o.name.toLowerCase());
    expect(new Set(outlets).size).toBe(outlets.length);
  });
});
