import { describeError } from '../../lib/quota';
import type { Platform } from '../../platform';
import type { ClaimdeskDB } from '../db';
import { commitArticle } from './commit';
import { prepareArticle } from './prepare';

export interface ImportProgress {
  done: number;
  total: number;
  current: string | null;
}

export interface SeedImportReport {
  imported: string[];
  alreadyPresent: string[];
  failed: { file: string; error: string }[];
}

export const firstRunKey = 'firstRun.completedAt';

// A full disk is explained, not passed on as IndexedDB's own words.
const message = describeError;

/**
 * Imports every bundled article that is not in the store yet, each in its own transaction, with
 * the manifest's curated metadata. A failing file is reported and the others go on. Sources the
 * user already has (same content hash) are left exactly as they are, edits included.
 */
export async function importBundledSeeds(
  db: ClaimdeskDB,
  platform: Platform,
  onProgress: (progress: ImportProgress) => void = () => {},
): Promise<SeedImportReport> {
  const report: SeedImportReport = { imported: [], alreadyPresent: [], failed: [] };
  const manifest = await platform.listSeeds();
  const total = manifest.seeds.length;
  for (const [index, seed] of manifest.seeds.entries()) {
    onProgress({ done: index, total, current: seed.title });
    try {
      const raw = await platform.readSeed(seed.file);
      const prepared = await prepareArticle(
        raw,
        { type: 'seed', name: seed.file },
        {
          title: seed.title,
          outlet: seed.outlet,
          author: seed.author,
          publishedAt: seed.publishedAt,
          kind: seed.kind,
        },
      );
      const result = await commitArticle(db, prepared);
      (result.status === 'imported' ? report.imported : report.alreadyPresent).push(seed.file);
    } catch (error) {
      report.failed.push({ file: seed.file, error: message(error) });
    }
  }
  onProgress({ done: total, total, current: null });
  return report;
}

/** Runs the seed import once per store; later launches find the flag and do nothing. */
export async function runFirstLaunch(
  db: ClaimdeskDB,
  platform: Platform,
  onProgress?: (progress: ImportProgress) => void,
): Promise<SeedImportReport | null> {
  if (await db.settings.get(firstRunKey)) return null;
  const report = await importBundledSeeds(db, platform, onProgress);
  // When every file failed (a broken install), try again on the next launch.
  if (report.imported.length + report.alreadyPresent.length > 0) {
    await db.settings.put({ key: firstRunKey, value: new Date().toISOString() });
  }
  return report;
}
