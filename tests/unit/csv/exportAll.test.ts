import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { claimsToCsv } from '../../../src/core/csv';
import type { Claim, Source } from '../../../src/shared/model';
import { buildClaimsCsv, loadCsvInputs } from '../../../src/renderer/src/db/csvImport';
import type { ClaimdeskDB } from '../../../src/renderer/src/db/db';
import { freshDb, workedStore } from '../backup/helpers';

// The export of every claim reads the store in key ranges (csvExport.ts); these tests hold it to
// the plain path (one read of each table, loadCsvInputs, claimsToCsv), byte for byte.
const plainCsv = async (db: ClaimdeskDB) => claimsToCsv(await loadCsvInputs(db, null));

let db: ClaimdeskDB;
afterEach(() => db.close());

describe('CSV export of every claim, read in key ranges', () => {
  it('writes the same file as reading each table whole, on the seed articles', async () => {
    db = await workedStore(freshDb('csv-all'));
    const { csv, rows } = await buildClaimsCsv(db, null);
    expect(rows).toBe(await db.claims.count());
    expect(rows).toBeGreaterThan(10);
    expect(csv).toBe(await plainCsv(db));
  });

  it('keeps every claim and the same order whatever the ids look like, with ties in place', async () => {
    db = freshDb('csv-ids');
    const at = '2025-01-01T00:00:00.000Z';
    // Ids on both sides of every range bound, outside hex, upper case, and non-UUID forms.
    const ids = [
      '',
      '0',
      '0fff',
      '1',
      '1-a',
      '9z',
      'a',
      'A',
      'f',
      'ffffffff-0000',
      'g',
      'Z',
      'zz',
      '~',
      'é',
      'ж',
      crypto.randomUUID(),
      crypto.randomUUID(),
    ];
    const sourceIds = ['f0', '1b', 'x'];
    for (const [i, id] of sourceIds.entries()) {
      const source: Source = {
        id,
        title: i === 2 ? 'Same' : `Title ${i}`,
        outletId: null,
        author: null,
        // Two sources on the same day: the title, then the id decides.
        publishedAt: i === 0 ? null : '2025-02-01',
        kind: 'news',
        rawText: 'x',
        text: 'x',
        contentHash: `h${i}`,
        origin: { type: 'paste', name: null },
        importedAt: at,
        updatedAt: at,
      };
      await db.sources.add(source);
    }
    for (const [i, id] of ids.entries()) {
      const claim: Claim = {
        id,
        // One claim whose source does not exist.
        sourceId: i === 5 ? 'gone' : sourceIds[i % 3]!,
        text: `claim ${i}`,
        // Several claims at the same place: they keep their key order.
        anchor: { start: i % 2, end: 1 + (i % 2), prefix: '', suffix: '' },
        speakerId: null,
        outletId: null,
        kind: 'direct',
        status: 'unverified',
        credibility: null,
        tags: [],
        note: '',
        review: 'suggested',
        confidence: null,
        createdAt: at,
        updatedAt: at,
        updatedBy: null,
      };
      await db.claims.add(claim);
    }
    await db.links.add({
      id: 'l1',
      fromClaimId: 'A',
      toClaimId: '~',
      relation: 'contradicts',
      note: '',
      createdAt: at,
      updatedAt: at,
    });
    const { csv, rows } = await buildClaimsCsv(db, null);
    expect(rows).toBe(ids.length);
    expect(csv).toBe(await plainCsv(db));
    expect(csv).toContain('~:contradicts');
  });

  it('reports its progress range by range, then the rows, then saving', async () => {
    db = await workedStore(freshDb('csv-progress'));
    const phases: string[] = [];
    await buildClaimsCsv(db, null, (p) => phases.push(`${p.phase} ${p.done}/${p.total}`));
    expect(phases).toContain('Reading claims and sources 16/16');
    expect(phases.some((p) => p.startsWith('Writing rows'))).toBe(true);
    expect(phases.at(-1)).toMatch(/^Saving /);
  });
});
