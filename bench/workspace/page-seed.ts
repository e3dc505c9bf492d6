/**
 * Runs inside the benchmark's browser page (bundled by bench/lib/bundle.ts): generates the archive
 * and writes it into the app's own IndexedDB store, with the app's schema, in large transactions.
 */
import { createDatabase } from '../../src/renderer/src/db/db';
import { firstRunKey } from '../../src/renderer/src/db/import/seeds';
import { generateArchive, type ArchiveSpec } from './archive';

export interface SeedReport {
  generateMs: number;
  writeMs: number;
  counts: { sources: number; claims: number; speakers: number; outlets: number };
  /** Ids the benchmark filters by: busy speaker, outlet and source, and a few claim words. */
  samples: {
    speakerId: string;
    outletId: string;
    sourceId: string;
    tag: string;
    claimWords: string[];
    sourceOnlyWords: string[];
  };
}

export async function seedArchive(spec: ArchiveSpec, dbName: string): Promise<SeedReport> {
  const t0 = performance.now();
  const archive = generateArchive(spec);
  const t1 = performance.now();
  const db = createDatabase(dbName);
  await db.open();
  await db.transaction('rw', [db.speakers, db.outlets, db.settings], async () => {
    await db.speakers.bulkAdd(archive.speakers);
    await db.outlets.bulkAdd(archive.outlets);
    // The archive stands in for the first run: the five bundled articles are not imported.
    await db.settings.put({ key: firstRunKey, value: new Date().toISOString() });
  });
  for (let i = 0; i < archive.sources.length; i += 500) {
    await db.sources.bulkAdd(archive.sources.slice(i, i + 500));
  }
  for (let i = 0; i < archive.claims.length; i += 10_000) {
    await db.claims.bulkAdd(archive.claims.slice(i, i + 10_000));
  }
  const t2 = performance.now();

  const most = <T>(values: T[]) => {
    const counts = new Map<T, number>();
    for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
  };
  const claimWords = new Set<string>();
  for (const claim of archive.claims.slice(0, 2000)) {
    for (const w of claim.text.toLowerCase().match(/\p{L}{7,}/gu) ?? []) claimWords.add(w);
  }
  const sourceOnly = new Set<string>();
  const source = archive.sources[17]!;
  const claimText = archive.claims
    .filter((c) => c.sourceId === source.id)
    .map((c) => c.text.toLowerCase())
    .join(' ');
  for (const w of source.text.toLowerCase().match(/\p{L}{8,}/gu) ?? []) {
    if (!claimText.includes(w)) sourceOnly.add(w);
  }
  const report: SeedReport = {
    generateMs: t1 - t0,
    writeMs: t2 - t1,
    counts: {
      sources: archive.sources.length,
      claims: archive.claims.length,
      speakers: archive.speakers.length,
      outlets: archive.outlets.length,
    },
    samples: {
      speakerId: most(archive.claims.map((c) => c.speakerId).filter((s): s is string => !!s)),
      outletId: most(archive.claims.map((c) => c.outletId).filter((s): s is string => !!s)),
      sourceId: archive.sources[3]!.id,
      tag: most(archive.claims.flatMap((c) => c.tags)),
      claimWords: [...claimWords].slice(0, 40),
      sourceOnlyWords: [...sourceOnly].slice(0, 10),
    },
  };
  db.close();
  return report;
}
