import 'fake-indexeddb/auto';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { csvColumns } from '../../../src/core/csv';
import { parseLinks, parseOrigin, readCsv, splitList } from '../../../src/core/csv';
import { updateClaim } from '../../../src/renderer/src/db/claims';
import { undo } from '../../../src/renderer/src/db/changes';
import {
  applyCsvImport,
  buildClaimsCsv,
  previewCsvImport,
} from '../../../src/renderer/src/db/csvImport';
import type { ClaimdeskDB } from '../../../src/renderer/src/db/db';
import { freshDb, snapshot, workedStore } from '../backup/helpers';

let db: ClaimdeskDB;
beforeEach(async () => {
  db = await workedStore(freshDb('csv'));
  // A note and a tag a spreadsheet would run as formulas, and Cyrillic.
  const [first] = await db.claims.orderBy('id').limit(1).toArray();
  await updateClaim(
    db,
    first!.id,
    { note: '@SUM(A1)\r\n+cmd|calc', tags: ['=danger', "'quoted", 'ж;ж'] },
    'Edited',
  );
});
afterEach(() => db.close());

const bytes = (text: string) => new TextEncoder().encode(text);

describe('CSV export against the store', () => {
  it('parses back to every field of every claim as the store holds it', async () => {
    const { csv, rows } = await buildClaimsCsv(db, null);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const read = readCsv(csv);
    if (!read.ok) throw new Error(read.problem);
    const claims = await db.claims.toArray();
    expect(rows).toBe(claims.length);
    expect(read.table.rows).toHaveLength(claims.length);
    const col = (row: string[], name: (typeof csvColumns)[number]) =>
      row[read.table.columns[name]!]!;
    const links = await db.links.toArray();
    for (const row of read.table.rows) {
      const claim = (await db.claims.get(col(row, 'claim_id')))!;
      const source = (await db.sources.get(claim.sourceId))!;
      const speaker = claim.speakerId ? await db.speakers.get(claim.speakerId) : undefined;
      const outlet = claim.outletId ? await db.outlets.get(claim.outletId) : undefined;
      expect(col(row, 'claim_text')).toBe(claim.text);
      expect(col(row, 'speaker')).toBe(speaker?.name ?? '');
      expect(col(row, 'speaker_role')).toBe(speaker?.role ?? '');
      expect(col(row, 'outlet')).toBe(outlet?.name ?? '');
      expect(col(row, 'source_title')).toBe(source.title);
      expect(col(row, 'source_author')).toBe(source.author ?? '');
      expect(col(row, 'published_at')).toBe(source.publishedAt ?? '');
      expect(col(row, 'status')).toBe(claim.status);
      expect(col(row, 'credibility')).toBe(
        claim.credibility === null ? '' : String(claim.credibility),
      );
      expect(splitList(col(row, 'tags'))).toEqual(claim.tags);
      expect(col(row, 'note')).toBe(claim.note);
      expect(col(row, 'review')).toBe(claim.review);
      expect(col(row, 'kind')).toBe(claim.kind);
      expect(col(row, 'confidence')).toBe(
        claim.confidence === null ? '' : String(claim.confidence),
      );
      const expectedLinks = links
        .filter((l) => l.fromClaimId === claim.id || l.toClaimId === claim.id)
        .map((l) => ({
          id: l.fromClaimId === claim.id ? l.toClaimId : l.fromClaimId,
          relation: l.relation,
        }));
      expect(parseLinks(col(row, 'linked_claims'))).toEqual(expectedLinks);
      expect(col(row, 'source_id')).toBe(source.id);
      expect(parseOrigin(col(row, 'source_origin'))).toEqual(source.origin);
      expect(Number(col(row, 'start'))).toBe(claim.anchor.start);
      expect(Number(col(row, 'end'))).toBe(claim.anchor.end);
      expect(col(row, 'created_at')).toBe(claim.createdAt);
      expect(col(row, 'updated_at')).toBe(claim.updatedAt);
      expect(col(row, 'updated_by')).toBe(claim.updatedBy ?? '');
    }
    // The raw file never starts a cell with a formula character.
    const raw = Papa.parse<string[]>(csv.slice(1)).data.flat();
    expect(raw.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
    expect(raw).toContain("'=danger; 'quoted; ж\\;ж");
  });

  it('exports chosen claims in the order given', async () => {
    const ids = (await db.claims.orderBy('id').limit(3).primaryKeys()).reverse() as string[];
    const { csv } = await buildClaimsCsv(db, ids);
    const read = readCsv(csv);
    if (!read.ok) throw new Error(read.problem);
    expect(read.table.rows.map((r) => r[0])).toEqual(ids);
  });
});

describe('CSV re-import', () => {
  it('changes nothing when the file comes back unedited', async () => {
    const { csv } = await buildClaimsCsv(db, null);
    const preview = await previewCsvImport(db, 'claims.csv', bytes(csv));
    if (!preview.ok) throw new Error(preview.problem);
    expect(preview.changes).toBe(0);
    expect(preview.plan.problems).toEqual([]);
    expect(preview.plan.ignored).toEqual([]);
    expect(await applyCsvImport(db, preview.plan, 'claims.csv')).toBeNull();
  });

  it('previews, then applies every edit as one undoable step recorded in the history', async () => {
    const before = await snapshot(db);
    const { csv } = await buildClaimsCsv(db, null);
    const table = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    const header = table[0]!;
    const at = (name: string) => header.indexOf(name);
    const [r1, r2, r3] = [table[1]!, table[2]!, table[3]!];
    r1[at('status')] = 'Refuted';
    r1[at('tags')] = 'checked; energy';
    r2[at('note')] = 'Called the ministry on 3 July.';
    r2[at('speaker')] = 'A Brand New Person';
    r3[at('review')] = 'rejected';
    r3[at('status')] = 'nonsense';
    table.push(['does-not-exist', ...r1.slice(1)]);
    // Saved again by a spreadsheet: semicolons, no byte-order mark.
    const edited = Papa.unparse(table, { delimiter: ';' });

    const preview = await previewCsvImport(db, 'edited.csv', bytes(edited));
    if (!preview.ok) throw new Error(preview.problem);
    const { plan } = preview;
    expect(preview.changes).toBe(5);
    expect(plan.unmatched.map((u) => u.claimId)).toEqual(['does-not-exist']);
    expect(plan.problems.map((p) => p.column)).toEqual(['status']);
    expect(plan.newSpeakers).toEqual(['A Brand New Person']);
    // Nothing written by the preview.
    expect(await snapshot(db)).toEqual(before);

    const group = await applyCsvImport(db, plan, 'edited.csv');
    expect(group).not.toBeNull();
    const c1 = (await db.claims.get(r1[0]!))!;
    expect(c1.status).toBe('refuted');
    expect(c1.tags).toEqual(['checked', 'energy']);
    expect(c1.updatedBy).toBe('Leyla');
    const c2 = (await db.claims.get(r2[0]!))!;
    expect(c2.note).toBe('Called the ministry on 3 July.');
    expect((await db.speakers.get(c2.speakerId!))!.name).toBe('A Brand New Person');
    expect((await db.claims.get(r3[0]!))!.review).toBe('rejected');
    const events = await db.events.where('groupId').equals(group!).toArray();
    expect(new Set(events.map((e) => e.label))).toEqual(
      new Set(['Imported 5 changes to 3 claims from edited.csv']),
    );
    expect(events.map((e) => e.table).sort()).toEqual(['claims', 'claims', 'claims', 'speakers']);

    expect(await undo(db)).toBe('Imported 5 changes to 3 claims from edited.csv');
    const after = await snapshot(db);
    expect(after.claims).toEqual(before.claims);
    expect(after.speakers).toEqual(before.speakers);
  });

  it('refuses a file that is not a Claimdesk CSV, and binary files, changing nothing', async () => {
    const before = await snapshot(db);
    const noId = await previewCsvImport(db, 'other.csv', bytes('name,amount\r\nx,=1+1\r\n'));
    expect(noId).toMatchObject({
      ok: false,
      problem: expect.stringContaining('no claim_id column'),
    });
    const png = await previewCsvImport(
      db,
      'photo.csv',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]),
    );
    expect(png).toMatchObject({ ok: false, problem: 'This is a PNG image, not a text CSV file.' });
    const empty = await previewCsvImport(db, 'empty.csv', new Uint8Array());
    expect(empty).toMatchObject({ ok: false, problem: 'The file is empty (0 bytes).' });
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('CSV export of many sources', () => {
  it('gets title, author, date and origin right for many sources, and empty for a missing one', async () => {
    const many = freshDb('csv-many');
    const at = '2025-01-01T00:00:00.000Z';
    for (let i = 0; i < 260; i++) {
      await many.sources.add({
        id: `s${i}`,
        title: `Title ${i}`,
        outletId: null,
        author: i % 3 === 0 ? null : `Author ${i}`,
        publishedAt: i % 4 === 0 ? null : `2025-01-${String((i % 28) + 1).padStart(2, '0')}`,
        kind: 'news',
        rawText: 'x',
        text: 'x',
        contentHash: `h${i}`,
        origin: i % 5 === 0 ? { type: 'paste', name: null } : { type: 'file', name: `f${i}.txt` },
        importedAt: at,
        updatedAt: at,
      });
      await many.claims.add({
        id: `c${i}`,
        sourceId: `s${i}`,
        text: 'x',
        anchor: { start: 0, end: 1, prefix: '', suffix: '' },
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
      });
    }
    // A claim whose source is gone.
    await many.sources.delete('s7');
    const { csv } = await buildClaimsCsv(many, null);
    const read = readCsv(csv);
    if (!read.ok) throw new Error(read.problem);
    const col = (
      row: string[],
      name: 'source_title' | 'source_author' | 'published_at' | 'source_origin',
    ) => row[read.table.columns[name]!]!;
    for (const row of read.table.rows) {
      const claim = (await many.claims.get(row[0]!))!;
      const source = await many.sources.get(claim.sourceId);
      expect(col(row, 'source_title')).toBe(source?.title ?? '');
      expect(col(row, 'source_author')).toBe(source?.author ?? '');
      expect(col(row, 'published_at')).toBe(source?.publishedAt ?? '');
      expect(col(row, 'source_origin')).toBe(
        source
          ? source.origin.name === null
            ? source.origin.type
            : `${source.origin.type}:${source.origin.name}`
          : '',
      );
    }
    many.close();
  });
});
