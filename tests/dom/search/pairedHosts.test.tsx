import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ClaimdeskDB } from '../../../src/renderer/src/db/db';
import { createDatabase } from '../../../src/renderer/src/db/db';
import { ArchiveSearch, makeBatch, type SearchHits } from '../../../src/renderer/src/lib/search';
import { SearchHost } from '../../../src/renderer/src/lib/search/host';
import type { ClientMessage, HostMessage } from '../../../src/renderer/src/lib/search/protocol';
import { seededDatabase } from '../claims-table/seed';

/**
 * jsdom has no Web Workers: this one runs the worker script's host in the page, with messages
 * crossing asynchronously and structured-cloned, as between threads.
 */
class InPageWorker {
  static started: string[] = [];
  onmessage: ((event: MessageEvent<HostMessage>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  private host: SearchHost | null = null;

  constructor(_url: URL, options: { name?: string }) {
    InPageWorker.started.push(options.name ?? '');
  }

  postMessage(message: ClientMessage) {
    const copy = structuredClone(message);
    setTimeout(() => {
      if (copy.type === 'init') {
        const send = (reply: HostMessage) =>
          setTimeout(() => this.onmessage?.({ data: structuredClone(reply) } as MessageEvent));
        this.host = new SearchHost(createDatabase(copy.dbName), send, copy.part);
        this.host.start();
      } else this.host?.receive(copy);
    });
  }

  terminate() {
    this.host?.close();
  }
}

const seedDir = resolve(import.meta.dirname, '../../../seeds');
const seedTexts = readdirSync(seedDir)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => readFileSync(join(seedDir, name), 'utf8'));
// Claims: the seeds' paragraphs, by slot.
const claimTexts = seedTexts.flatMap((text) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 40),
);

async function archiveWithSeeds(): Promise<ClaimdeskDB> {
  const db = await seededDatabase();
  const at = '2025-07-03T12:00:00.000Z';
  await db.sources.bulkAdd(
    seedTexts.map((text, i) => ({
      id: `seed-${i}`,
      title: text.split('\n')[0]!.slice(0, 80),
      outletId: null,
      author: null,
      publishedAt: null,
      kind: 'news' as const,
      rawText: text,
      text,
      contentHash: `seed-hash-${i}`,
      origin: { type: 'paste' as const, name: null },
      importedAt: at,
      updatedAt: at,
    })),
  );
  return db;
}

async function ready(db: ClaimdeskDB) {
  const search = new ArchiveSearch(db);
  search.attachClaims(() => makeBatch(claimTexts.map((text, slot) => [slot, text]), [], true));
  await waitFor(() => expect(search.progress?.ready).toBe(true), { timeout: 10_000 });
  return search;
}

const byClaim = (hits: SearchHits | null) =>
  new Map([...(hits?.claimSlots ?? [])].map((slot, i) => [slot, hits!.claimScores[i]]));
const bySource = (hits: SearchHits | null) =>
  new Map((hits?.sourceIds ?? []).map((id, i) => [id, hits!.sourceScores[i]]));

afterEach(() => {
  vi.unstubAllGlobals();
  InPageWorker.started = [];
});

describe('the index in two workers (claim texts in one, source texts in the other)', () => {
  it('answers every search exactly as one index in the page does', async () => {
    const db = await archiveWithSeeds();
    const inPage = await ready(db);
    expect(inPage.mode).toBe('page');

    vi.stubGlobal('Worker', InPageWorker);
    const paired = await ready(db);
    expect(paired.mode).toBe('worker');
    expect(InPageWorker.started).toEqual(['claims search index', 'sources search index']);
    // Both halves counted in the progress.
    expect(paired.progress!.claims.indexed).toBe(claimTexts.length);
    expect(paired.progress!.sources.indexed).toBe(inPage.progress!.sources.indexed);

    let found = 0;
    for (const q of ['azerbaijan', 'Krylov', 'musabekov', 'pipeline moscow', 'aze', 'plane', 'zzqx']) {
      const [one, two] = [await inPage.search(q), await paired.search(q)];
      expect(two?.q).toBe(q);
      expect(two?.complete).toBe(true);
      expect(byClaim(two), q).toEqual(byClaim(one));
      expect(bySource(two), q).toEqual(bySource(one));
      found += byClaim(one).size + bySource(one).size;
    }
    expect(found).toBeGreaterThan(20);
    inPage.close();
    paired.close();
  });

  it('lists the sources and follows claim changes, each in its own half', async () => {
    const db = await archiveWithSeeds();
    vi.stubGlobal('Worker', InPageWorker);
    const search = new ArchiveSearch(db);
    const listed = new Set<string>();
    search.onSources((update) => update.upsert.forEach((s) => listed.add(s.id)));
    search.attachClaims(() => makeBatch([[0, 'the plane was hit from outside']], [], true));
    await waitFor(() => expect(search.progress?.ready).toBe(true), { timeout: 10_000 });
    expect(listed.has('seed-0')).toBe(true);
    expect(listed.size).toBe(await db.sources.count());

    search.updateClaims(makeBatch([[1, 'a convoy crossed the border']]));
    await waitFor(async () => expect([...byClaim(await search.search('convoy')).keys()]).toEqual([1]));
    // A source changed later reaches the sources' half only, and is found there.
    await db.sources.update('seed-0', { text: 'An article about a zeppelin over Baku.' });
    await waitFor(async () =>
      expect([...bySource(await search.search('zeppelin')).keys()]).toEqual(['seed-0']),
    );
    search.close();
  });

  it('falls back to the page when one worker cannot start, even after the other has spoken', async () => {
    // The sources' worker fails (a platform without module workers, say) only once the claims'
    // worker has reported: the index must still end up working, in the page.
    class SourcesFail extends InPageWorker {
      constructor(url: URL, options: { name?: string }) {
        super(url, options);
        if (options.name === 'sources search index') {
          this.postMessage = () => {};
          setTimeout(
            () => this.onerror?.({ message: 'no module workers', preventDefault() {} } as ErrorEvent),
            50,
          );
        }
      }
    }
    vi.stubGlobal('Worker', SourcesFail);
    const search = new ArchiveSearch(await archiveWithSeeds());
    search.attachClaims(() => makeBatch([[0, 'the plane was hit from outside']], [], true));
    await waitFor(() => expect(search.mode).toBe('page'), { timeout: 10_000 });
    await waitFor(() => expect(search.progress?.ready).toBe(true), { timeout: 10_000 });
    expect(search.error).toBeNull();
    expect([...byClaim(await search.search('plane')).keys()]).toEqual([0]);
    expect(bySource(await search.search('azerbaijan')).size).toBeGreaterThan(0);
    search.close();
  });
});
