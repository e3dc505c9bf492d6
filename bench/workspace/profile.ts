import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { schemaVersions } from '../../src/renderer/src/db/schema';
import { bundleForPage } from '../lib/bundle';
import { launchProfile } from '../lib/browser';
import type { ArchiveSpec } from './archive';
import type { SeedReport } from './page-seed';

const cacheRoot = resolve(import.meta.dirname, '../../node_modules/.cache/claimdesk-bench');

/**
 * A browser profile whose IndexedDB holds the generated archive, for the app at `origin`.
 * Writing 100,000 claims with their indexes takes the browser a minute, so the seeded profile is
 * kept (under node_modules/.cache, keyed by the archive, the schema and the origin) and each run
 * works on a fresh copy of it. BENCH_RESEED=1 writes it again.
 */
export async function seededProfile(origin: string, spec: ArchiveSpec) {
  const key = createHash('sha256')
    .update(JSON.stringify({ spec, schemaVersions, origin, format: 1 }))
    .digest('hex')
    .slice(0, 16);
  const cached = join(cacheRoot, `profile-${key}`);
  const reportFile = join(cached, 'seed-report.json');
  if (process.env.BENCH_RESEED === '1') rmSync(cached, { recursive: true, force: true });
  if (!existsSync(reportFile)) {
    console.log(
      `Seeding ${spec.sources.toLocaleString('en')} sources and ${spec.claims.toLocaleString('en')} claims into a browser profile (once; cached)…`,
    );
    mkdirSync(cacheRoot, { recursive: true });
    const building = mkdtempSync(join(cacheRoot, 'seeding-'));
    const browser = await launchProfile({ profileDir: building, keep: true });
    try {
      const page = await browser.context.newPage();
      // A page of the app's origin that does not start the app (the server answers 404).
      await page.goto(`${origin}__bench__`);
      await page.evaluate(await bundleForPage('bench/workspace/page-seed.ts'));
      const report = await page.evaluate(
        ([s]) =>
          (
            globalThis as unknown as {
              __claimdeskBenchEntry: {
                seedArchive: (s: ArchiveSpec, db: string) => Promise<SeedReport>;
              };
            }
          ).__claimdeskBenchEntry.seedArchive(s, 'claimdesk'),
        [spec] as const,
      );
      await browser.close();
      writeFileSync(join(building, 'seed-report.json'), JSON.stringify(report, null, 2));
      rmSync(cached, { recursive: true, force: true });
      renameSync(building, cached);
      console.log(
        `  generated in ${(report.generateMs / 1000).toFixed(1)} s, written in ${(report.writeMs / 1000).toFixed(1)} s`,
      );
    } catch (error) {
      await browser.close().catch(() => {});
      rmSync(building, { recursive: true, force: true });
      throw error;
    }
  }
  const report = JSON.parse(readFileSync(reportFile, 'utf8')) as SeedReport;
  const profileDir = mkdtempSync(join(tmpdir(), 'claimdesk-bench-run-'));
  cpSync(cached, profileDir, { recursive: true });
  return { profileDir, report };
}
